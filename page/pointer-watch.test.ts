import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { trackedLifetime } from './lifetime';
import { pointerMoveEvent, watchPointer } from './pointer-watch';

let ctx: ContentScriptContext | undefined;
afterEach(() => {
  ctx?.notifyInvalidated();
  delete (document as { timeline?: unknown }).timeline;
});
const frame = () => new Promise((done) => requestAnimationFrame(done));

/** The document timeline's current time, as the tests set it (null: no frame time). */
function setup(timeline: { currentTime: number | null } = { currentTime: null }) {
  Object.defineProperty(document, 'timeline', { value: timeline, configurable: true });
  document.body.innerHTML = '<p id="text">x</p><backstory-ui></backstory-ui>';
  ctx = new ContentScriptContext('test');
  const log: string[] = [];
  const targets: (string | null)[] = [];
  const host = document.querySelector('backstory-ui')!;
  const watch = watchPointer({
    doc: document,
    lifetime: trackedLifetime(ctx),
    isOwn: (t) => t === host,
    test: (x, y, target) => {
      targets.push(target?.id ?? null);
      return `${x},${y}`;
    },
    onOver: (t) => log.push(`over ${t}`),
    onCard: (inside) => log.push(`card ${inside}`),
  });
  const move = (target: Element, x: number, y: number, type = pointerMoveEvent(window)) =>
    target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true }));
  return { log, targets, watch, host, text: document.getElementById('text')!, move };
}

describe('watchPointer', () => {
  it('without a frame time, tests once per frame callback, with the latest point', async () => {
    const { log, watch, text, move } = setup();
    move(text, 1, 1);
    move(text, 2, 2);
    move(text, 3, 3);
    await frame();
    expect(log).toEqual(['over 3,3']);
    expect(watch.tests).toBe(1);
  });

  it('re-tests on scroll, and reports moves over our UI as in-card', async () => {
    const { log, host, text, move } = setup();
    move(text, 5, 5);
    await frame();
    document.dispatchEvent(new Event('scroll'));
    await frame();
    move(host, 9, 9);
    await frame();
    move(text, 6, 6);
    await frame();
    expect(log).toEqual(['over 5,5', 'over 5,5', 'card true', 'card false', 'over 6,6']);
  });

  it('reports nothing under the pointer when it leaves the window', async () => {
    const { log, text, move } = setup();
    move(text, 5, 5);
    document.dispatchEvent(new PointerEvent('pointerout', { relatedTarget: null }));
    await frame();
    expect(log).toEqual(['over null']);
  });

  it('stops listening when the context is invalidated', async () => {
    const { log, text, move } = setup();
    ctx!.notifyInvalidated();
    move(text, 5, 5);
    await frame();
    expect(log).toEqual([]);
  });

  it('tests a move at once when its frame has had no test yet', async () => {
    const timeline = { currentTime: 100 };
    const { log, watch, text, move } = setup(timeline);
    move(text, 1, 1); // a new frame: tested in the listener
    move(text, 2, 2); // the same frame: waits for a frame callback
    move(text, 3, 3);
    expect(log).toEqual(['over 1,1']);
    await frame(); // a callback in the same frame (time 100) leaves it to the next
    expect(log).toEqual(['over 1,1']);
    timeline.currentTime = 117;
    await frame();
    expect(log).toEqual(['over 1,1', 'over 3,3']);
    timeline.currentTime = 133;
    move(text, 4, 4);
    expect(log).toEqual(['over 1,1', 'over 3,3', 'over 4,4']);
    expect(watch.tests).toBe(3);
  });

  it('passes the element the move went to, and none after a scroll', async () => {
    const { targets, text, move } = setup();
    move(text, 5, 5);
    await frame();
    document.dispatchEvent(new Event('scroll'));
    await frame();
    expect(targets).toEqual(['text', null]);
  });

  it('follows raw updates where the browser has them (happy-dom does), else moves', async () => {
    expect(pointerMoveEvent({ onpointerrawupdate: null })).toBe('pointerrawupdate');
    expect(pointerMoveEvent({})).toBe('pointermove');
    expect(pointerMoveEvent(null)).toBe('pointermove');
    const { log, text, move } = setup({ currentTime: 100 });
    move(text, 1, 1, 'pointermove');
    expect(log).toEqual([]);
    move(text, 2, 2, 'pointerrawupdate');
    expect(log).toEqual(['over 2,2']);
  });
});
