import { ensureBuilt } from '../../browser-harness/build';

/** Vitest global setup for the e2e project: one fresh build before any browser starts. */
export default function setup(): void {
  ensureBuilt();
}
