/**
 * The bench's compact record, committed as `bench/results/summary.json`: for
 * each section, the goals of its last full run (goal, target, measured, met),
 * when and on what machine. A run replaces only the sections it ran; the full
 * report of a run (tables, notes, raw numbers) goes to git-ignored files.
 */
import type { Section } from './types';

export interface SummaryGoal {
  goal: string;
  target: string;
  measured: string;
  met: boolean;
}

export interface SectionSummary {
  /** ISO time of the run that measured this section. */
  when: string;
  machine: string;
  goals: SummaryGoal[];
}

export interface Summary {
  /** By section id, sorted. */
  sections: Record<string, SectionSummary>;
}

/** What one run of the bench measured. */
export interface BenchRun {
  when: string;
  machine: string;
  sections: readonly Pick<Section, 'id' | 'goals'>[];
}

/**
 * `previous` with every section of `run` replaced by its goals. A section with
 * no goals (one that failed) keeps its previous entry.
 */
export function updateSummary(previous: Summary | undefined, run: BenchRun): Summary {
  const sections: Record<string, SectionSummary> = { ...previous?.sections };
  for (const { id, goals } of run.sections) {
    if (goals.length === 0) continue;
    sections[id] = {
      when: run.when,
      machine: run.machine,
      goals: goals.map((g) => ({
        goal: g.label,
        target: g.target,
        measured: g.actual,
        met: g.pass,
      })),
    };
  }
  const sorted = Object.keys(sections).sort();
  return { sections: Object.fromEntries(sorted.map((id) => [id, sections[id]!])) };
}
