/**
 * Runs in the page (`page.evaluate(snapshotPage)`): the document as lines, one
 * per element (tag path, sorted attributes), text node and comment, plus one
 * line per rendered element with its box in document coordinates. Our own
 * `<backstory-ui>` host is left out; everything else the extension changes shows.
 */

export interface PageSnapshot {
  dom: string[];
  layout: string[];
}

// No named inner functions here: tsx would wrap them in a `__name` helper that
// does not exist in the page.
export function snapshotPage(): PageSnapshot {
  const dom: string[] = [];
  const layout: string[] = [];
  const sx = window.scrollX;
  const sy = window.scrollY;
  const stack: [Node, string][] = [[document.documentElement, '']];
  while (stack.length) {
    const [node, path] = stack.pop() as [Node, string];
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (text) dom.push(`${path} #text ${JSON.stringify(text)}`);
      continue;
    }
    if (node.nodeType === Node.COMMENT_NODE) {
      dom.push(`${path} #comment ${JSON.stringify(node.nodeValue ?? '')}`);
      continue;
    }
    if (!(node instanceof Element) || node.localName === 'backstory-ui') continue;
    const here = path ? `${path}>${node.localName}` : node.localName;
    const attrs = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
    dom.push(`${here} ${attrs.join(' ')}`);
    const box = node.getBoundingClientRect();
    if (box.width || box.height) {
      const r = [box.left + sx, box.top + sy, box.width, box.height].map(Math.round).join(',');
      layout.push(`${here} ${r}`);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      stack.push([node.childNodes[i] as Node, here]);
    }
  }
  return { dom, layout };
}
