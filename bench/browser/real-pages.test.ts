import { describe, expect, it } from 'vitest';
import { bodyTextChars, pickBySize } from './real-pages';

describe('bodyTextChars', () => {
  it.each([
    ['<html><head><title>Title</title></head><body><p>Hello</p></body></html>', 5],
    ['<body><script>var x = "<p>no</p>";</script><p>a</p><style>p{}</style></body>', 1],
    ['<body><!-- a comment --><p>Kerry &amp; Lavrov&#8217;s</p></body>', 16],
    ['<body><template><p>hidden</p></template>x<noscript>y</noscript></body>', 1],
    ['<p>no body tag &unknown;</p>', 21],
  ])('%j has %i characters', (html, expected) => {
    expect(bodyTextChars(html)).toBe(expected);
  });
});

describe('pickBySize', () => {
  const pages = [
    { file: 'a.html', chars: 40_000 },
    { file: 'b.html', chars: 70_000 },
    { file: 'c.html', chars: 250_000 },
    { file: 'd.html', chars: 600_000 },
    { file: 'e.html', chars: 0 },
  ];

  it('takes the nearest page by ratio for each target, each page once', () => {
    expect(pickBySize(pages, [50_000, 300_000, 1_000_000]).map((p) => p.file)).toEqual([
      'a.html',
      'c.html',
      'd.html',
    ]);
    expect(pickBySize(pages, [50_000, 50_000]).map((p) => p.file)).toEqual(['a.html', 'b.html']);
  });

  it('throws when pages run out', () => {
    expect(() => pickBySize(pages.slice(0, 1), [1, 2])).toThrow('no page left');
  });
});
