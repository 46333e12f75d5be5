import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CardLayerProps } from '../components/card/CardLayer';
import { shadowCardHost } from './card-host';

let ctx: ContentScriptContext | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<p>page</p>';
});
afterEach(() => ctx?.notifyInvalidated());

function setup() {
  ctx = new ContentScriptContext('test');
  const painted: (CardLayerProps | null)[] = [];
  const host = shadowCardHost(ctx, {
    css: '.bs-card { color: rebeccapurple }',
    paint: (_container, props) => painted.push(props),
  });
  return { host, painted };
}
const hosts = () => document.querySelectorAll('backstory-ui');

describe('shadowCardHost', () => {
  it('mounts one <backstory-ui> last in the document, on first use only', async () => {
    const { host } = setup();
    expect(hosts()).toHaveLength(0);
    const [a, b] = await Promise.all([host(), host()]);
    expect(await host()).toBe(a);
    expect(b).toBe(a);
    expect(hosts()).toHaveLength(1);
    expect(document.documentElement.lastElementChild).toBe(hosts()[0]);
  });

  it('renders into a fixed 0×0 layer inside an open shadow root with the card’s style sheet', async () => {
    const { host } = setup();
    const container = await host();
    const shadow = hosts()[0]!.shadowRoot!;
    expect(container.getRootNode()).toBe(shadow);
    const { position, width, height, overflow, zIndex } = container.style;
    expect({ position, width, height, overflow, zIndex }).toEqual({
      position: 'fixed',
      width: '0px',
      height: '0px',
      overflow: 'visible',
      zIndex: '2147483647',
    });
    expect(shadow.querySelector('style')!.textContent).toContain(
      '.bs-card { color: rebeccapurple }',
    );
  });

  it('keeps the card’s keys from the page', async () => {
    const { host } = setup();
    const container = await host();
    const keys: string[] = [];
    document.addEventListener('keydown', (e) => keys.push(e.key));
    container.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }),
    );
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    expect(keys).toEqual(['k']);
  });

  it('empties the layer and removes the host when the content script ends', async () => {
    const { host, painted } = setup();
    await host();
    ctx!.notifyInvalidated();
    expect(hosts()).toHaveLength(0);
    expect(painted).toEqual([null]);
  });
});
