/** Command line of `npm run demo`: `[--headless] [--out DIR]`. */
import { resolve } from 'node:path';

export interface DemoArgs {
  /** Take screenshots instead of opening a window. */
  headless: boolean;
  /** Folder for the screenshots (absolute). */
  out: string;
}

/** Parses argv (without node and script); `display` is `$DISPLAY`. Throws on unknown flags. */
export function parseDemoArgs(argv: string[], display: string | undefined, cwd: string): DemoArgs {
  let headless = !display;
  let out = 'demo-shots';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--headless') headless = true;
    else if (arg === '--out' && argv[i + 1]) out = argv[++i] as string;
    else if (arg?.startsWith('--out=')) out = arg.slice('--out='.length);
    else
      throw new Error(`unknown argument ${arg}; usage: npm run demo -- [--headless] [--out DIR]`);
  }
  return { headless, out: resolve(cwd, out) };
}
