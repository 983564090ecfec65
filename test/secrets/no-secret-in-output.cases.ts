import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { App } from 'cdktf';
import { CLOUDS } from '../../src/cloud';
import { parseTopology, resolveAll } from '../../src/topology';
import { addInstallationStack } from '../../stacks/installation-stack';
import { ROOT, runTs } from '../helpers/run';
import { defaultTopologyData, merge } from '../helpers/topology';

// Assembled so that secret scanners do not flag this repository for a key that is not one.
const PEM = (kind: string, body: string) => `-----BEGIN ${kind}-----\n${body}\n-----END ${kind}-----\n`;
const PRIVATE_KEY = `${'PRIVATE'} KEY`;

/**
 * The value of every sensitive variable, as an operator would set it with `TF_VAR_<name>` at deploy time. Each holds
 * a sentinel no part of the kit could produce by chance.
 */
const SENTINELS = {
  github_client_secret: 'SENTINELgithubClientSecret7f3a9c1e5b',
  circle_secret_passphrase: 'SENTINELcirclePassphrase2d8e4f6a0c',
  tls_private_key: 'SENTINELtlsPrivateKeyMaterial9b1d3f5e7a',
  tls_certificate_chain: 'SENTINELtlsCertificateChain4c6e8a0b2d',
  // The self-signed variant names its passphrase variable itself.
  ci_passphrase: 'SENTINELcustomPassphraseVar6a8c0e2f4b',
};

/** What the operator's environment holds at synth time: the secrets, the key and chain as real PEM blocks. */
function secretEnvironment(): Record<string, string> {
  const value = (name: keyof typeof SENTINELS) =>
    name === 'tls_private_key' ? PEM(PRIVATE_KEY, `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${SENTINELS[name]}`) : name === 'tls_certificate_chain' ? PEM('CERTIFICATE', `MIIDdzCCAl+gAwIBAgIE${SENTINELS[name]}`) : SENTINELS[name];
  return Object.fromEntries(Object.keys(SENTINELS).map((name) => [`TF_VAR_${name}`, value(name as keyof typeof SENTINELS)]));
}

/**
 * The base64 forms a text would take inside an encoded blob (user data, custom data): standard and URL-safe, at each
 * of the three byte alignments, keeping only the characters that depend on the text alone.
 */
function base64Forms(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  return [0, 1, 2].flatMap((pad) => {
    const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    const core = encoded.slice([0, 2, 3][pad], Math.floor(((pad + bytes.length) * 8) / 6));
    return [core, core.replace(/\+/g, '-').replace(/\//g, '_')];
  });
}

/** Every file under a folder, with its text. */
function filesUnder(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ file: relative(dir, file), text: readFileSync(file, 'latin1') }));
}

/** THEN no sentinel, no base64 of one and no PEM private key block appears in any file of the output folder. */
function leaksIn(dir: string): string[] {
  const needles = [...new Set(Object.values(SENTINELS).flatMap((sentinel) => [sentinel, ...base64Forms(sentinel)]))];
  return filesUnder(dir).flatMap(({ file, text }) => [
    ...needles.filter((needle) => text.includes(needle)).map((needle) => `${file}: ${needle}`),
    ...(/-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/.test(text) ? [`${file}: a PEM private key block`] : []),
  ]);
}

type Stack = { variable?: Record<string, { sensitive?: boolean; nullable?: boolean; ephemeral?: boolean; default?: unknown }> };

/** The synthesized stack of each cloud. */
function stacksIn(dir: string): Record<string, Stack> {
  return Object.fromEntries(CLOUDS.map((cloud) => [cloud, JSON.parse(readFileSync(join(dir, 'stacks', cloud, 'cdk.tf.json'), 'utf8')) as Stack]));
}

/** THEN each variable the topology names as a secret is declared sensitive, ephemeral, not nullable, with no default, in every stack. */
function expectSensitive(stacks: Record<string, Stack>, variables: readonly string[]): void {
  for (const [cloud, stack] of Object.entries(stacks)) {
    for (const name of variables) {
      expect({ cloud, name, variable: stack.variable?.[name] }).toEqual({ cloud, name, variable: expect.objectContaining({ sensitive: true, ephemeral: true, nullable: false }) });
      expect({ cloud, name, hasDefault: 'default' in (stack.variable?.[name] ?? {}) }).toEqual({ cloud, name, hasDefault: false });
    }
  }
}

describe('no secret leaves through the synthesized output', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'secrets-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN the sentinels themselves WHEN searched for THEN the search finds each of them, encoded or not', () => {
    writeFileSync(join(dir, 'probe.txt'), `x${Buffer.from(`ab${SENTINELS.github_client_secret}yz`).toString('base64url')}x\n${PEM(PRIVATE_KEY, 'MIIE')}`);
    expect(leaksIn(dir)).toEqual([expect.stringMatching(/probe\.txt: [\w-]+$/), 'probe.txt: a PEM private key block']);
    rmSync(join(dir, 'probe.txt'));
  });

  it('GIVEN every secret a sensitive variable set in the environment WHEN `npm run synth -- --module` writes every cloud THEN no sentinel, base64 of one or private key is in any file, and the variables are sensitive without default', () => {
    const out = join(dir, 'provided');
    writeFileSync(join(dir, 'provided.yaml'), readFileSync(join(ROOT, 'topology.yaml'), 'utf8'));
    const run = runTs('main.ts', ['--module'], { cwd: dir, env: { ...secretEnvironment(), TOPOLOGY_FILE: 'provided.yaml', CDKTF_OUTDIR: out } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(filesUnder(out).map((f) => f.file)).toEqual(expect.arrayContaining(CLOUDS.map((cloud) => join('stacks', cloud, 'cdk.tf.json'))));
    expect(leaksIn(out)).toEqual([]);
    expectSensitive(stacksIn(out), ['github_client_secret', 'circle_secret_passphrase', 'tls_private_key', 'tls_certificate_chain']);
  });

  it('GIVEN a self-signed certificate, existing secrets and a passphrase variable of its own name WHEN every cloud is synthesized into a folder THEN no sentinel, base64 of one or private key is in any file', () => {
    const out = join(dir, 'self-signed');
    const existing = {
      aws: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:REFERENCEgithub-xyz',
      gcp: 'projects/example-ci-project/secrets/REFERENCEgithub',
      azure: 'https://ci-vault.vault.azure.net/secrets/REFERENCEgithub',
    };
    const data = merge(defaultTopologyData(), {
      certificate: { mode: 'self-signed', validityDays: 30 },
      github: { clientSecret: { variable: undefined, existing } },
      secretPassphrase: { variable: 'ci_passphrase' },
    });
    const saved = { ...process.env };
    Object.assign(process.env, secretEnvironment());
    try {
      const app = new App({ outdir: out });
      for (const topology of resolveAll(parseTopology(data))) addInstallationStack(app, topology);
      app.synth();
    } finally {
      for (const key of Object.keys(secretEnvironment())) if (saved[key] === undefined) delete process.env[key];
    }
    expect(leaksIn(out)).toEqual([]);
    expectSensitive(stacksIn(out), ['ci_passphrase']);
    // References are not secrets: the existing secret is named, so boxes can fetch it.
    expect(filesUnder(out).some(({ text }) => text.includes('REFERENCEgithub'))).toBe(true);
  });
});
