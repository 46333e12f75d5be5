import { describe, expect, it, vi } from 'vitest';
import { classifyElement, kindByMarkup, type StyleFacts } from './element-kind';

function kindOf(html: string, style?: Partial<StyleFacts>) {
  document.body.innerHTML = html;
  const el = document.body.firstElementChild!;
  return style
    ? classifyElement(el, () => ({ display: '', visibility: 'visible', ...style }))
    : classifyElement(el);
}

describe('classifyElement', () => {
  it.each([
    ['<span>x</span>', 'inline'],
    ['<b>x</b>', 'inline'],
    ['<a href="#">x</a>', 'inline'],
    ['<p>x</p>', 'block'],
    ['<div>x</div>', 'block'],
    ['<li>x</li>', 'block'],
    ['<h2>x</h2>', 'block'],
    ['<custom-el>x</custom-el>', 'block'],
    ['<br>', 'break'],
    ['<script>x</script>', 'hidden'],
    ['<style>x</style>', 'hidden'],
    ['<noscript>x</noscript>', 'hidden'],
    ['<template>x</template>', 'hidden'],
    ['<span hidden>x</span>', 'hidden'],
    ['<p style="display:none">x</p>', 'hidden'],
    ['<code>x</code>', 'skip'],
    ['<pre>x</pre>', 'skip'],
    ['<textarea>x</textarea>', 'skip'],
    ['<input value="x">', 'skip'],
    ['<select><option>x</option></select>', 'skip'],
    ['<button>x</button>', 'skip'],
    ['<div contenteditable>x</div>', 'skip'],
    ['<div contenteditable="true">x</div>', 'skip'],
    ['<div contenteditable="false">x</div>', 'block'],
    ['<span aria-hidden="true">x</span>', 'skip'],
    ['<span aria-hidden="false">x</span>', 'inline'],
    ['<backstory-ui></backstory-ui>', 'skip'],
    ['<p style="visibility:hidden">x</p>', 'skip'],
  ])('%s is %s', (html, kind) => {
    expect(kindOf(html)).toBe(kind);
  });

  it.each([
    [{ display: 'inline' }, 'inline'],
    [{ display: 'inline-block' }, 'inline'],
    [{ display: 'contents' }, 'inline'],
    [{ display: 'block' }, 'block'],
    [{ display: 'flex' }, 'block'],
    [{ display: 'table-cell' }, 'block'],
    [{ display: 'none' }, 'hidden'],
    [{ display: 'inline', visibility: 'collapse' }, 'skip'],
  ])('a span styled %o is %s', (style, kind) => {
    expect(kindOf('<span class="c">x</span>', style)).toBe(kind);
  });

  it('classifies bare elements by tag, without reading their style', () => {
    const probe = vi.fn(() => ({ display: 'none', visibility: 'visible' }));
    document.body.innerHTML = '<span>x</span><p>x</p><span id="i">x</span>';
    const [span, p, withId] = document.body.children;
    expect([classifyElement(span!, probe), classifyElement(p!, probe)]).toEqual([
      'inline',
      'block',
    ]);
    expect(probe).not.toHaveBeenCalled();
    expect(classifyElement(withId!, probe)).toBe('hidden');
  });

  it.each([
    ['<details><summary>S</summary><p id="t">x</p></details>', 'hidden'],
    ['<details open><summary>S</summary><p id="t">x</p></details>', 'block'],
    ['<details><summary id="t">S</summary></details>', 'block'],
    ['<dialog id="t">x</dialog>', 'hidden'],
    ['<dialog id="t" open>x</dialog>', 'block'],
  ])('%s: #t is %s', (html, kind) => {
    document.body.innerHTML = html;
    expect(
      classifyElement(document.getElementById('t')!, () => ({
        display: 'block',
        visibility: 'visible',
      })),
    ).toBe(kind);
  });

  it('kindByMarkup reads no style, and decides only what markup decides', () => {
    document.body.innerHTML =
      '<script>x</script><code>x</code><span hidden>x</span><br><dialog>x</dialog>' +
      '<p class="c">x</p><span id="i">x</span><div contenteditable="false">x</div>';
    const probe = vi.fn(() => ({ display: 'none', visibility: 'visible' }));
    const [script, code, hidden, br, dialog, p, span, div] = document.body.children;
    expect([script, code, hidden, br, dialog].map((el) => kindByMarkup(el!))).toEqual([
      'hidden',
      'skip',
      'hidden',
      'break',
      'hidden',
    ]);
    expect([p, span, div].map((el) => kindByMarkup(el!))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    for (const el of document.body.children) {
      if (kindByMarkup(el)) expect(classifyElement(el, probe)).toBe(kindByMarkup(el));
    }
    expect(probe).not.toHaveBeenCalled();
  });
});
