import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { loadTopologyFile, resolveAll, TopologyError } from '../topology';
import { appCommand } from '../util/app-command';
import { typedIn } from '../util/typed-in';
import { assertSameInstallation, recordMismatch, REPLACE_FLAG, REPLACE_VARIABLE, replaceAllowed } from './installation-record';
import { providersUnavailableReason } from './provider-download';
import { parseFlags, runCli, UsageError } from './usage-error';

const OPTIONS = {
  out: { type: 'string' },
  require: { type: 'boolean' },
  [REPLACE_FLAG]: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

const USAGE = `Usage:
  npm run --silent validate:terraform [-- --out cdktf.out] [--require] [--replace-installation]
Runs \`terraform init -backend=false\` and \`terraform validate\` in every synthesized stack of the topology
($TOPOLOGY_FILE, else topology.yaml), synthesizing first when the output folder has none or the topology changed since.
Where providers cannot be downloaded it reports "skipped", never success, and exits 0; with --require, or when
CI is set (as on GitHub Actions), a check that could not run fails (exit 1).
The output folder defaults to $CDKTF_OUTDIR, else cdktf.out; terraform is $TERRAFORM_BINARY_NAME, else terraform.`;

/** True when the environment says this runs in CI (GitHub Actions and most others set CI=true). */
function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(|0|false)$/i.test(env.CI ?? '');
}

/** One synthesized stack: its name and the folder terraform runs in. */
interface StackDir {
  readonly name: string;
  readonly dir: string;
}

/** What came of one stack. */
type Outcome =
  | { readonly kind: 'valid' }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

/** The `terraform validate -json` report, as far as it is read here. */
interface ValidateReport {
  readonly valid: boolean;
  readonly diagnostics: readonly {
    readonly severity: string;
    readonly summary: string;
    readonly detail?: string;
    readonly range?: { readonly filename: string; readonly start: { readonly line: number } };
  }[];
}

/** Synthesizes the app the way `npm run synth` does, into the given folder. */
function synthesize(outDir: string, why: string, replace: boolean): number {
  process.stderr.write(`validate:terraform: ${why}; synthesizing first\n`);
  const app = appCommand();
  const run = spawnSync(app.command, [...app.args], {
    env: { ...process.env, CDKTF_OUTDIR: outDir, ...(replace ? { [REPLACE_VARIABLE]: '1' } : {}) },
    // The synth's own report goes to stderr: stdout is this command's verdict.
    stdio: ['ignore', 2, 2],
  });
  return run.status ?? 1;
}

function stacksOf(outDir: string): StackDir[] {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as { stacks: Record<string, { name: string; workingDirectory: string }> };
  return Object.values(manifest.stacks).map((stack) => ({ name: stack.name, dir: join(outDir, stack.workingDirectory) }));
}

function terraform(binary: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(binary, args, { cwd, encoding: 'utf8', env: { ...process.env, TF_IN_AUTOMATION: '1' } });
}

function diagnosticLine(d: ValidateReport['diagnostics'][number]): string {
  const where = d.range ? ` (${d.range.filename}:${d.range.start.line})` : '';
  return `${d.severity}: ${d.summary}${d.detail ? `: ${d.detail.replace(/\s*\n\s*/g, ' ')}` : ''}${where}`;
}

function check(binary: string, stack: StackDir): Outcome {
  const init = terraform(binary, ['init', '-backend=false', '-input=false', '-no-color'], stack.dir);
  if (init.error) {
    const missing = (init.error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing) return { kind: 'skipped', reason: `${binary} is not on PATH` };
    throw init.error;
  }
  if (init.status !== 0) {
    const output = `${init.stdout}\n${init.stderr}`;
    const unreachable = providersUnavailableReason(output);
    if (unreachable) return { kind: 'skipped', reason: unreachable };
    return { kind: 'invalid', problems: ['terraform init failed:', ...output.trim().split('\n').map((line) => `  ${line}`)] };
  }
  const validate = terraform(binary, ['validate', '-json', '-no-color'], stack.dir);
  let report: ValidateReport;
  try {
    report = JSON.parse(validate.stdout) as ValidateReport;
  } catch {
    return { kind: 'invalid', problems: [`terraform validate printed no JSON report (exit ${validate.status}): ${validate.stderr.trim().split('\n')[0]}`] };
  }
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (report.valid && errors.length === 0) return { kind: 'valid' };
  return { kind: 'invalid', problems: errors.length > 0 ? errors.map(diagnosticLine) : [`terraform validate exited ${validate.status}`] };
}

function main(): number {
  const values = parseFlags(OPTIONS);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Paths mean the folder the command was typed in, also for the synthesis started from here.
  process.chdir(typedIn());
  const outDir = values.out ?? process.env.CDKTF_OUTDIR ?? 'cdktf.out';
  const topologyFile = process.env.TOPOLOGY_FILE ?? 'topology.yaml';
  const [first] = resolveAll(loadTopologyFile(topologyFile), topologyFile);
  const replace = replaceAllowed(values[REPLACE_FLAG]);
  assertSameInstallation(resolve(outDir), { name: first.name, topology: resolve(topologyFile) }, replace);
  // A folder without a record (an older kit's) is checked as it is; one recorded from other text is synthesized anew.
  const why = existsSync(join(outDir, 'manifest.json')) ? recordMismatch(outDir, first.name, resolve(topologyFile)) : `${outDir} holds no synthesized stacks`;
  if (why !== undefined) {
    const status = synthesize(outDir, why, replace);
    if (status !== 0) return status;
  }
  const binary = process.env.TERRAFORM_BINARY_NAME || 'terraform';
  const stacks = stacksOf(outDir);
  if (stacks.length === 0) throw new UsageError(`${join(outDir, 'manifest.json')} lists no stacks: the topology's clouds select none`);
  const outcomes = stacks.map((stack) => ({ stack: stack.name, outcome: check(binary, stack) }));

  const lines: string[] = [];
  for (const { stack, outcome } of outcomes) {
    if (outcome.kind === 'invalid') lines.push(...outcome.problems.map((problem) => `${stack}: ${problem}`));
  }
  const named = (kind: Outcome['kind']) => outcomes.filter((o) => o.outcome.kind === kind).map((o) => o.stack);
  if (named('valid').length > 0) lines.push(`valid: ${named('valid').join(', ')}`);
  for (const { stack, outcome } of outcomes) {
    if (outcome.kind === 'skipped') lines.push(`skipped: providers unavailable (${stack}: ${outcome.reason})`);
  }
  if (named('invalid').length > 0) lines.push(`invalid: ${named('invalid').join(', ')}`);
  // A check that could not run must not let CI go green.
  const mustRun = values.require === true || inCi();
  const unchecked = named('skipped');
  if (mustRun && unchecked.length > 0) lines.push(`not validated: ${unchecked.join(', ')} (${values.require ? '--require' : 'CI is set'}: a check that could not run fails)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return named('invalid').length > 0 || (mustRun && unchecked.length > 0) ? 1 : 0;
}

runCli('validate:terraform', main, (error) => (error instanceof TopologyError ? error.report() : undefined));
