import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runTs } from '../helpers/run';

describe('npm run synth (main.ts)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'synth-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN the default topology and no terraform on PATH WHEN synthesized THEN aws, gcp and azure stacks are written, each with its sizing plan', () => {
    copyFileSync(join(ROOT, 'topology.yaml'), join(dir, 'topology.yaml'));
    // Synthesis runs no other program: a fresh machine without Terraform synthesizes too.
    const run = runTs('main.ts', [], { cwd: dir, env: { PATH: join(dir, 'no-programs') } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const cloud of ['aws', 'gcp', 'azure']) {
      const json = JSON.parse(readFileSync(join(dir, 'cdktf.out/stacks', cloud, 'cdk.tf.json'), 'utf8'));
      expect(json.output.sizing_plan.value.containers).toBeGreaterThanOrEqual(40);
    }
  });

  it('GIVEN a bad topology file WHEN synthesized THEN one line per problem, exit 2, no stack trace and no output folder', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'name: Bad Name\ndomain: ci.example.com\nclouds: [aws, mars]\nbuilders: { containers: 0 }\n');
    const run = runTs('main.ts', [], { cwd: dir, env: { TOPOLOGY_FILE: 'bad.yaml' } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^bad\.yaml: \d+ problems/);
    expect(run.stderr).toMatch(/- name = "Bad Name": must be 2-20 characters/);
    expect(run.stderr).toMatch(/- clouds\[1\] = "mars": must be one of: aws, gcp, azure/);
    expect(run.stderr).toMatch(/- builders\.containers = 0: must be at least 1/);
    expect(run.stderr).toMatch(/- network: is required/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  it('GIVEN a missing topology file THEN the file is named, exit 2, nothing written', () => {
    const run = runTs('main.ts', [], { cwd: dir, env: { TOPOLOGY_FILE: 'nope.yaml' } });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('nope.yaml: 1 problem\n  - (file): does not exist');
    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
  });

  /** The default topology with a patch of its top-level lines, written into the test folder. */
  function topology(file: string, lines: Record<string, string> = {}): void {
    const text = Object.entries(lines).reduce((t, [key, line]) => t.replace(new RegExp(`^${key}: .*$`, 'm'), line), readFileSync(join(ROOT, 'topology.yaml'), 'utf8'));
    writeFileSync(join(dir, file), text);
  }

  it('GIVEN a folder holding one installation WHEN another topology is synthesized into it THEN both are named, exit 2 and the folder is untouched; with --replace-installation it is taken', () => {
    topology('topology.yaml', { clouds: 'clouds: [aws]' });
    topology('staging.yaml', { name: 'name: ci-staging', clouds: 'clouds: [aws]' });
    const out = { CDKTF_OUTDIR: 'cdktf.out.staging' };
    expect(runTs('main.ts', [], { cwd: dir, env: { ...out, TOPOLOGY_FILE: 'staging.yaml' } }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'cdktf.out.staging/installation.json'), 'utf8'))).toEqual({ name: 'ci-staging', topology: join(dir, 'staging.yaml'), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const before = readFileSync(join(dir, 'cdktf.out.staging/stacks/aws/cdk.tf.json'), 'utf8');
    const refused = runTs('main.ts', [], { cwd: dir, env: out });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'synth: cdktf.out.staging holds installation ci-staging (staging.yaml), not ci (topology.yaml): choose the output folder of ci, or give --replace-installation (KIT_REPLACE_INSTALLATION=1 under cdktf) to put ci there\n',
    );
    expect(readFileSync(join(dir, 'cdktf.out.staging/stacks/aws/cdk.tf.json'), 'utf8')).toBe(before);
    const replaced = runTs('main.ts', ['--replace-installation'], { cwd: dir, env: out });
    expect(replaced.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'cdktf.out.staging/installation.json'), 'utf8')).name).toBe('ci');
  });

  // One run for both: a nested output folder, and relative paths read from where the command was typed. An absolute
  // folder's state path is checked without a child process, in test/stacks/stacks.cases.ts.
  it('GIVEN `npm run synth` typed in a subfolder WHEN TOPOLOGY_FILE and a nested CDKTF_OUTDIR are relative THEN both are read from that subfolder (INIT_CWD), the stacks are written there and local state points into the project folder', () => {
    mkdirSync(join(dir, 'team'));
    topology('team/mine.yaml', { clouds: 'clouds: [aws]' });
    const out = 'build/out/two';
    const run = runTs('main.ts', [], { cwd: dir, env: { npm_lifecycle_event: 'synth', INIT_CWD: join(dir, 'team'), TOPOLOGY_FILE: 'mine.yaml', CDKTF_OUTDIR: out } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^wrote build\/out\/two\/stacks\/aws\/cdk\.tf\.json \(\d+ resources\)\n$/);
    const stackDir = join(dir, 'team', out, 'stacks/aws');
    const stack = JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8')) as { terraform: { backend: { local: { path: string } } } };
    expect(join(stackDir, stack.terraform.backend.local.path)).toBe(join(dir, 'terraform.ci.aws.tfstate'));
  });
});
