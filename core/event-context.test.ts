import { describe, expect, it } from 'vitest';
import { genericFit, hasCue } from './event-context';

const SYRIA = { cues: ['Syria', 'Syrian', 'Assad'] };

describe('hasCue', () => {
  it.each<[string, string, number, number, boolean]>([
    // 0         1
    // 0123456789012345678
    ['war in Syria now', 'Syria', 0, 16, true],
    ['war in Syrians now', 'Syria', 0, 18, false], // not a whole word
    ['war in Syria now', 'Syria', 0, 10, false], // runs past `to`
    ['Syria, then war', 'Syria', 3, 15, false], // starts before `from`
    ['a Syria b Syria', 'Syria', 3, 15, true], // the second one, inside
  ])('%j has %s in [%i, %i): %s', (text, cue, from, to, found) => {
    expect(hasCue(text, cue, from, to)).toBe(found);
  });
});

describe('genericFit: a cue in the same sentence, near the name', () => {
  it.each<[string, string, string]>([
    // 0         1         2         3         4         5
    // 012345678901234567890123456789012345678901234567890123
    ['the cue is in the sentence', 'The civil war has gone on since Assad struck.', 'nearby-cue'],
    ['the cue is in the sentence before', 'Assad struck. The civil war went on.', 'none'],
    ['the cue is in the sentence after', 'The civil war went on. Assad struck.', 'none'],
    ['a question ends a sentence', 'Did Assad strike? The civil war went on.', 'none'],
    ['a line break ends a sentence', 'Assad struck\nThe civil war went on.', 'none'],
    ['a period inside a word does not', 'Assad.com says the civil war went on.', 'nearby-cue'],
    [
      'the cue is too far away within the sentence',
      `The civil war went on ${'and on '.repeat(30)}said Assad.`,
      'none',
    ],
    ['a modifier names the place', 'The Syrian civil war went on.', 'adjacent-cue'],
    [
      'a modifier names another place',
      'South Sudan’s civil war went on. Assad struck.',
      'conflict',
    ],
  ])('%s', (_, text, fit) => {
    const start = text.indexOf('civil war');
    expect(genericFit(text, start, start + 'civil war'.length, SYRIA, undefined)).toBe(fit);
  });

  it('finds the cue on a long page without a sentence end anywhere after the name', () => {
    const text = `Assad said the civil war ${'goes on and on '.repeat(5000)}`;
    const start = text.indexOf('civil war');
    expect(genericFit(text, start, start + 9, SYRIA, undefined)).toBe('nearby-cue');
  });
});
