import { describe, expect, it } from 'vitest';
import { updateSummary, type Summary } from './summary';

const goal = (label: string, pass: boolean) => ({ label, target: '< 1 ms', actual: '2 ms', pass });

describe('updateSummary', () => {
  const before: Summary = updateSummary(undefined, {
    when: 'then',
    machine: 'm1',
    sections: [{ id: 'popup', goals: [goal('p95', true)] }],
  });

  it('records each section’s goals as goal, target, measured, met', () => {
    const summary = updateSummary(undefined, {
      when: 'now',
      machine: 'm2',
      sections: [{ id: 'hover', goals: [goal('per move', false)] }],
    });
    expect(summary).toEqual({
      sections: {
        hover: {
          when: 'now',
          machine: 'm2',
          goals: [{ goal: 'per move', target: '< 1 ms', measured: '2 ms', met: false }],
        },
      },
    });
  });

  it('replaces the sections that ran, keeps the others, sorted by id', () => {
    const summary = updateSummary(before, {
      when: 'now',
      machine: 'm2',
      sections: [
        { id: 'popup', goals: [goal('p95', true)] },
        { id: 'hover', goals: [goal('per move', false)] },
      ],
    });
    expect(Object.keys(summary.sections)).toEqual(['hover', 'popup']);
    expect(summary.sections.popup).toMatchObject({ when: 'now', machine: 'm2' });
  });

  it('keeps the previous entry of a section that failed (no goals)', () => {
    const summary = updateSummary(before, {
      when: 'now',
      machine: 'm2',
      sections: [{ id: 'popup', goals: [] }],
    });
    expect(summary).toEqual(before);
  });
});
