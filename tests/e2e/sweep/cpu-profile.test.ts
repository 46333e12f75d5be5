import { describe, expect, it } from 'vitest';
import { scriptTime, type CpuProfile } from './cpu-profile';

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

describe('scriptTime', () => {
  it('sums samples with our frames on the stack and finds the longest run', () => {
    // Samples every 1000 µs: page, ours, ours(native), page, ours(called by page).
    const profile: CpuProfile = {
      nodes,
      startTime: 0,
      endTime: 5000,
      samples: [2, 3, 5, 2, 4],
      timeDeltas: [0, 1000, 1000, 1000, 1000],
    };
    expect(scriptTime(profile, ext)).toEqual({ totalMs: 3, longestMs: 2, longestWallMs: 2 });
  });

  it('is zero for a profile without our code', () => {
    const profile: CpuProfile = {
      nodes,
      startTime: 0,
      endTime: 2000,
      samples: [2, 1],
      timeDeltas: [0, 1000],
    };
    expect(scriptTime(profile, ext)).toEqual({ totalMs: 0, longestMs: 0, longestWallMs: 0 });
  });
});

describe('scriptTime with trace tasks', () => {
  // Samples every 1000 µs from 0: ours at 1000, 2000 (one task) and 4000 (another).
  const profile: CpuProfile = {
    nodes,
    startTime: 0,
    endTime: 5000,
    samples: [2, 3, 5, 2, 4],
    timeDeltas: [0, 1000, 1000, 1000, 1000],
  };

  it('reports our time in the busiest task of our renderer', () => {
    const tasks = [
      { pid: 7, start: 500, end: 3000 }, // holds the samples at 1000 and 2000: 2 ms
      { pid: 7, start: 3500, end: 4500 }, // holds 4000: 1 ms
      { pid: 9, start: 1500, end: 5000 }, // another renderer, overlapping two of ours: ignored
    ];
    expect(scriptTime(profile, ext, tasks)).toEqual({ totalMs: 3, longestMs: 2, longestWallMs: 2 });
  });

  it('splits back-to-back samples that belong to separate tasks', () => {
    const tasks = [
      { pid: 7, start: 500, end: 2000 },
      { pid: 7, start: 2000, end: 3000 },
      { pid: 7, start: 3500, end: 4500 }, // 4000 to its end at 4500: 0.5 ms
    ];
    expect(scriptTime(profile, ext, tasks)).toEqual({ totalMs: 3, longestMs: 1, longestWallMs: 1 });
  });

  it('ends a sample at the end of its task', () => {
    // The sample at 2000 lasts until 3000 by the profile, but its task ends at 2200.
    const tasks = [{ pid: 7, start: 500, end: 2200 }];
    expect(scriptTime(profile, ext, tasks).longestWallMs).toBeCloseTo(1.2);
  });

  it('caps our time in a task by the thread time the task ran', () => {
    // 2 ms of wall time, of which the thread ran 0.4 ms: the OS took it off the CPU.
    const tasks = [{ pid: 7, start: 500, end: 3000, cpu: 400 }];
    expect(scriptTime(profile, ext, tasks)).toEqual({
      totalMs: 3,
      longestMs: 0.4,
      longestWallMs: 2,
    });
  });
});
