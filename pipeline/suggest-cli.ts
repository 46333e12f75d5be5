/**
 * `npm run data:suggest [-- --data DIR]`: prints the capitalized names in the
 * articles that no catalog alias covers, most frequent first, each with a
 * sample sentence. Exits 1 (printing the problems) if the data is invalid.
 */
import { parseDataArgs } from './cli-args';
import { formatProblem } from './problems';
import { load } from './stages/load';
import { validate } from './stages/validate';
import { suggestNames } from './suggest';

const SAMPLE_LENGTH = 140;

function clip(text: string): string {
  return text.length <= SAMPLE_LENGTH ? text : `${text.slice(0, SAMPLE_LENGTH - 1)}…`;
}

async function main(): Promise<number> {
  const { dataDir } = parseDataArgs(process.argv.slice(2));
  const valid = validate(await load(dataDir));
  if (!valid.ok) {
    console.error(valid.problems.map(formatProblem).join('\n'));
    return 1;
  }
  const suggestions = suggestNames(valid.data.articles, valid.data.entities);
  if (suggestions.length === 0) {
    console.log('Every capitalized name in the articles is covered by a catalog alias.');
    return 0;
  }
  const width = Math.max(...suggestions.map((s) => s.name.length));
  console.log(`${suggestions.length} name(s) no catalog alias covers:\n`);
  for (const { name, count, sample } of suggestions) {
    console.log(
      `${String(count).padStart(5)}  ${name.padEnd(width)}  “${clip(sample.sentence)}” (${sample.articleId})`,
    );
  }
  return 0;
}

process.exitCode = await main();
