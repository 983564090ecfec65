import { spawnSync } from 'node:child_process';
import { appCommand } from '../util/app-command';
import { ReviewInputError } from './input-file';

/**
 * Synthesizes the stacks as `npm run synth` does: the kit's main.ts under node with the kit's TypeScript require hook, as a
 * child process, in the current folder and environment (so TOPOLOGY_FILE and CDKTF_OUTDIR apply). A failed
 * synthesis is a ReviewInputError carrying the app's first line of complaint.
 */
export function synthesize(kitRoot: string, env: NodeJS.ProcessEnv = process.env): void {
  const app = appCommand(kitRoot);
  const result = spawnSync(app.command, [...app.args], {
    cwd: process.cwd(),
    env,
    encoding: 'utf8',
  });
  if (result.status === 0) return;
  const complaint = (result.stderr || result.error?.message || `exit status ${String(result.status)}`).trim().split('\n')[0];
  throw new ReviewInputError(`synthesis failed: ${complaint}`);
}
