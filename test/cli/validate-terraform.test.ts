import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TERRAFORM_STAND_IN, terraformCalls } from '../helpers/cdktf-cli';
import { ROOT, runTs } from '../helpers/run';

const CLI = 'src/cli/validate-terraform.ts';

describe('npm run validate:terraform: no check that could not run passes in CI, and only the topology\'s own folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'validate-tf-unit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A synthesized output folder with an aws stack, recorded for an installation: all the stand-in needs. */
  function outputFolder(installation?: { name: string; topology: string }): string {
    const out = join(dir, 'cdktf.out');
    mkdirSync(join(out, 'stacks', 'aws'), { recursive: true });
    writeFileSync(join(out, 'stacks', 'aws', 'cdk.tf.json'), '{}');
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ stacks: { aws: { name: 'aws', workingDirectory: 'stacks/aws', synthesizedStackPath: 'stacks/aws/cdk.tf.json' } } }));
    if (installation) writeFileSync(join(out, 'installation.json'), JSON.stringify({ ...installation, sha256: '0'.repeat(64) }));
    return out;
  }

  const NO_TERRAFORM = () => ({ TERRAFORM_BINARY_NAME: join(dir, 'no-terraform-here'), CI: '' });

  it('GIVEN no terraform and no CI THEN skipped, exit 0 (a machine without network may still run the other checks)', () => {
    const run = runTs(CLI, ['--out', outputFolder()], { env: NO_TERRAFORM() });
    expect(run.stdout).toBe(`skipped: providers unavailable (aws: ${join(dir, 'no-terraform-here')} is not on PATH)\n`);
    expect(run.status).toBe(0);
  });

  it.each([
    ['CI=true', [], { CI: 'true' }, 'CI is set'],
    ['--require', ['--require'], {}, '--require'],
  ])('GIVEN no terraform and %s THEN skipped and not validated, exit 1', (_what, args, env, because) => {
    const run = runTs(CLI, ['--out', outputFolder(), ...args], { env: { ...NO_TERRAFORM(), ...env } });
    expect(run.stdout).toBe(
      `skipped: providers unavailable (aws: ${join(dir, 'no-terraform-here')} is not on PATH)\nnot validated: aws (${because}: a check that could not run fails)\n`,
    );
    expect(run.status).toBe(1);
  });

  it('GIVEN a missing topology file THEN it is named, exit 2, and terraform never runs on what the folder holds', () => {
    const log = join(dir, 'calls.log');
    const run = runTs(CLI, ['--out', outputFolder()], { env: { TOPOLOGY_FILE: 'nope.yaml', TERRAFORM_BINARY_NAME: TERRAFORM_STAND_IN, TERRAFORM_STAND_IN_LOG: log } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('validate:terraform: nope.yaml: 1 problem\n  - (file): does not exist\n');
    expect(terraformCalls(log)).toEqual([]);
  });

  it('GIVEN a folder that holds another installation THEN both are named, exit 2, and terraform never runs there', () => {
    const log = join(dir, 'calls.log');
    const out = outputFolder({ name: 'ci-staging', topology: join(ROOT, 'examples/topologies/staging.yaml') });
    const run = runTs(CLI, ['--out', out], { env: { TERRAFORM_BINARY_NAME: TERRAFORM_STAND_IN, TERRAFORM_STAND_IN_LOG: log } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `validate:terraform: ${out} holds installation ci-staging (examples/topologies/staging.yaml), not ci (topology.yaml): choose the output folder of ci, or give --replace-installation (KIT_REPLACE_INSTALLATION=1 under cdktf) to put ci there\n`,
    );
    expect(terraformCalls(log)).toEqual([]);
  });
});
