import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdktf';
import type { ResolvedTopology } from '../src/topology/resolved';
import { addInstallationStack } from './index';

/**
 * Builds every installation's stack without synthesizing it, so that the checks only an adapter can make (an Azure
 * backup time in 30-minute steps, a pinned private IP inside its subnet) throw their TopologyError here too. The
 * App needs an output folder of its own: a temporary one, removed again, so nothing is written.
 */
export function buildStacksWithoutOutput(installations: readonly ResolvedTopology[]): void {
  const outdir = mkdtempSync(join(tmpdir(), 'circleci-kit-check-'));
  try {
    const app = new App({ outdir });
    for (const topology of installations) addInstallationStack(app, topology);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
