/** Runs one named command of `npm test` with live output, and times it. */
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
}

/** Runs `command args…` and resolves when it exits; never rejects. */
export function runStep(
  name: string,
  command: string,
  args: string[],
  options: StepOptions,
): Promise<StepResult> {
  const started = Date.now();
  console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: 'inherit',
    });
    const done = (code: number) => {
      const result = { name, ok: code === 0, code, seconds: (Date.now() - started) / 1000 };
      console.log(
        `━━ ${name}: ${result.ok ? 'ok' : `FAILED (exit ${code})`} in ${result.seconds.toFixed(1)} s`,
      );
      resolve(result);
    };
    child.on('error', (error) => {
      console.error(`${name}: could not start ${command}: ${error.message}`);
      done(-1);
    });
    child.on('exit', (code) => done(code ?? -1));
  });
}
