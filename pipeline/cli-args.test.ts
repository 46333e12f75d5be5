import { describe, expect, it } from 'vitest';
import { parseDataArgs } from './cli-args';

describe('parseDataArgs', () => {
  it.each([
    [[], { dataDir: 'data', outDir: 'generated/pack' }],
    [['--data', 'x', '--out', 'y'], { dataDir: 'x', outDir: 'y' }],
    [['--out=/tmp/p'], { dataDir: 'data', outDir: '/tmp/p' }],
  ])('%j', (argv, expected) => {
    expect(parseDataArgs(argv)).toEqual(expected);
  });

  it('rejects unknown options and stray words', () => {
    expect(() => parseDataArgs(['--dta', 'x'])).toThrow(/Unknown option '--dta'/);
    expect(() => parseDataArgs(['data'])).toThrow(/Unexpected argument 'data'/);
  });
});
