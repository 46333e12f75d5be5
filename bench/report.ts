/** Renders sections as a markdown report. */
import type { Section, Table } from './types';

function table({ title, columns, rows }: Table): string {
  const head = `| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
  return `${title ? `**${title}**\n\n` : ''}${head}\n${body}\n`;
}

/** One markdown document: a heading per section, its tables, goals and notes. */
export function renderReport(sections: Section[], header: string): string {
  const parts = [`# Backstory benchmarks\n\n${header}\n`];
  for (const section of sections) {
    parts.push(`## ${section.title}\n`);
    for (const t of section.tables) parts.push(table(t));
    if (section.goals.length > 0) {
      parts.push(
        table({
          title: 'Goals',
          columns: ['goal', 'target', 'this run', ''],
          rows: section.goals.map((g) => [g.label, g.target, g.actual, g.pass ? 'pass' : 'MISS']),
        }),
      );
    }
    for (const note of section.notes ?? []) parts.push(`- ${note}`);
    parts.push('');
  }
  return parts.join('\n');
}
