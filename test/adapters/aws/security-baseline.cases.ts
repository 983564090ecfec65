import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { only, ref, synthAws } from './support';

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** The statements of every inline IAM policy of the stack, by policy name. */
function statements(json: TerraformJson): Record<string, { Sid: string; Action: string[]; Resource: string[] }[]> {
  return Object.fromEntries(Object.entries(resourcesOf(json, 'aws_iam_role_policy')).map(([name, p]) => [name, JSON.parse(p.policy as string).Statement]));
}

describe('AWS security baseline', () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = synthAws();
  });

  test('GIVEN a VPC the kit creates WHEN synthesized THEN a flow log of all its traffic goes to a log group kept a year, written by a role only VPC Flow Logs assumes', () => {
    const [vpcName] = only(json, 'aws_vpc');
    const [groupName, group] = only(json, 'aws_cloudwatch_log_group');
    const [, flowLog] = only(json, 'aws_flow_log');
    expect(flowLog).toMatchObject({ vpc_id: ref('aws_vpc', vpcName, 'id'), traffic_type: 'ALL', log_destination_type: 'cloud-watch-logs', log_destination: ref('aws_cloudwatch_log_group', groupName, 'arn') });
    expect(group).toMatchObject({ name: '/aws/vpc/ci-flow-log', retention_in_days: 365 });
    expect(group).not.toHaveProperty('kms_key_id');
    const [roleName, role] = Object.entries(resourcesOf(json, 'aws_iam_role')).find(([, r]) => r.name === 'ci-flow-log') ?? [];
    expect(JSON.parse(role?.assume_role_policy as string).Statement[0].Principal).toEqual({ Service: 'vpc-flow-logs.amazonaws.com' });
    expect(flowLog.iam_role_arn).toBe(ref('aws_iam_role', roleName as string, 'arn'));
    const writes = Object.values(statements(json)).flat().find((s) => s.Sid === 'WriteFlowLog');
    expect(writes?.Resource).toEqual([`${ref('aws_cloudwatch_log_group', groupName, 'arn')}:*`]);
  });

  test('GIVEN an existing VPC WHEN synthesized THEN nothing is added to it: no flow log', () => {
    const existing = synthAws({ aws: { network: { existing: { vpcId: 'vpc-0abc12345def67890', subnetIds: ['subnet-0abc12345def67890'] } }, servicesBox: { privateIp: '10.0.0.25' } } });
    expect(resourcesOf(existing, 'aws_flow_log')).toEqual({});
    expect(resourcesOf(existing, 'aws_cloudwatch_log_group')).toEqual({});
  });

  test('GIVEN dns.create in eu-west-1 WHEN synthesized THEN the new zone is DNSSEC-signed with a P-256 KMS key in us-east-1, query-logged to us-east-1, and its DS record is an output', () => {
    const created = synthAws({ clouds: ['aws'], gcp: undefined, azure: undefined, dns: { create: true }, aws: { region: 'eu-west-1' } });
    const [zoneName] = only(created, 'aws_route53_zone');
    const [keyName, key] = only(created, 'aws_kms_key');
    expect(key).toMatchObject({ region: 'us-east-1', customer_master_key_spec: 'ECC_NIST_P256', key_usage: 'SIGN_VERIFY' });
    const policy = JSON.parse(key.policy as string);
    expect(policy.Statement.map((s: { Principal: unknown }) => s.Principal)).not.toContainEqual({ AWS: '*' });
    expect(policy.Statement.find((s: { Sid: string }) => s.Sid === 'Route53DnssecSigns').Action).toEqual(['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign']);
    const [kskName, ksk] = only(created, 'aws_route53_key_signing_key');
    expect(ksk).toMatchObject({ hosted_zone_id: ref('aws_route53_zone', zoneName, 'zone_id'), key_management_service_arn: ref('aws_kms_key', keyName, 'arn') });
    expect(only(created, 'aws_route53_hosted_zone_dnssec')[1]).toMatchObject({ signing_status: 'SIGNING', depends_on: [`aws_route53_key_signing_key.${kskName}`] });

    const [, queryLog] = only(created, 'aws_route53_query_log');
    const [groupName, group] = Object.entries(resourcesOf(created, 'aws_cloudwatch_log_group')).find(([, g]) => String(g.name).startsWith('/aws/route53/')) ?? [];
    expect(group).toMatchObject({ name: '/aws/route53/example.com/ci', region: 'us-east-1', retention_in_days: 365 });
    expect(queryLog).toMatchObject({ zone_id: ref('aws_route53_zone', zoneName, 'zone_id'), cloudwatch_log_group_arn: ref('aws_cloudwatch_log_group', groupName as string, 'arn') });
    const [policyName, resourcePolicy] = only(created, 'aws_cloudwatch_log_resource_policy');
    expect(resourcePolicy.region).toBe('us-east-1');
    expect(JSON.parse(resourcePolicy.policy_document as string).Statement[0]).toMatchObject({ Principal: { Service: 'route53.amazonaws.com' }, Action: ['logs:CreateLogStream', 'logs:PutLogEvents'] });
    expect(queryLog.depends_on).toEqual([`aws_cloudwatch_log_resource_policy.${policyName}`]);
    expect(created.output?.dns_ds_record?.value).toBe(ref('aws_route53_key_signing_key', kskName, 'ds_record'));
  });

  test('GIVEN a zone the kit does not create WHEN synthesized THEN it is neither signed nor logged by the kit', () => {
    for (const type of ['aws_kms_key', 'aws_route53_key_signing_key', 'aws_route53_query_log']) expect(resourcesOf(json, type)).toEqual({});
    expect(json.output?.dns_ds_record).toBeUndefined();
  });

  test('GIVEN aws.kmsKeyArn WHEN synthesized THEN secrets, both root volumes and the flow log use the key, and each box may decrypt with it', () => {
    const keyed = synthAws({ aws: { kmsKeyArn: KEY } });
    for (const secret of Object.values(resourcesOf(keyed, 'aws_secretsmanager_secret'))) expect(secret.kms_key_id).toBe(KEY);
    expect((only(keyed, 'aws_instance')[1].root_block_device as { kms_key_id: string }).kms_key_id).toBe(KEY);
    expect((only(keyed, 'aws_launch_template')[1].block_device_mappings as { ebs: { kms_key_id: string } }[])[0].ebs.kms_key_id).toBe(KEY);
    expect(only(keyed, 'aws_cloudwatch_log_group')[1].kms_key_id).toBe(KEY);
    const decrypts = Object.values(statements(keyed)).flat().filter((s) => s.Sid === 'DecryptOwnSecrets');
    expect(decrypts).toEqual([
      { Sid: 'DecryptOwnSecrets', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [KEY] },
      { Sid: 'DecryptOwnSecrets', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [KEY] },
    ]);
    expect(Object.values(statements(json)).flat().filter((s) => s.Sid === 'DecryptOwnSecrets')).toEqual([]);
    for (const secret of Object.values(resourcesOf(json, 'aws_secretsmanager_secret'))) expect(secret).not.toHaveProperty('kms_key_id');
  });
});
