import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type RunResult } from './run';

/** The recording stand-in for terraform (see the script's header for the environment it reads). */
export const TERRAFORM_STAND_IN = join(ROOT, 'test/helpers/terraform-stand-in');

/** What the project needs to synthesize; node_modules is linked, not copied. */
const PROJECT_FILES = ['main.ts', 'cdktf.json', 'topology.yaml', 'package.json', 'tsconfig.json', 'scripts', 'src', 'stacks'];

/** A throwaway copy of the project folder, so CLI runs never touch the working tree's cdktf.out or state files. */
export function projectCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** One terraform run the stand-in recorded: where it ran and with which arguments. */
export interface TerraformCall {
  /** Working directory. */
  readonly cwd: string;
  /** Arguments, space-joined. */
  readonly args: string;
}

/** A run of a command with the terraform runs it made. */
export interface RecordedRun extends RunResult {
  /** Every terraform run, in order. */
  readonly terraform: readonly TerraformCall[];
}

/** Runs a command asynchronously (so several can run at once) and collects its output. */
export function runAsync(command: string, args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Reads the stand-in's log. */
export function terraformCalls(log: string): TerraformCall[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [cwd, args = ''] = line.split('\t');
      return { cwd, args };
    });
}

/**
 * Runs the project's own cdktf CLI (`node_modules/.bin/cdktf`, as `npx cdktf` does) in a project folder with the
 * stand-in as terraform; `name` keeps each run's log apart when several run at once.
 */
export async function runCdktf(project: string, name: string, args: readonly string[], env: Record<string, string> = {}): Promise<RecordedRun> {
  const log = join(project, `terraform-calls.${name}.log`);
  const run = await runAsync(join(project, 'node_modules/.bin/cdktf'), args, {
    cwd: project,
    env: { TERRAFORM_BINARY_NAME: TERRAFORM_STAND_IN, TERRAFORM_STAND_IN_LOG: log, CHECKPOINT_DISABLE: '1', CI: '1', ...env },
  });
  return { ...run, terraform: terraformCalls(log) };
}
