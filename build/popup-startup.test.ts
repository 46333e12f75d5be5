import { describe, expect, it } from 'vitest';
import { isHtmlPagesInput, popupStartupBuild } from './popup-startup';

describe('isHtmlPagesInput', () => {
  it.each([
    [
      'HTML pages by name',
      { popup: 'entrypoints/popup/index.html', options: 'o/index.html' },
      true,
    ],
    ['a list of pages', ['a/index.html', 'b/index.html'], true],
    ['one page', 'entrypoints/popup/index.html', true],
    ['the background', { background: 'virtual:wxt-background' }, false],
    ['a content script', 'entrypoints/content/index.ts', false],
    ['pages mixed with a script', ['a/index.html', 'b.ts'], false],
    ['nothing', undefined, false],
    ['no inputs', {}, false],
  ])('%s → %s', (_name, input, expected) => {
    expect(isHtmlPagesInput(input)).toBe(expected);
  });
});

/** Calls a plugin hook given as a function or as `{ handler }`. */
function call(hook: unknown, arg: object): unknown {
  const fn = typeof hook === 'function' ? hook : (hook as { handler: unknown }).handler;
  return (fn as (this: unknown, a: object) => unknown).call({}, arg);
}

describe('popupStartupBuild', () => {
  it('inlines shared chunks in the HTML pages’ build only, each build by its own input', () => {
    const plugin = popupStartupBuild();
    const pages = { input: { popup: 'entrypoints/popup/index.html' } };
    expect(call(plugin.options, pages)).toEqual({ ...pages, preserveEntrySignatures: false });
    expect(call(plugin.outputOptions, { format: 'es' })).toEqual({
      format: 'es',
      codeSplitting: { experimentalInlineCommonChunks: { maxSize: Infinity } },
    });

    expect(call(plugin.options, { input: 'entrypoints/background.ts' })).toBeNull();
    expect(call(plugin.outputOptions, { format: 'iife' })).toBeNull();
  });
});
