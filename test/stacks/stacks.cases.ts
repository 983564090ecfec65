import { resolve } from 'node:path';
import { TerraformStack, Testing } from 'cdktf';
import type { Cloud } from '../../src/cloud';
import { configureBackend, localStatePath } from '../../stacks/backend';
import { resolvedFor } from '../helpers/topology';
import { synthCloud, type TerraformJson } from '../helpers/synth';
import { testApp } from '../helpers/app';

function backend(json: TerraformJson): Record<string, unknown> {
  return (json.terraform as { backend: Record<string, unknown> }).backend;
}

/** The backend block alone: a bare stack with only the backend configured, far cheaper than a whole installation. */
function backendFor(cloud: Cloud, patch: Record<string, unknown> = {}): Record<string, unknown> {
  const stack = new TerraformStack(testApp(), cloud);
  configureBackend(stack, cloud, resolvedFor(cloud, patch));
  return backend(JSON.parse(Testing.synth(stack)) as TerraformJson);
}

describe('stacks', () => {
  const defaults = {} as Record<Cloud, TerraformJson>;
  beforeAll(() => {
    for (const cloud of ['aws', 'gcp', 'azure'] as const) defaults[cloud] = synthCloud(cloud);
  });

  it('GIVEN each cloud THEN the stack requires Terraform 1.11, for the write-only secret arguments', () => {
    for (const cloud of ['aws', 'gcp', 'azure'] as const) expect((defaults[cloud].terraform as { required_version?: string }).required_version).toBe('>= 1.11.0');
  });

  it('GIVEN a raised version on one secret WHEN each stack is synthesized THEN that secret alone gets a new write-only version, so a plan shows the rotation', () => {
    const writeOnly: Record<Cloud, { readonly type: string; readonly value: string; readonly version: string }> = {
      aws: { type: 'aws_secretsmanager_secret_version', value: 'secret_string_wo', version: 'secret_string_wo_version' },
      gcp: { type: 'google_secret_manager_secret_version', value: 'secret_data_wo', version: 'secret_data_wo_version' },
      azure: { type: 'azurerm_key_vault_secret', value: 'value_wo', version: 'value_wo_version' },
    };
    for (const cloud of ['aws', 'gcp', 'azure'] as const) {
      const { type, value, version } = writeOnly[cloud];
      const versions = (json: TerraformJson) =>
        Object.fromEntries(Object.values(json.resource?.[type] ?? {}).map((r) => [String((r as Record<string, unknown>)[value]), (r as Record<string, unknown>)[version]]));
      const rotated = synthCloud(cloud, { github: { clientSecret: { variable: 'github_client_secret', version: 2 } } });
      expect(versions(rotated)).toEqual({ ...versions(defaults[cloud]), '${var.github_client_secret}': 2 });
      expect(versions(defaults[cloud])['${var.github_client_secret}']).toBe(1);
    }
  });

  it('GIVEN no backend in the topology WHEN each stack is synthesized THEN state is local, per installation, in the project folder outside the output folder', () => {
    for (const cloud of ['aws', 'gcp', 'azure'] as const) {
      // The app's output folder is under the system's temporary folder.
      const stateFile = (name: string) => {
        const app = testApp();
        const stack = new TerraformStack(app, cloud);
        configureBackend(stack, cloud, resolvedFor(cloud, { name }));
        const { local } = backend(JSON.parse(Testing.synth(stack)) as TerraformJson) as { local: { path: string } };
        return resolve(app.outdir, 'stacks', cloud, local.path);
      };
      expect(stateFile('ci')).toBe(resolve(`terraform.ci.${cloud}.tfstate`));
      expect(stateFile('ci-staging')).toBe(resolve(`terraform.ci-staging.${cloud}.tfstate`));
      expect(localStatePath('cdktf.out', cloud, 'ci')).toBe(`../../../terraform.ci.${cloud}.tfstate`);
    }
  });

  it.each([['an absolute folder', '/tmp/elsewhere/out'], ['a nested folder', 'build/out/two'], ['a folder above the project', '../outside']])(
    'GIVEN %s as the output folder WHEN a stack is synthesized THEN its local state path, read from the stack folder, is the project folder\'s state file',
    (_what, outdir) => {
      const path = localStatePath(outdir, 'aws', 'ci', '/work/project');
      expect(resolve(outdir, 'stacks', 'aws', path)).toBe('/work/project/terraform.ci.aws.tfstate');
    },
  );

  it('GIVEN S3 / GCS / azurerm backends THEN each stack uses its remote state, S3 with native locking and encryption', () => {
    expect(backendFor('aws', { aws: { backend: { s3: { bucket: 'acme-tf-state', key: 'ci/aws.tfstate' } } } })).toEqual({ s3: { bucket: 'acme-tf-state', key: 'ci/aws.tfstate', region: 'us-east-1', encrypt: true, use_lockfile: true } });
    expect(backendFor('gcp', { gcp: { backend: { gcs: { bucket: 'acme-tf-state' } } } })).toEqual({ gcs: { bucket: 'acme-tf-state', prefix: 'circleci/ci/gcp' } });
    const azurerm = { resourceGroupName: 'tfstate', storageAccountName: 'acmetfstate', containerName: 'tfstate' };
    expect(backendFor('azure', { azure: { backend: { azurerm } } })).toEqual({
      azurerm: { resource_group_name: 'tfstate', storage_account_name: 'acmetfstate', container_name: 'tfstate', key: 'circleci/ci/azure.tfstate' },
    });
  });

  it('GIVEN a legacy DynamoDB lock table THEN S3 uses it instead of native locking', () => {
    const s3 = backendFor('aws', { aws: { backend: { s3: { bucket: 'acme-tf-state', dynamodbTable: 'tf-locks' } } } });
    expect(s3).toMatchObject({ s3: { dynamodb_table: 'tf-locks' } });
    expect(s3.s3).not.toHaveProperty('use_lockfile');
  });

  it('GIVEN each cloud THEN the provider is configured from the topology and the sizing plan is an output', () => {
    const aws = defaults.aws;
    expect(aws.provider?.aws).toEqual([expect.objectContaining({ region: 'us-east-1', default_tags: [{ tags: expect.objectContaining({ installation: 'ci', team: 'platform' }) }] })]);
    expect(aws.output?.sizing_plan.value).toEqual(
      expect.objectContaining({ instance_type: 'c6i.12xlarge', containers_per_builder: 23, builders: 2, containers: 46, builders_hourly_usd: 4.08, services_box_instance_type: 'm5.4xlarge' }),
    );
    const gcp = defaults.gcp;
    expect(gcp.provider?.google).toEqual([expect.objectContaining({ project: 'example-ci-project', region: 'us-central1' })]);
    const azure = synthCloud('azure', { azure: { subscriptionId: '00000000-0000-4000-8000-000000000000' } });
    expect(azure.provider?.azurerm).toEqual([expect.objectContaining({ features: [{ key_vault: [{ purge_soft_delete_on_destroy: true }] }], subscription_id: '00000000-0000-4000-8000-000000000000' })]);
  });
});
