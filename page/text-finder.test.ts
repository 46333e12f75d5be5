import { describe, expect, it } from 'vitest';
import {
  findTexts,
  MAX_SPLIT_DEPTH,
  QUERIED,
  textQueries,
  walkingQueries,
  xpathQueries,
  type TextQueries,
} from './text-finder';

const queries = walkingQueries(document);

/** The texts `findTexts` returns, and how many queries it made. */
function find(root: Element, q: TextQueries = queries, chunk?: number) {
  const texts: string[] = [];
  let queried = 0;
  for (const item of findTexts(root, q, chunk)) {
    if (item === QUERIED) queried++;
    else texts.push(item.data);
  }
  return { texts, queried };
}

/** Queries that count their calls. */
function counting(q: TextQueries) {
  const calls = { count: 0, texts: 0, children: 0 };
  const counted: TextQueries = {
    count: (el) => (calls.count++, q.count(el)),
    texts: (el) => (calls.texts++, q.texts(el)),
    children: (el) => (calls.children++, q.children(el)),
  };
  return { calls, counted };
}

describe('findTexts', () => {
  it('returns the Text nodes with more than XML white space, in document order', () => {
    document.body.innerHTML =
      '<div>\n  <p>John <b>Kerry</b></p>\n\t<p> </p><p>\u00a0</p><script>x()</script></div>';
    // Hidden text is found too (script); a no-break space is text, as in XPath.
    expect(find(document.body).texts).toEqual(['John ', 'Kerry', '\u00a0', 'x()']);
  });

  it('splits a subtree larger than a chunk into its children, keeping document order', () => {
    const row = (i: number) => `<div><p>a${i}</p><span>b${i}</span></div>`;
    document.body.innerHTML = `lead${Array.from({ length: 20 }, (_, i) => row(i)).join('')}tail`;
    const whole = find(document.body);
    const { calls, counted } = counting(queries);
    const split = find(document.body, counted, 30);
    expect(split.texts).toEqual(whole.texts);
    expect(split.texts.slice(0, 3)).toEqual(['lead', 'a0', 'b0']);
    expect(calls.children).toBe(1); // the body (60 elements, 22 children) is split once
    expect(calls.texts).toBe(20); // each row (2 elements) is asked about whole
    expect(split.queried).toBe(21); // a step after every query
  });

  it('reads the children of a flat list from script, a step per chunk', () => {
    const items = Array.from({ length: 100 }, (_, i) => `<b>n${i}</b>\n `).join('');
    document.body.innerHTML = `${items}<!-- c -->last`;
    const { calls, counted } = counting(queries);
    const flat = find(document.body, counted, 8);
    expect(flat.texts).toEqual([...Array.from({ length: 100 }, (_, i) => `n${i}`), 'last']);
    expect(calls.children).toBe(0); // 201 children: no query reads them all at once
    expect(calls.texts).toBe(100);
    // A step per element opened, and one per 8 white-space or comment nodes skipped.
    expect(flat.queried).toBe(1 + 100 + Math.floor(101 / 8));
  });

  it('never repeats a node of a flat list that changes while it is read', () => {
    document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `t${i}<br>`).join('');
    const walk = findTexts(document.body, queries, 8);
    const texts: string[] = [];
    for (let step = walk.next(); !step.done; step = walk.next()) {
      if (step.value === QUERIED) continue;
      texts.push(step.value.data);
      if (texts.length === 5) document.body.prepend('new', document.createElement('br'));
    }
    expect(texts).toEqual(Array.from({ length: 20 }, (_, i) => `t${i}`));
  });

  it('asks about a deep subtree whole below the split depth (no count per level)', () => {
    const root = document.createElement('div');
    let parent: Element = root;
    for (let i = 0; i < 200; i++) parent = parent.appendChild(document.createElement('span'));
    parent.textContent = 'deep';
    const { calls, counted } = counting(queries);
    expect(find(root, counted, 4).texts).toEqual(['deep']);
    expect(calls.count).toBe(MAX_SPLIT_DEPTH);
    expect(calls.texts).toBe(1);
  });

  it('returns a node that left the page after its part was taken (the caller checks)', () => {
    document.body.innerHTML = '<p id="a">one</p><p>two</p>';
    const walk = findTexts(document.body, queries);
    walk.next(); // the query
    document.getElementById('a')!.remove();
    const first = walk.next().value as Text;
    expect(first.data).toBe('one');
    expect(first.isConnected).toBe(false);
  });
});

describe('textQueries', () => {
  it('walks the DOM where the document has no XPath', () => {
    // happy-dom has no document.evaluate; browsers do (covered by the e2e tests).
    expect(xpathQueries(document)).toBeUndefined();
    document.body.innerHTML = '<p>x<b>y</b></p>';
    expect(textQueries(document).count(document.body)).toBe(2); // p, b
  });

  it('asks XPath for text and children where the document has it, and counts elements', () => {
    const asked: string[] = [];
    const result = (nodes: Node[]) => ({
      snapshotLength: nodes.length,
      snapshotItem: (i: number) => nodes[i] ?? null,
    });
    document.body.innerHTML = '<p>x<b>y<i>z</i></b></p>';
    const p = document.querySelector('p')!;
    const doc = {
      evaluate: (path: string) => {
        asked.push(path);
        return result([p.firstChild!]);
      },
    } as unknown as Document;
    globalThis.XPathResult ??= { ORDERED_NODE_SNAPSHOT_TYPE: 7 } as never;
    const q = xpathQueries(doc)!;
    expect(q.count(p)).toBe(2);
    expect(q.texts(p).item(0)).toBe(p.firstChild);
    expect(q.children(p).length).toBe(1);
    expect(asked).toEqual(['.//text()[normalize-space()]', './* | ./text()[normalize-space()]']);
  });
});
