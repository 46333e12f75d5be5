// One base stylesheet (base.css) for every UI: each loads it first, and no
// other stylesheet defines the tokens again.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The stylesheets a module imports, in order. */
const cssImports = (file: string): string[] =>
  [
    ...readFileSync(file, 'utf8').matchAll(/^import [^;]*?['"]([^'"]+\.css)(?:\?inline)?['"]/gm),
  ].map((m) => m[1]!);

describe('components/base.css', () => {
  it.each([
    ['the popup', 'entrypoints/popup/popup-styles.ts'],
    ['the library', 'entrypoints/library/main.tsx'],
    ['the settings page', 'entrypoints/options/main.tsx'],
    ['the card in a page', 'components/card/card-css.ts'],
  ])('%s loads it first', (_ui, file) => {
    const imports = cssImports(file);
    expect(imports.length).toBeGreaterThan(1);
    expect(imports[0]).toMatch(/(^|\/)components\/base\.css$|^\.\.\/base\.css$/);
  });

  it('is the only stylesheet that sets the tokens', () => {
    const sheets = readdirSync('components', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css') && f !== 'base.css')
      .map((f) => join('components', f));
    expect(sheets.length).toBeGreaterThan(3);
    for (const sheet of sheets) {
      expect(readFileSync(sheet, 'utf8'), sheet).not.toMatch(/--bs-[\w-]+\s*:/);
    }
  });
});
