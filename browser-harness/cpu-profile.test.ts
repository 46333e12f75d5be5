import { describe, expect, it } from 'vitest';
import { ourSpans, ourTimeIn, scriptTime, spanMs, type CpuProfile, type Span } from './cpu-profile';

const ext = 'chrome-extension://abc/';
// Node tree:  1 (root)
//             ├─ 2 page.js
//             │   └─ 4 content.js   (the page calls into us: ours)
//             └─ 3 content.js
//                 └─ 5 native (no url: ours through its parent)
const nodes: CpuProfile['nodes'] = [
  { id: 1, callFrame: { url: '' }, children: [2, 3] },
  { id: 2, callFrame: { url: 'http://127.0.0.1/page.js' }, children: [4] },
  { id: 3, callFrame: { url: `${ext}content-scripts/content.js` }, children: [5] },
  { id: 4, callFrame: { url: `${ext}content-scripts/content.js` } },
  { id: 5, callFrame: { url: '' } },
];
// Samples every 1000 µs from 0: page, ours, ours (native), page, ours (called by the page).
const profile: CpuProfile = {
  nodes,
  startTime: 0,
  endTime: 5000,
  samples: [2, 3, 5, 2, 4],
  timeDeltas: [0, 1000, 1000, 1000, 1000],
};

describe('scriptTime', () => {
  it('sums samples with our frames on the stack and finds the longest run', () => {
    expect(scriptTime(profile, ext)).toEqual({
      totalMs: 3,
      totalWallMs: 3,
      longestMs: 2,
      longestWallMs: 2,
    });
  });

  it('is zero for a profile without our code', () => {
    const theirs: CpuProfile = {
      ...profile,
      endTime: 2000,
      samples: [2, 1],
      timeDeltas: [0, 1000],
    };
    expect(scriptTime(theirs, ext)).toEqual({
      totalMs: 0,
      totalWallMs: 0,
      longestMs: 0,
      longestWallMs: 0,
    });
  });
});

describe('scriptTime with trace tasks', () => {
  // Ours at 1000, 2000 (one task) and 4000 (another).
  it('reports our time in the busiest task of our renderer', () => {
    const tasks = [
      { pid: 7, start: 500, end: 3000 }, // holds the samples at 1000 and 2000: 2 ms
      { pid: 7, start: 3500, end: 4500 }, // holds 4000: 1 ms
      { pid: 9, start: 1500, end: 5000 }, // another renderer, overlapping two of ours: ignored
    ];
    expect(scriptTime(profile, ext, tasks)).toEqual({
      totalMs: 3,
      totalWallMs: 3,
      longestMs: 2,
      longestWallMs: 2,
    });
  });

  it('splits back-to-back samples that belong to separate tasks', () => {
    const tasks = [
      { pid: 7, start: 500, end: 2000 },
      { pid: 7, start: 2000, end: 3000 },
      { pid: 7, start: 3500, end: 4500 }, // 4000 to its end at 4500: 0.5 ms
    ];
    // The sample at 4000 runs past its task's end: that part is outside any task, counted as sampled.
    expect(scriptTime(profile, ext, tasks)).toEqual({
      totalMs: 3,
      totalWallMs: 3,
      longestMs: 1,
      longestWallMs: 1,
    });
  });

  it('ends a sample at the end of its task', () => {
    // The sample at 2000 lasts until 3000 by the profile, but its task ends at 2200.
    const tasks = [{ pid: 7, start: 500, end: 2200 }];
    expect(scriptTime(profile, ext, tasks).longestWallMs).toBeCloseTo(1.2);
  });

  it('caps our time in a task by the thread time the task ran', () => {
    // 2 ms of wall time, of which the thread ran 0.4 ms: the OS took it off the CPU. The sample
    // at 4000 is in no task: its 1 ms counts as sampled.
    const tasks = [{ pid: 7, start: 500, end: 3000, cpu: 400 }];
    const time = scriptTime(profile, ext, tasks);
    expect(time).toMatchObject({ totalWallMs: 3, longestMs: 0.4, longestWallMs: 2 });
    expect(time.totalMs).toBeCloseTo(1.4);
  });
});

describe('ourSpans', () => {
  it('joins consecutive samples with our frames into spans', () => {
    const spans = ourSpans(profile, ext);
    expect(spans).toEqual([
      [1000, 3000],
      [4000, 5000],
    ]);
    expect(spanMs(spans)).toBe(3);
    expect(ourSpans(profile, 'chrome-extension://other/')).toEqual([]);
  });
});

describe('ourTimeIn', () => {
  it('sums our spans inside the task, capped by its thread time', () => {
    // Task 0–10 ms, 4 ms on the CPU; our spans: 1–3, 5–9 (inside), 9.5–12 (half in), 12–13 (after).
    const task = { pid: 7, start: 0, end: 10_000, cpu: 4_000 };
    const spans: Span[] = [
      [1000, 3000],
      [5000, 9000],
      [9500, 12_000],
      [12_000, 13_000],
    ];
    expect(ourTimeIn(task, spans)).toEqual({ wallMs: 6.5, ms: 4 });
    expect(ourTimeIn({ ...task, cpu: 9_000 }, spans)).toEqual({ wallMs: 6.5, ms: 6.5 });
    // Without thread time, the task's wall time caps it.
    expect(ourTimeIn({ pid: 7, start: 0, end: 2_000 }, spans)).toEqual({ wallMs: 1, ms: 1 });
  });
});
