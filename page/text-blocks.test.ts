import { describe, expect, it, vi } from 'vitest';
import { blockAtHeight, blockContainerOf, collectBlocks, type TextBlock } from './text-blocks';
import { collectBlocksNow } from './testing/run-task';

/** A style probe that records the class of each element it reads: `inline` tags are inline, others blocks. */
function recordingProbe(inline: readonly string[]) {
  const probed: string[] = [];
  const probe = (el: Element) => {
    probed.push(el.className);
    return { display: inline.includes(el.localName) ? 'inline' : 'block', visibility: 'visible' };
  };
  return { probe, probed };
}

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return collectBlocksNow(document.body);
}
const texts = (html: string) => blocksOf(html).map((b) => b.text);

describe('collectBlocks', () => {
  it('joins text across inline elements into one block, with node offsets', () => {
    const [block, ...rest] = blocksOf('<p><b>John</b> Kerry met <i>Sergey</i> Lavrov.</p>');
    expect(rest).toHaveLength(0);
    //                          0         1         2
    //                          012345678901234567890123456789
    expect(block!.text).toBe('John Kerry met Sergey Lavrov.');
    expect(block!.starts).toEqual([0, 4, 15, 21]);
    expect(block!.nodes.map((n) => n.data)).toEqual(['John', ' Kerry met ', 'Sergey', ' Lavrov.']);
    expect(block!.container.localName).toBe('p');
  });

  it.each([
    ['between inline elements', '<p><b>John</b> <i>Kerry</i></p>', ['John Kerry']],
    [
      'around hidden text',
      '<div><b>John</b> <span hidden>x</span> <b>Kerry</b></div>',
      ['John  Kerry'],
    ],
    [
      'before an empty block',
      '<div><b>John</b> <div></div> <b>Kerry</b></div>',
      ['John ', ' Kerry'],
    ],
    [
      'before an image in a link',
      '<p><b>John</b>\n<a><img></a> <i>Kerry</i></p>',
      ['John\n Kerry'],
    ],
  ])('keeps the white space nodes of a block: %s', (_, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it.each([
    [
      'blocks inside text',
      '<div>Intro <p>Para one</p> tail</div>',
      ['Intro ', 'Para one', ' tail'],
    ],
    ['a line break', '<p>John<br>Kerry</p>', ['John', 'Kerry']],
    ['list items', '<ul><li>John</li><li>Kerry</li></ul>', ['John', 'Kerry']],
    ['table cells', '<table><tr><td>John</td><td>Kerry</td></tr></table>', ['John', 'Kerry']],
    [
      'a block-styled span',
      '<p>John<span style="display:block">Kerry</span></p>',
      ['John', 'Kerry'],
    ],
    [
      'an inline-styled div',
      '<div>John <div style="display:inline">Kerry</div></div>',
      ['John Kerry'],
    ],
  ])('ends blocks at %s', (_, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it.each([
    [
      'script and style, without a boundary',
      '<p>Jo<script>x()</script>hn <style>p{}</style>Kerry</p>',
      ['John Kerry'],
    ],
    [
      'display:none, without a boundary',
      '<p>John<span style="display:none">XX</span> Kerry</p>',
      ['John Kerry'],
    ],
    ['the hidden attribute', '<p>John <span hidden>XX</span>Kerry</p>', ['John Kerry']],
    [
      'noscript and template',
      '<noscript>Putin</noscript><template>Putin</template><p>ok</p>',
      ['ok'],
    ],
    [
      'code and pre, as a boundary',
      '<p>John <code>Kerry</code> met</p><pre>Putin</pre>',
      ['John ', ' met'],
    ],
    ['form fields', '<textarea>Putin</textarea><input value="Putin"><button>Putin</button>', []],
    ['editable regions', '<div contenteditable><p>Putin</p></div><p>ok</p>', ['ok']],
    ['aria-hidden content', '<p aria-hidden="true">Putin</p><p>ok</p>', ['ok']],
    ['visibility:hidden', '<p style="visibility:hidden">Putin</p><p>ok</p>', ['ok']],
    ['our own UI', '<backstory-ui><p>Putin</p></backstory-ui><p>ok</p>', ['ok']],
    [
      'blocks under a hidden ancestor',
      '<div hidden><div><p>Putin</p></div></div><div aria-hidden="true"><p>Putin</p></div><p>ok</p>',
      ['ok'],
    ],
    [
      'blocks under an ancestor hidden by CSS',
      '<section style="display:none"><div><p>Putin</p></div></section><p>ok</p>',
      ['ok'],
    ],
    [
      'blocks in a closed details, but not its summary',
      '<details><summary>ok</summary><div><p>Putin</p></div></details>',
      ['ok'],
    ],
    ['whitespace-only runs', '<div>\n  <p>ok</p>\n  </div>', ['ok']],
  ])('skips %s', (_, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('records whether a block is a heading', () => {
    const blocks = blocksOf(
      '<article><h2>Title <b>x</b></h2><p>Body</p></article><aside><p>Side</p></aside><p>Loose</p>' +
        '<div role="main"><h3><div>Deep</div></h3><div><p>Under</p></div></div>',
    );
    expect(blocks.map((b) => [b.text, b.heading])).toEqual([
      ['Title x', true],
      ['Body', false],
      ['Side', false],
      ['Loose', false],
      ['Deep', true],
      ['Under', false],
    ]);
  });

  it('knows a heading from a root inside it, and after its caches start over', () => {
    document.body.innerHTML = '<h2><div id="part"><p>Inner</p></div></h2>';
    const part = document.getElementById('part')!;
    expect(collectBlocksNow(part).map((b) => [b.text, b.heading])).toEqual([['Inner', true]]);
    // More elements than a cache holds between a heading's first text and its last.
    const many = '<span class="s">x</span>'.repeat(600);
    document.body.innerHTML = `<h1><div>Top</div><div>${many}</div><div>End</div></h1><p>After</p>`;
    const blocks = collectBlocksNow(document.body);
    expect(blocks.map((b) => b.heading)).toEqual([true, true, true, false]);
  });

  it('reads the style of each element once, though the walk between two texts meets it again', () => {
    document.body.innerHTML =
      '<p class="p">Kerry met <a class="a"><b class="b">Lavrov</b></a> and <i class="i">Putin</i></p>';
    const { probe, probed } = recordingProbe(['a', 'b', 'i']);
    expect(collectBlocksNow(document.body, probe).map((b) => b.text)).toEqual([
      'Kerry met Lavrov and Putin',
    ]);
    expect(probed.sort()).toEqual(['a', 'b', 'i', 'p']);
  });

  it('reads no style above a block', () => {
    document.body.innerHTML =
      '<main class="m"><div class="d"><p class="p">Kerry <b class="b">met</b></p></div></main>';
    const { probe, probed } = recordingProbe(['b']);
    expect(collectBlocksNow(document.body, probe).map((b) => b.text)).toEqual(['Kerry met']);
    expect(probed.sort()).toEqual(['b', 'p']);
  });

  it('gives the same answers past the size its caches start over at', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `<p class="p"><b class="b">${i}</b> x</p>`);
    document.body.innerHTML = `<main>${rows.join('')}<div aria-hidden="true"><p>Putin</p></div><p>ok</p></main>`;
    const { probe, probed } = recordingProbe(['b']);
    const texts = collectBlocksNow(document.body, probe).map((b) => b.text);
    expect(texts).toEqual([...rows.map((_, i) => `${i} x`), 'ok']);
    expect(probed).toHaveLength(2400); // each styled element once: a restart drops only what no later text needs
  });

  it('walks very deep nesting without recursion', () => {
    // Built detached (happy-dom is slow on deep connected trees and its own
    // getComputedStyle recurses), so this checks our walk alone.
    const root = document.createElement('div');
    let parent: Element = root;
    for (let i = 0; i < 15_000; i++) parent = parent.appendChild(document.createElement('span'));
    parent.textContent = 'deep';
    const inline = () => ({ display: 'inline', visibility: 'visible' });
    expect(collectBlocksNow(root, inline).map((b) => b.text)).toEqual(['deep']);
  }, 30_000); // building the tree is slow in happy-dom, and slower on a busy machine

  it('yields every few nodes so a scheduler can slice the walk', () => {
    document.body.innerHTML = '<p>x</p>'.repeat(1000);
    const out: never[] = [];
    let yields = 0;
    for (const _ of collectBlocks(document.body, out)) yields++;
    expect(out).toHaveLength(1000);
    expect(yields).toBeGreaterThanOrEqual(2000 / 64 - 1);
  });
});

describe('collectBlocks on a page that changes between steps', () => {
  const paragraphs = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `<p>${prefix}${i}</p>`).join('');

  it('drops what it read of a part that left the page; new text is left to change tracking', () => {
    document.body.innerHTML = `<div id="x">${paragraphs('x', 100)}</div><div id="y">${paragraphs('y', 3)}</div>`;
    const out: TextBlock[] = [];
    const walk = collectBlocks(document.body, out);
    for (let i = 0; i < 4; i++) walk.next(); // the walk stands inside #x
    expect(out.length).toBeGreaterThan(0);
    document.getElementById('x')!.innerHTML = paragraphs('new', 2);
    while (!walk.next().done);
    expect(out.map((b) => b.text)).toEqual(['y0', 'y1', 'y2']);
  });

  it('drops the block it is reading when a node of it leaves the page', () => {
    document.body.innerHTML = `<p id="p">${'<b>w</b> '.repeat(100)}</p><p>y</p>`;
    const out: TextBlock[] = [];
    const walk = collectBlocks(document.body, out);
    for (let i = 0; i < 4; i++) walk.next(); // inside #p's text
    document.querySelector('b')!.remove();
    while (!walk.next().done);
    expect(out.map((b) => b.text)).toEqual(['y']);
  });
});

describe('collectBlocks on a page that moves text between parts', () => {
  it('reads a text once when the page moves it into a part not read yet', () => {
    // Two parts of 1,200 nodes each: more than one query reads at once.
    const paragraphs = (p: string) =>
      Array.from({ length: 600 }, (_, i) => `<p>${p}${i}</p>`).join('');
    document.body.innerHTML = `<div id="a">${paragraphs('a')}</div><div id="b">${paragraphs('b')}</div>`;
    const out: TextBlock[] = [];
    const walk = collectBlocks(document.body, out);
    for (let i = 0; i < 8; i++) walk.next(); // inside #a
    expect(out.length).toBeGreaterThan(0);
    document.getElementById('b')!.append(document.querySelector('#a p')!); // "a0", already read
    while (!walk.next().done);
    const texts = out.map((b) => b.text);
    expect(texts.filter((t) => t === 'a0')).toHaveLength(1);
    expect(texts).toHaveLength(1200);
  });
});

describe('blockContainerOf', () => {
  it('finds the nearest block-level ancestor', () => {
    document.body.innerHTML = '<div><p id="p"><b><i id="i">John</i></b></p></div>';
    const text = document.getElementById('i')!.firstChild!;
    expect(blockContainerOf(text, document.body)).toBe(document.getElementById('p'));
  });

  it('is the root for text directly in it, and null outside it or under hidden ancestors', () => {
    document.body.innerHTML = 'loose<div hidden><p id="h">x</p></div><code><b id="c">x</b></code>';
    expect(blockContainerOf(document.body.firstChild!, document.body)).toBe(document.body);
    expect(blockContainerOf(document.getElementById('h')!, document.body)).toBeNull();
    expect(blockContainerOf(document.getElementById('c')!, document.body)).toBeNull();
    expect(blockContainerOf(document.createTextNode('x'), document.body)).toBeNull();
  });

  it('reads no style under markup that hides the node (a closed details)', () => {
    document.body.innerHTML =
      '<details class="d"><summary>s</summary><div class="m"><p class="p" id="p">x</p></div></details>';
    const { probe, probed } = recordingProbe([]);
    expect(
      blockContainerOf(document.getElementById('p')!.firstChild!, document.body, probe),
    ).toBeNull();
    expect(probed).toEqual([]);
  });
});

describe('blockAtHeight', () => {
  it('finds the first block whose first line ends below the height, in log2(n) box reads', () => {
    document.body.innerHTML = Array.from({ length: 64 }, (_, i) => `<p id="p${i}">${i}</p>`).join(
      '',
    );
    const blocks = collectBlocksNow(document.body);
    // happy-dom has no layout: paragraph i spans 20 px from y = 20·i - 300 (scrolled by 300).
    const read: string[] = [];
    const boxOf = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    boxOf.mockImplementation(function (this: Element) {
      read.push(this.id);
      const top = Number(this.id.slice(1)) * 20 - 300;
      return { top, bottom: top + 20 } as DOMRect;
    });
    try {
      expect(blockAtHeight(blocks, 250)).toBe(27); // p27 spans 240–260
      expect(read.length).toBeLessThanOrEqual(6);
      expect(blockAtHeight(blocks, -1000)).toBe(0);
      expect(blockAtHeight(blocks, 5000)).toBe(63);
      expect(blockAtHeight([], 100)).toBe(0);
    } finally {
      boxOf.mockRestore();
    }
  });
});
