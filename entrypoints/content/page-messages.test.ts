import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/spotter';
import type { PageScanner } from '../../page/page-scanner';
import { mentionsResponse } from './page-messages';

const mention = (over: Partial<Mention>): Mention => ({
  start: 0,
  end: 14,
  entityId: 'vladimir-putin',
  name: 'Vladimir Putin',
  kind: 'person',
  wikipedia: 'Vladimir_Putin',
  text: 'Vladi\u00admir Putin',
  alias: 'Vladimir Putin',
  rule: 'strong-alias',
  confidence: 0.95,
  ...over,
});

/** The slice of a scanner `mentionsResponse` reads. */
function scannerWith(mentions: Mention[]): PageScanner {
  return {
    status: 'ready',
    pageDate: '2026-12-01',
    model: { mentions: () => mentions.map((m) => ({ block: { heading: false }, mention: m })) },
  } as unknown as PageScanner;
}

describe('mentionsResponse', () => {
  it('gives each mention its Wikipedia title when known, and the text as written', () => {
    const answer = mentionsResponse(
      scannerWith([mention({}), mention({ entityId: 'x', name: 'X', wikipedia: undefined })]),
    );
    expect(answer.status).toBe('ready');
    expect(answer.pageDate).toBe('2026-12-01');
    expect(answer.mentions).toEqual([
      {
        entityId: 'vladimir-putin',
        name: 'Vladimir Putin',
        kind: 'person',
        wikipedia: 'Vladimir_Putin',
        text: 'Vladi\u00admir Putin',
        rule: 'strong-alias',
        heading: false,
      },
      {
        entityId: 'x',
        name: 'X',
        kind: 'person',
        text: 'Vladi\u00admir Putin',
        rule: 'strong-alias',
        heading: false,
      },
    ]);
    expect('wikipedia' in answer.mentions[1]!).toBe(false);
  });
});
