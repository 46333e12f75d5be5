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
    expect(scriptTime(profile, ext)).toEqual({ totalMs: 3, longestMs: 2 });
  });

  it('is zero for a profile without our code', () => {
    const profile: CpuProfile = {
      nodes,
      startTime: 0,
      endTime: 2000,
      samples: [2, 1],
      timeDeltas: [0, 1000],
    };
    expect(scriptTime(profile, ext)).toEqual({ totalMs: 0, longestMs: 0 });
  });
});
