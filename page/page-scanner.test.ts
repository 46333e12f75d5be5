import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageScanner } from './page-scanner';
import { createSliceRunner } from './slice-runner';
import { fakeSpotter } from './testing/fake-spotter';

const tick = () => new Promise<void>((done) => setTimeout(done, 0));
let scanner: PageScanner | undefined;
afterEach(() => scanner?.stop());

function setup(html: string, beforeRun?: () => Promise<void>, sliceMs?: number) {
  document.body.innerHTML = html;
  const spotter = fakeSpotter();
  let updates = 0;
  /** The mentions in the model at each update. */
  const seen: string[][] = [];
  /** The scanner's status and mention count each time it presented the model. */
  const presented: string[] = [];
  scanner = new PageScanner({
    doc: document,
    spotter,
    runner: createSliceRunner({ yieldToHost: tick, sleep: tick, sliceMs }),
    settle: tick,
    beforeRun,
    isOwn: (node) => node.nodeName === 'BACKSTORY-UI',
    *pageDate() {
      yield; // read in steps, as the page's date is
      return '2016-09-09';
    },
    onUpdate: () => {
      updates++;
      seen.push(scanner!.model.mentions().map((m) => m.mention.entityId));
    },
    *present() {
      presented.push(`${scanner!.status}:${scanner!.model.mentions().length}`);
      yield;
    },
  });
  const s = scanner;
  const idle = async () => {
    for (let i = 0; i < 200 && (i < 2 || s.status !== 'ready'); i++) await tick();
  };
  const texts = () => s.model.mentions().map((m) => `${m.mention.text}=${m.mention.entityId}`);
  return { scanner: s, spotter, idle, texts, updates: () => updates, seen, presented };
}
const $ = (id: string) => document.getElementById(id)!;

