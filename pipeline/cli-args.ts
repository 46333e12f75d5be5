/** Command-line options shared by `npm run data` and `npm run data:suggest`. */
import { parseArgs } from 'node:util';

export interface DataCliOptions {
  dataDir: string;
  outDir: string;
}

/** `--data DIR` (default `data`) and `--out DIR` (default `generated/pack`); throws on anything else. */
export function parseDataArgs(argv: readonly string[]): DataCliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'generated/pack' },
    },
    strict: true,
    allowPositionals: false,
  });
  return { dataDir: values.data, outDir: values.out };
}
