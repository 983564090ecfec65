import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { providersUnavailableReason } from '../../src/cli/provider-download';
import { TERRAFORM_STAND_IN, terraformCalls } from '../helpers/cdktf-cli';
import { ROOT, runTs } from '../helpers/run';

// `terraform init -backend=false -input=false -no-color` as Terraform 1.11 prints it on a machine without DNS.
const NO_DNS = `Initializing provider plugins...
- Finding hashicorp/aws versions matching "6.25.0"...

Error: Failed to query available provider packages

Could not retrieve the list of available versions for provider hashicorp/aws:
could not connect to registry.terraform.io: failed to request discovery
document: Get "https://registry.terraform.io/.well-known/terraform.json":
dial tcp: lookup registry.terraform.io on 10.255.255.53:53: no such host

To see which modules are currently depending on hashicorp/aws and what
versions are specified, run the following command:
    terraform providers
`;

// The same init on a broken configuration: a real failure, whatever the network.
const BROKEN_CONFIGURATION = `
Error: Terraform encountered problems during initialisation, including problems
with the configuration, described below.

The Terraform configuration must be valid before initialization so that
Terraform can determine which modules and providers need to be installed.

│ Error: Root value must be object
│
│   on cdk.tf.json line 1:
│    1: {"terraform": 1}, "oops"
│
│ The root value in a JSON-based configuration must be either a JSON object or
│ a JSON array of objects.
`;

describe('providersUnavailableReason (terraform init output)', () => {
  it('GIVEN a registry that cannot be resolved THEN the unwrapped paragraph naming it is the reason', () => {
    expect(providersUnavailableReason(NO_DNS)).toBe(
      'Could not retrieve the list of available versions for provider hashicorp/aws: could not connect to registry.terraform.io: failed to request discovery document: Get "https://registry.terraform.io/.well-known/terraform.json": dial tcp: lookup registry.terraform.io on 10.255.255.53:53: no such host',
    );
  });

  it('GIVEN the same output in colour and inside the diagnostics frame THEN the same reason', () => {
    const framed = NO_DNS.split('\n').map((line) => `\u001b[31m│\u001b[0m ${line}`).join('\n');
    expect(providersUnavailableReason(framed)).toBe(providersUnavailableReason(NO_DNS));
  });

  it('GIVEN a configuration error THEN it is not taken for a network problem', () => {
    expect(providersUnavailableReason(BROKEN_CONFIGURATION)).toBeUndefined();
  });
});

describe('npm run validate:terraform', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'validate-tf-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A synthesized output folder with two stacks: all the stand-in needs. */
  function outputFolder(): string {
    const out = join(dir, 'cdktf.out');
    const stacks: Record<string, object> = {};
    for (const name of ['aws', 'gcp']) {
      mkdirSync(join(out, 'stacks', name), { recursive: true });
      writeFileSync(join(out, 'stacks', name, 'cdk.tf.json'), '{}');
      stacks[name] = { name, workingDirectory: `stacks/${name}`, synthesizedStackPath: `stacks/${name}/cdk.tf.json` };
    }
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ stacks }));
    return out;
  }

  it('GIVEN no output folder, a registry that cannot be reached and no CI THEN it synthesizes, reports skipped with the reason and exit 0, never valid', () => {
    // A proxy that refuses every connection makes the registry unreachable here and on networked CI runners alike.
    const unreachable = { HTTPS_PROXY: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9', NO_PROXY: '', no_proxy: '' };
    const run = runTs('src/cli/validate-terraform.ts', [], { cwd: dir, env: { TOPOLOGY_FILE: join(ROOT, 'examples/topologies/staging.yaml'), CI: '', ...unreachable } });
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'cdktf.out/stacks/aws/cdk.tf.json'))).toBe(true);
    expect(run.stdout).toMatch(/^skipped: providers unavailable \(aws: .*(connection refused|is not on PATH).*\)$/m);
    expect(run.stdout).not.toMatch(/\bvalid\b|passed/i);
  });

  it('GIVEN a terraform whose validate reports an error THEN every error is printed with its stack and file, and exit 1', () => {
    const out = outputFolder();
    const log = join(dir, 'calls.log');
    const run = runTs('src/cli/validate-terraform.ts', ['--out', out], {
      env: { TERRAFORM_BINARY_NAME: TERRAFORM_STAND_IN, TERRAFORM_STAND_IN_LOG: log, TERRAFORM_STAND_IN_VALIDATE: 'invalid' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      'aws: error: Unsupported argument: An argument named "bogus" is not expected here. (cdk.tf.json:12)',
      'gcp: error: Unsupported argument: An argument named "bogus" is not expected here. (cdk.tf.json:12)',
      'invalid: aws, gcp',
    ]);
    expect(terraformCalls(log)).toEqual(
      ['aws', 'gcp'].flatMap((stack) => [
        { cwd: join(out, 'stacks', stack), args: 'init -backend=false -input=false -no-color' },
        { cwd: join(out, 'stacks', stack), args: 'validate -json -no-color' },
      ]),
    );
  });

  it('GIVEN a terraform that validates every stack THEN it names them valid and exits 0', () => {
    const run = runTs('src/cli/validate-terraform.ts', ['--out', outputFolder()], { env: { TERRAFORM_BINARY_NAME: TERRAFORM_STAND_IN } });
    expect(run.stdout).toBe('valid: aws, gcp\n');
    expect(run.status).toBe(0);
  });

  it('GIVEN no terraform at all and no CI THEN skipped for every stack, exit 0', () => {
    const run = runTs('src/cli/validate-terraform.ts', ['--out', outputFolder()], { env: { TERRAFORM_BINARY_NAME: join(dir, 'no-terraform-here'), CI: '' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(['aws', 'gcp'].map((stack) => `skipped: providers unavailable (${stack}: ${join(dir, 'no-terraform-here')} is not on PATH)\n`).join(''));
  });
});
