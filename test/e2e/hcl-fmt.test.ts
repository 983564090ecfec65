import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from '@cdktf/hcl-tools';
import { ROOT, runTs } from '../helpers/run';

// Checked once at load time, so that a machine without terraform shows the test as skipped, with the reason.
const terraformVersion = spawnSync('terraform', ['version'], { encoding: 'utf8' });
const onPath = !terraformVersion.error && terraformVersion.status === 0;
const withTerraform = onPath ? it : it.skip;
const skipped = onPath ? '' : ' (skipped: terraform is not on PATH)';

/** `terraform fmt -check` of one stack folder: '' when formatted, else the exit status and the first problems. */
function fmtProblems(dir: string): string {
  // Formatted HCL takes terraform a tenth of a second; HCL it cannot parse takes it many seconds of diagnostics, of
  // which the first few say enough. It finishes its work on SIGTERM, hence SIGKILL.
  const fmt = spawnSync('terraform', ['fmt', '-check', '-recursive', '-no-color', '.'], { cwd: dir, encoding: 'utf8', timeout: 3000, killSignal: 'SIGKILL' });
  if (fmt.status === 0) return '';
  const lines = `${fmt.stdout}\n${fmt.stderr}`.split('\n').map((line) => line.replace(/^[\s│]+/, '').trim());
  // Each kind of problem once, with where it first occurs.
  const problems = new Map<string, string>();
  lines.forEach((line, i) => {
    if (line === 'cdk.tf') problems.set('unformatted', 'cdk.tf is not formatted');
    if (!line.startsWith('Error: ') || problems.has(line)) return;
    const where = lines.slice(i + 1, i + 4).find((next) => next.startsWith('on '));
    problems.set(line, `${line.slice('Error: '.length)}${where ? ` (${where.replace(/:$/, '')})` : ''}`);
  });
  return `${fmt.status === null ? 'stopped after 3 s' : `exit ${fmt.status}`}: ${[...problems.values()].join('; ')}`;
}

describe('cdktf synth --hcl', () => {
  let dir: string | undefined;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // `cdktf synth --hcl` is two steps (cdktf-cli 0.21.0, bundle/bin/cmds/handlers.js): it runs the app with
  // CDKTF_OUTDIR and SYNTH_HCL_OUTPUT=true, then formats each stack's cdk.tf with @cdktf/hcl-tools. The test takes
  // the same two steps without the CLI's own start-up, which costs seconds; test/e2e/deploy.test.ts runs the CLI itself.
  withTerraform(`GIVEN the default topology WHEN synthesized as HCL THEN every stack passes \`terraform fmt -check\`${skipped}`, async () => {
    dir = mkdtempSync(join(tmpdir(), 'hcl-'));
    const out = join(dir, 'hcl.out');
    const run = runTs('main.ts', [], { cwd: dir, env: { TOPOLOGY_FILE: join(ROOT, 'topology.yaml'), CDKTF_OUTDIR: out, SYNTH_HCL_OUTPUT: 'true' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { stacks: Record<string, { synthesizedStackPath: string; workingDirectory: string }> };
    const stacks = Object.values(manifest.stacks);
    expect(stacks.map((stack) => stack.synthesizedStackPath).sort()).toEqual(['stacks/aws/cdk.tf', 'stacks/azure/cdk.tf', 'stacks/gcp/cdk.tf']);
    for (const stack of stacks) {
      const file = join(out, stack.synthesizedStackPath);
      const hcl = readFileSync(file, 'utf8');
      // Settings cdktf 0.21's HCL renderer would lose, written back by the kit (stacks/hcl-output.ts, overrides).
      expect(hcl).toMatch(/^\s*required_version = ">= 1\.11\.0"$/m);
      expect(hcl).toMatch(/variable "github_client_secret" \{[^}]*nullable = false\n[^}]*ephemeral = true\n/);
      writeFileSync(file, await format(hcl));
    }
    const problems = Object.fromEntries(Object.keys(manifest.stacks).map((name) => [name, fmtProblems(join(out, manifest.stacks[name].workingDirectory))]));
    expect(problems).toEqual({ aws: '', azure: '', gcp: '' });
  });
});
