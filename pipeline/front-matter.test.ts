import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter';

describe('splitFrontMatter', () => {
  it('keeps the body verbatim and drops only the one final line break', () => {
    const split = splitFrontMatter('---\ntitle: T\n---\nLine one\n\nLine two\n');
    expect(split).toEqual({
      ok: true,
      yaml: 'title: T\n',
      body: 'Line one\n\nLine two',
      bodyOffset: 17,
    });
  });

  it('keeps a body that had its own final line break', () => {
    const split = splitFrontMatter('---\ntitle: T\n---\nBody\n\n');
    expect(split.ok && split.body).toBe('Body\n');
  });

  it('reads a file without a final line break', () => {
    const split = splitFrontMatter('---\ntitle: T\n---\nBody');
    expect(split.ok && split.body).toBe('Body');
  });

  it.each([
    ['title: T\nBody', "missing front matter: the file must start with a '---' line"],
    ['---\ntitle: T\nBody', "front matter is not closed by a '---' line"],
  ])('rejects %j', (text, message) => {
    expect(splitFrontMatter(text)).toEqual({ ok: false, offset: 0, message });
  });
});
