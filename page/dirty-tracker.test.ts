import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackDirty, type DirtyTracker } from './dirty-tracker';

const flush = () => new Promise((done) => setTimeout(done, 0));
let tracker: DirtyTracker | undefined;
afterEach(() => tracker?.disconnect());

function setup(html: string, burstLimit?: number) {
  document.body.innerHTML = html;
  const onDirty = vi.fn();
  tracker = trackDirty(document, {
    onDirty,
    isOwn: (node) => node.nodeName === 'BACKSTORY-UI',
    burstLimit,
  });
  return { onDirty, tracker, $: (id: string) => document.getElementById(id)! };
}

describe('trackDirty', () => {
  it('marks the parent of changed text and the target of child changes', async () => {
    const { tracker, $, onDirty } = setup('<p id="a">x</p><div id="b"></div>');
    ($('a').firstChild as Text).data = 'y';
    $('b').appendChild(document.createElement('span'));
    await flush();
    expect(onDirty).toHaveBeenCalledTimes(1);
    expect(tracker.take()).toEqual({ full: false, nodes: [$('a'), $('b')], restyled: [] });
    expect(tracker.pending).toBe(false);
  });

  it('reports elements whose watched attributes changed', async () => {
    const { tracker, $ } = setup('<div id="p"><span id="s">x</span></div>');
    $('s').setAttribute('hidden', '');
    $('s').setAttribute('data-x', '1');
    $('p').setAttribute('data-y', '1');
    await flush();
    expect(tracker.take()).toEqual({ full: false, nodes: [], restyled: [$('s')] });
  });

  it('ignores our own host and attribute changes on html and body', async () => {
    const { tracker, onDirty } = setup('<p>x</p>');
    const host = document.createElement('backstory-ui');
    document.documentElement.appendChild(host);
    host.setAttribute('style', 'color: red');
    document.body.className = 'scrolled';
    document.documentElement.setAttribute('style', 'x: y');
    host.remove();
    await flush();
    expect(onDirty).not.toHaveBeenCalled();
    expect(tracker.pending).toBe(false);
  });

  it('turns a burst of records into one full rescan', async () => {
    const { tracker, $ } = setup('<p id="a">x</p>', 10);
    for (let i = 0; i < 20; i++) ($('a').firstChild as Text).data = `y${i}`;
    await flush();
    expect(tracker.take()).toEqual({ full: true, nodes: [], restyled: [] });
  });

  it('calls onDirty again after a take', async () => {
    const { tracker, $, onDirty } = setup('<p id="a">x</p>');
    ($('a').firstChild as Text).data = 'y';
    await flush();
    tracker.take();
    ($('a').firstChild as Text).data = 'z';
    await flush();
    expect(onDirty).toHaveBeenCalledTimes(2);
  });
});
