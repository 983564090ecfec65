import { TerraformStack, Testing } from 'cdktf';
import type { Cloud } from '../../src/cloud';
import { configureBackend } from '../../stacks/backend';
import { resolvedFor } from '../helpers/topology';
import { synthCloud, type TerraformJson } from '../helpers/synth';

function backend(json: TerraformJson): Record<string, unknown> {
  return (json.terraform as { backend: Record<string, unknown> }).backend;
}

/** The backend block alone: a bare stack with only the backend configured, far cheaper than a whole installation. */
function backendFor(cloud: Cloud, patch: Record<string, unknown> = {}): Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), cloud);
  configureBackend(stack, cloud, resolvedFor(cloud, patch));
  return backend(JSON.parse(Testing.synth(stack)) as TerraformJson);
}

describe('stacks', () => {
  const defaults = {} as Record<Cloud, TerraformJson>;
  beforeAll(() => {
    for (const cloud of ['aws', 'gcp', 'azure'] as const) defaults[cloud] = synthCloud(cloud);
  });

  it('GIVEN no backend in the topology WHEN each stack is synthesized THEN state is local, per installation, in the project folder outside cdktf.out', () => {
    for (const cloud of ['aws', 'gcp', 'azure'] as const) {
      expect(backend(defaults[cloud])).toEqual({ local: { path: `../../../terraform.ci.${cloud}.tfstate` } });
      expect(backendFor(cloud, { name: 'ci-staging' })).toEqual({ local: { path: `../../../terraform.ci-staging.${cloud}.tfstate` } });
    }
  });

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
    expect(azure.provider?.azurerm).toEqual([expect.objectContaining({ features: [{}], subscription_id: '00000000-0000-4000-8000-000000000000' })]);
  });
});
