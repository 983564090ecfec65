import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '../..');

/** What a command-line run printed and how it ended. */
export interface RunResult {
  /** Exit status. */
  readonly status: number | null;
  /** Standard output. */
  readonly stdout: string;
  /** Standard error. */
  readonly stderr: string;
}

/** Runs one of the kit's TypeScript entry points the way its npm script does (node with the sucrase register hook). */
export function runTs(script: string, args: readonly string[] = [], options: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const loader = join(ROOT, 'scripts', 'register-ts.js');
  const result = spawnSync(process.execPath, ['--require', loader, join(ROOT, script), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 60000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
