import { describe, expect, it } from 'vitest';
import { highlightKind, HIGHLIGHT_KINDS } from './pack';

describe('highlightKind', () => {
  it('keeps actor kinds and draws every event kind as event', () => {
    expect(highlightKind('person')).toBe('person');
    expect(highlightKind('country')).toBe('country');
    expect(highlightKind('meeting')).toBe('event');
    expect(highlightKind('war')).toBe('event');
    expect(HIGHLIGHT_KINDS).toContain('event');
  });
});
