/** Runs one named command of `npm test`, with its output, and times it. */
import { spawn } from 'node:child_process';

export interface StepResult {
  name: string;
  ok: boolean;
  /** Exit code, or -1 when killed by a signal or not started. */
  code: number;
  seconds: number;
}

export interface StepOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Hold the step's output and print it in one block when it ends, for a step
   * that runs beside another (their lines would interleave). Default: live.
   */
  buffered?: boolean;
}

/** Runs `command args…` and resolves when it exits; never rejects. */
export function runStep(
  name: string,
  command: string,
  args: string[],
  options: StepOptions,
): Promise<StepResult> {
  const started = Date.now();
  const header = `\n━━ ${name}: ${[command, ...args].join(' ')}`;
  const held: Buffer[] = [];
  if (!options.buffered) console.log(header);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: options.buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
    let finished = false;
    const done = (code: number) => {
      if (finished) return;
      finished = true;
      const result = { name, ok: code === 0, code, seconds: (Date.now() - started) / 1000 };
      const footer = `━━ ${name}: ${result.ok ? 'ok' : `FAILED (exit ${code})`} in ${result.seconds.toFixed(1)} s`;
      if (options.buffered) {
        const output = Buffer.concat(held).toString('utf8');
        process.stdout.write(`${header}\n${output}${output.endsWith('\n') || !output ? '' : '\n'}`);
      }
      console.log(footer);
      resolve(result);
    };
    child.on('error', (error) => {
      held.push(Buffer.from(`${name}: could not start ${command}: ${error.message}\n`));
      if (!options.buffered) console.error(`${name}: could not start ${command}: ${error.message}`);
      done(-1);
    });
    // 'close', not 'exit': the piped output is complete only then (unless a process the
    // step left behind still holds the pipe: then 2 s after the exit).
    child.on('close', (code) => done(code ?? -1));
    child.on('exit', (code) => setTimeout(() => done(code ?? -1), 2000).unref());
  });
}
