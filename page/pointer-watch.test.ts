import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { trackedLifetime } from './lifetime';
import { watchPointer } from './pointer-watch';

let ctx: ContentScriptContext | undefined;
afterEach(() => ctx?.notifyInvalidated());
const frame = () => new Promise((done) => requestAnimationFrame(done));

function setup() {
  document.body.innerHTML = '<p id="text">x</p><backstory-ui></backstory-ui>';
  ctx = new ContentScriptContext('test');
  const log: string[] = [];
  const host = document.querySelector('backstory-ui')!;
  const watch = watchPointer({
    doc: document,
    lifetime: trackedLifetime(ctx),
    isOwn: (t) => t === host,
    test: (x, y) => `${x},${y}`,
    onOver: (t) => log.push(`over ${t}`),
    onCard: (inside) => log.push(`card ${inside}`),
  });
  const move = (target: Element, x: number, y: number) =>
    target.dispatchEvent(
      new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }),
    );
  return { log, watch, host, text: document.getElementById('text')!, move };
}

describe('watchPointer', () => {
  it('tests at most once per frame, with the latest point', async () => {
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
});
