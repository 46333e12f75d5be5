import { describe, expect, it } from 'vitest';
import { isBackgroundRequest, isContentRequest, MAX_SPOT_CHARS } from './protocol';

describe('message guards', () => {
  it.each([
    [{ type: 'backstory/mentions' }, true],
    [{ type: 'backstory/reveal', entityId: 'syria' }, true],
    [{ type: 'backstory/reveal' }, false],
    [{ type: 'backstory/command', command: 'next-mention' }, true],
    [{ type: 'backstory/command', command: 'previous-mention' }, true],
    [{ type: 'backstory/command', command: 'toggle-highlights' }, true],
    [{ type: 'backstory/command', command: 'format-disk' }, false],
    [{ type: 'backstory/cards', ids: [] }, false],
    [null, false],
    ['backstory/mentions', false],
  ])('%j is a content request: %s', (message, ok) => {
    expect(isContentRequest(message)).toBe(ok);
  });

  it.each([
    [{ type: 'backstory/cards', ids: ['syria'] }, true],
    [{ type: 'backstory/cards', ids: [1] }, false],
    [{ type: 'backstory/cards', ids: ['syria'], asOf: '2016-09-08', before: 26 }, true],
    [{ type: 'backstory/cards', ids: ['syria'], before: 0 }, false],
    [{ type: 'backstory/cards', ids: ['syria'], before: '26' }, false],
    [{ type: 'backstory/cards', ids: ['syria'], named: 6 }, true],
    [{ type: 'backstory/cards', ids: ['syria'], named: -1 }, false],
    [{ type: 'backstory/cards', ids: ['syria'], asOf: 'yesterday' }, false],
    [{ type: 'backstory/mentions' }, false],
    [{ type: 'backstory/matcher' }, false],
    [{ type: 'backstory/spot', text: 'Putin spoke.' }, true],
    [{ type: 'backstory/spot', text: '', pageDate: '2016-09-08' }, true],
    [{ type: 'backstory/spot', text: 'x', pageDate: '2016' }, true],
    [{ type: 'backstory/spot', text: 'x', pageDate: 'yesterday' }, false],
    [{ type: 'backstory/spot', text: 7 }, false],
    [{ type: 'backstory/spot' }, false],
    [{ type: 'backstory/search', query: 'lavrov' }, true],
    [{ type: 'backstory/search', query: '' }, true],
    [{ type: 'backstory/search', query: 'lavrov', limit: 12 }, true],
    [{ type: 'backstory/search', query: 'lavrov', limit: 0 }, false],
    [{ type: 'backstory/search', query: 'lavrov', limit: 51 }, false],
    [{ type: 'backstory/search', query: 'lavrov', limit: 1.5 }, false],
    [{ type: 'backstory/search', query: 7 }, false],
    [{ type: 'backstory/search' }, false],
  ])('%j is a background request: %s', (message, ok) => {
    expect(isBackgroundRequest(message)).toBe(ok);
  });

  it('refuses a text to spot over MAX_SPOT_CHARS', () => {
    const spot = (length: number) => ({ type: 'backstory/spot', text: 'x'.repeat(length) });
    expect(isBackgroundRequest(spot(MAX_SPOT_CHARS))).toBe(true);
    expect(isBackgroundRequest(spot(MAX_SPOT_CHARS + 1))).toBe(false);
  });
});
