import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'cdktf';
import { loadTopologyFile, resolveAll } from '../../src/topology';
import { addInstallationStack } from '../../stacks/installation-stack';
import { ROOT, runTs } from '../helpers/run';
import type { TerraformJson } from '../helpers/synth';

const STAGING = join(ROOT, 'examples/topologies/staging.yaml');
const PRODUCTION = join(ROOT, 'examples/topologies/production.yaml');

describe('several installations side by side (TOPOLOGY_FILE + CDKTF_OUTDIR)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'installations-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function stackJson(out: string, cloud: string): TerraformJson {
    return JSON.parse(readFileSync(join(dir, out, 'stacks', cloud, 'cdk.tf.json'), 'utf8')) as TerraformJson;
  }

  it('GIVEN production synthesized to one folder WHEN `npm run synth` runs with the staging file and another CDKTF_OUTDIR THEN each folder holds its own installation and state keys', () => {
    const production = new App({ outdir: join(dir, 'cdktf.out.production') });
    for (const topology of resolveAll(loadTopologyFile(PRODUCTION), PRODUCTION)) addInstallationStack(production, topology);
    production.synth();

    const run = runTs('main.ts', [], { cwd: dir, env: { TOPOLOGY_FILE: STAGING, CDKTF_OUTDIR: 'cdktf.out.staging' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    expect(existsSync(join(dir, 'cdktf.out'))).toBe(false);
    const manifest = (out: string) => Object.keys((JSON.parse(readFileSync(join(dir, out, 'manifest.json'), 'utf8')) as { stacks: object }).stacks).sort();
    expect(manifest('cdktf.out.staging')).toEqual(['aws']);
    expect(manifest('cdktf.out.production')).toEqual(['aws', 'azure', 'gcp']);

    const backend = (out: string, cloud: string) => stackJson(out, cloud).terraform?.backend as Record<string, Record<string, unknown>>;
    expect(backend('cdktf.out.staging', 'aws').s3).toMatchObject({ key: 'circleci/staging/aws.tfstate', use_lockfile: true });
    expect(backend('cdktf.out.production', 'aws').s3).toMatchObject({ key: 'circleci/production/aws.tfstate', use_lockfile: true });
    expect(backend('cdktf.out.production', 'gcp').gcs).toMatchObject({ prefix: 'circleci/production/gcp' });
    expect(backend('cdktf.out.production', 'azure').azurerm).toMatchObject({ key: 'circleci/production/azure.tfstate' });
    expect(JSON.stringify(stackJson('cdktf.out.staging', 'aws'))).toContain('"ci-staging-services-box"');
    expect(JSON.stringify(stackJson('cdktf.out.production', 'aws'))).not.toContain('ci-staging');
  });
});