describe('PageScanner', () => {
  it('scans the page once started, then reports ready', async () => {
    const { scanner, idle, texts, updates } = setup(
      '<p>John Kerry met Putin.</p><p>Kerry left.</p>',
    );
    expect(scanner.status).toBe('scanning');
    scanner.start();
    await idle();
    expect(scanner.status).toBe('ready');
    expect(texts()).toEqual(['John Kerry=john-kerry', 'Putin=vladimir-putin', 'Kerry=john-kerry']);
    expect(scanner.pageDate).toBe('2016-09-09');
    expect(updates()).toBeGreaterThan(0);
  });

  it('presents the model at the end of each run, before it reports ready', async () => {
    const { scanner, idle, presented } = setup('<p id="a">John Kerry met Putin.</p>');
    scanner.start();
    await idle();
    $('a').textContent = 'Putin left.';
    await idle();
    expect(presented).toEqual(['scanning:2', 'scanning:1']);
  });

  it('rereads only the changed container, with the rest of the page as support', async () => {
    const { scanner, spotter, idle, texts } = setup(
      '<p>John Kerry</p><div><p id="a">Syria</p></div>',
    );
    scanner.start();
    await idle();
    spotter.calls.length = 0;
    $('a').textContent = 'Kerry and Putin';
    await idle();
    // Header: entities named outside the changed container; then its new text.
    expect(spotter.calls[0]).toBe('John Kerry\n\nKerry and Putin\n\n');
    expect(texts()).toEqual(['John Kerry=john-kerry', 'Kerry=john-kerry', 'Putin=vladimir-putin']);
  });

  it('drops mentions of removed nodes and relinks what lost its support', async () => {
    const { scanner, idle, texts } = setup('<p id="a">John Kerry</p><p>Kerry and Putin</p>');
    scanner.start();
    await idle();
    $('a').remove();
    await idle();
    expect(texts()).toEqual(['Putin=vladimir-putin']);
  });

  it('relinks old text when new text brings support', async () => {
    const { scanner, idle, texts } = setup('<p>Kerry spoke.</p><div id="d"></div>');
    scanner.start();
    await idle();
    expect(texts()).toEqual([]);
    $('d').innerHTML = '<p>John Kerry</p>';
    await idle();
    expect(texts()).toEqual(['Kerry=john-kerry', 'John Kerry=john-kerry']);
  });

  it('does not relink when a re-render keeps the same entities', async () => {
    const { scanner, spotter, idle } = setup('<p>John Kerry</p><div id="d"><p>Putin</p></div>');
    scanner.start();
    await idle();
    spotter.calls.length = 0;
    $('d').innerHTML = '<p>Putin again</p>';
    await idle();
    expect(spotter.calls).toEqual(['John Kerry\n\nPutin again\n\n']);
  });

  it('rereads a restyled block alone, and a restyled inline element with its block', async () => {
    const { scanner, spotter, idle } = setup(
      '<main><div class="row" id="r1">Putin <b id="b">here</b></div><div class="row">Syria</div></main>',
    );
    scanner.start();
    await idle();
    spotter.calls.length = 0;
    $('r1').className = 'row hot';
    await idle();
    expect(spotter.calls).toEqual(['Syria\n\nPutin here\n\n']);
    spotter.calls.length = 0;
    $('b').setAttribute('style', 'color: red');
    await idle();
    expect(spotter.calls).toEqual(['Syria\n\nPutin here\n\n']);
    spotter.calls.length = 0;
    $('r1').setAttribute('style', 'display: none');
    await idle();
    expect(scanner.model.blocks.map((b) => b.text)).toEqual(['Syria']);
  });

  it('ignores changes in our own UI host', async () => {
    const { scanner, spotter, idle } = setup('<p>Putin</p>');
    scanner.start();
    await idle();
    spotter.calls.length = 0;
    const host = document.createElement('backstory-ui');
    document.body.appendChild(host);
    host.textContent = 'John Kerry';
    await idle();
    expect(spotter.calls).toEqual([]);
    expect(scanner.status).toBe('ready');
  });

  it('spots a long page from the block in view outward', async () => {
    const filler = 'Words and more words to fill a paragraph of a long page. '.repeat(20);
    const paragraphs = Array.from({ length: 40 }, (_, i) =>
      i === 30 ? `<p id="seen">Sergey Lavrov spoke. ${filler}</p>` : `<p>${filler}</p>`,
    );
    const { scanner, spotter, idle, texts, seen } = setup(
      `<p>John Kerry left.</p>${paragraphs.join('')}`,
    );
    // happy-dom has no layout: the page is stubbed as scrolled to #seen.
    const inView = $('seen');
    const boxOf = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    boxOf.mockImplementation(function (this: Element) {
      const position = this.compareDocumentPosition(inView);
      if (this === inView) return { top: 0, bottom: 2000 } as DOMRect;
      const top = position & Node.DOCUMENT_POSITION_FOLLOWING ? -500 : 2000;
      return { top, bottom: top + 100 } as DOMRect;
    });
    try {
      scanner.start();
      await idle();
    } finally {
      boxOf.mockRestore();
    }
    expect(spotter.calls[0]).toContain('Sergey Lavrov');
    expect(spotter.calls[0]).not.toContain('John Kerry');
    // The chunk in view is drawn first, alone; then the whole page, once.
    expect(
      seen.length,
      'updates: the preview, the end of the scan, the status',
    ).toBeLessThanOrEqual(3);
    const states = seen.map((ids) => ids.join()).filter((ids, i, all) => ids !== all[i - 1]);
    expect(states.filter(Boolean).map((ids) => ids.split(','))).toEqual([
      ['sergey-lavrov'],
      ['john-kerry', 'sergey-lavrov'],
    ]);
    expect(texts()).toEqual(['John Kerry=john-kerry', 'Sergey Lavrov=sergey-lavrov']);
  });

  it('starts each run only when the page is ready for it (after its next frame)', async () => {
    let frame = () => {};
    const { scanner, spotter, idle, texts } = setup(
      '<p>John Kerry met Putin.</p>',
      () => new Promise<void>((done) => (frame = done)),
    );
    scanner.start();
    for (let i = 0; i < 5; i++) await tick();
    expect(spotter.calls).toEqual([]);
    expect(scanner.status).toBe('scanning');
    frame();
    await idle();
    expect(texts()).toEqual(['John Kerry=john-kerry', 'Putin=vladimir-putin']);
  });

  it('reads text changed during its first read of the page in the next run', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `<p>line ${i}</p>`).join('');
    const { scanner, spotter, idle, texts } = setup(
      `<div id="a"><p>Putin</p></div>${lines}`,
      undefined,
      0, // a slice per step
    );
    scanner.start();
    for (let i = 0; i < 6; i++) await tick();
    expect(spotter.calls).toEqual([]); // still reading the page
    $('a').innerHTML = '<p>John Kerry</p>';
    await idle();
    expect(spotter.calls[0]).not.toContain('John Kerry'); // the first read missed it
    expect(texts()).toEqual(['John Kerry=john-kerry']);
  });

  it('reads the whole page again on request', async () => {
    const { scanner, spotter, idle } = setup('<p>Putin</p>');
    scanner.start();
    await idle();
    spotter.calls.length = 0;
    scanner.rescanAll();
    await idle();
    expect(spotter.calls).toEqual(['Putin\n\n']);
  });
});
