import { ensureBuilt } from './harness/build';

/**
 * Vitest global setup for the e2e project: one fresh build before any browser
 * starts. `E2E_SKIP_BUILD=1` tests whatever is in .output/ as it is.
 */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD !== '1') ensureBuilt();
}
