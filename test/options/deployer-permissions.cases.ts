import { CLOUDS } from '../../src/cloud';
import { DEPLOYER_PERMISSIONS, stackPermissions, typesOf } from '../../src/review/deployer-permissions';
import { synthesizeAll } from './stacks';
import { VARIANTS, type VariantName } from './variants';

const VARIANT_NAMES = Object.keys(VARIANTS) as VariantName[];

describe('the deployer’s permissions, read from what the stacks contain', () => {
  // Every option-table variant on every cloud: together they render every type the adapters can emit.
  const synth = synthesizeAll(VARIANT_NAMES.flatMap((variant) => CLOUDS.map((cloud) => [variant, cloud] as const)));

  it.each(CLOUDS)('GIVEN every variant synthesized for %s THEN every resource and data source type has an entry in the cloud’s table', (cloud) => {
    for (const variant of VARIANT_NAMES) expect({ variant, unknown: stackPermissions(cloud, synth(variant, cloud).json).unknownTypes }).toEqual({ variant, unknown: [] });
  });

  it.each(CLOUDS)('GIVEN the %s table THEN every entry is a type some variant emits (no entry outlives its resource)', (cloud) => {
    const emitted = new Set(VARIANT_NAMES.flatMap((variant) => typesOf(synth(variant, cloud).json)));
    expect(Object.keys(DEPLOYER_PERMISSIONS[cloud].byType).filter((type) => !emitted.has(type))).toEqual([]);
  });

  it('GIVEN the Azure stack with every option THEN role assignments and locks need User Access Administrator besides Contributor, which a Contributor alone lacks', () => {
    const result = stackPermissions('azure', synth('everything', 'azure').json);
    expect(result.needs).toEqual(expect.arrayContaining(['Contributor', 'User Access Administrator']));
    expect(result.why['User Access Administrator']).toEqual(expect.arrayContaining(['azurerm_role_assignment']));
  });

  it('GIVEN the AWS stack with every option THEN the listing names the actions of the Elastic IP, the instance profile hand-over and the zone lookup', () => {
    const result = stackPermissions('aws', synth('everything', 'aws').json);
    expect(result.needs).toEqual(expect.arrayContaining(['ec2:AssociateAddress', 'iam:PassRole', 'ec2:DescribeAvailabilityZones', 's3:PutObject']));
    expect(result.why['s3:PutObject']).toEqual(['s3 state backend']);
    expect(result.needs.every((action) => /^[a-z0-9-]+:[A-Za-z0-9]+$/.test(action))).toBe(true);
  });

  it('GIVEN the GCP stack with every option THEN enabling APIs and firewall rules have their roles', () => {
    const result = stackPermissions('gcp', synth('everything', 'gcp').json);
    expect(result.needs).toEqual(expect.arrayContaining(['roles/serviceusage.serviceUsageAdmin', 'roles/compute.securityAdmin', 'roles/iam.serviceAccountUser']));
    expect(result.needs.every((role) => role.startsWith('roles/'))).toBe(true);
  });

  it('GIVEN local state THEN no backend permission is listed', () => {
    const result = stackPermissions('aws', { terraform: { backend: { local: { path: 'x' } } }, data: { aws_ami: { a: {} } } });
    expect(result.needs).toEqual(['ec2:DescribeImages']);
  });

  it('GIVEN a stack with a type the table lacks THEN it is reported, not dropped', () => {
    expect(stackPermissions('aws', { resource: { aws_s3_bucket: { b: {} } } }).unknownTypes).toEqual(['aws_s3_bucket']);
  });
});
