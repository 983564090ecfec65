import { realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectCopy, runCdktf } from '../helpers/cdktf-cli';
import { leaked, pastedSecretsTopology } from '../secrets/pasted-secrets';

describe('a secret pasted into the topology is echoed by no cdktf command (real CLI, terraform stand-in)', () => {
  let project: string;
  beforeAll(() => {
    project = realpathSync(projectCopy('cdktf-secrets-'));
    writeFileSync(join(project, 'topology.yaml'), pastedSecretsTopology());
  });
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it.each([
    ['synth', ['synth']],
    ['deploy', ['deploy', '--stack', 'aws', '--auto-approve']],
  ])('GIVEN every secret pasted as a value WHEN `npx cdktf %s` THEN it fails, names the secret paths and prints none of the secrets', async (name, args) => {
    const run = await runCdktf(project, name, args);
    expect(leaked(run.stdout + run.stderr)).toEqual([]);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('secretPassphrase: value withheld (a secret is never shown)');
    expect(run.terraform.map((call) => call.args)).not.toContain('apply -auto-approve');
  }, 120000);
});
