import { describe, expect, it } from 'vitest';
import { handlerTimes } from './hover-trace';
import type { TraceEvent } from './trace-metrics';

const thread = { pid: 1, tid: 1 };
const ours = 'chrome-extension://abc/content.js';
const ev = (name: string, ts: number, dur: number, data: object = {}, tid = 1): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  pid: 1,
  tid,
  args: { data },
});

// Time (µs): 0 ─ pointermove (ours 40 + page 100) ─ 300 ─ pointermove (ours 60) ─ 600
//            1000 ─ animation frame (ours 500, with a nested call of ours 200) ─ 2000
//            3000 ─ mousemove (ours 70, not a pointer move) ; 4000 ─ frame without us
const events: TraceEvent[] = [
  ev('EventDispatch', 0, 300, { type: 'pointermove' }),
  ev('FunctionCall', 10, 40, { url: ours }),
  ev('FunctionCall', 100, 100, { url: 'http://page/app.js' }),
  ev('EventDispatch', 300, 300, { type: 'pointermove' }),
  ev('FunctionCall', 310, 60, { url: ours }),
  ev('FireAnimationFrame', 1000, 1000),
  ev('FunctionCall', 1100, 500, { url: ours }),
  ev('FunctionCall', 1200, 200, { url: ours }),
  ev('EventDispatch', 3000, 100, { type: 'mousemove' }),
  ev('FunctionCall', 3010, 70, { url: ours }),
  ev('FireAnimationFrame', 4000, 100),
  ev('FunctionCall', 4010, 50, { url: 'http://page/app.js' }),
  ev('EventDispatch', 5000, 100, { type: 'pointermove' }, 2), // another thread
];

describe('handlerTimes', () => {
  it('sums our outermost calls in each pointer move and frame', () => {
    const times = handlerTimes(events, thread, (url) => url.startsWith('chrome-extension://abc/'));
    expect(times.moves).toBe(2);
    expect(times.listenerMs).toEqual([0.04, 0.06]);
    expect(times.frameMs).toEqual([0.5]);
  });

  it('counts every script when told to (a baseline page)', () => {
    const times = handlerTimes(events, thread, () => true);
    expect(times.listenerMs).toEqual([0.14, 0.06]);
    expect(times.frameMs).toEqual([0.5, 0.05]);
  });

  it('takes the raw updates when our listener is on them', () => {
    const raw: TraceEvent[] = [
      ev('EventDispatch', 0, 100, { type: 'pointerrawupdate' }),
      ev('FunctionCall', 10, 30, { url: ours }),
      ev('EventDispatch', 200, 100, { type: 'pointermove' }),
      ev('FunctionCall', 210, 5, { url: 'http://page/app.js' }),
    ];
    const times = handlerTimes(raw, thread, (url) => url.startsWith('chrome-extension://abc/'));
    expect(times.moves).toBe(1);
    expect(times.listenerMs).toEqual([0.03]);
  });
});
