import { describe, expect, it } from 'vitest';
import { parseDemoArgs } from './args';

const cases = [
  { argv: [], display: ':0', want: { headless: false, out: '/w/demo-shots' } },
  { argv: [], display: undefined, want: { headless: true, out: '/w/demo-shots' } },
  { argv: ['--headless'], display: ':0', want: { headless: true, out: '/w/demo-shots' } },
  {
    argv: ['--headless', '--out', '/tmp/shots'],
    display: ':0',
    want: { headless: true, out: '/tmp/shots' },
  },
  { argv: ['--out=shots'], display: ':0', want: { headless: false, out: '/w/shots' } },
];

describe('parseDemoArgs', () => {
  it.each(cases)('$argv with DISPLAY=$display', ({ argv, display, want }) => {
    expect(parseDemoArgs(argv, display, '/w')).toEqual(want);
  });

  it.each([['--headles'], ['--out']])('rejects %s', (arg) => {
    expect(() => parseDemoArgs([arg], ':0', '/w')).toThrow(/usage/);
  });
});
