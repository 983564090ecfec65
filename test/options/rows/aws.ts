import type { TerraformJson } from '../../helpers/synth';
import { rendered, type Row } from '../cells';
import { all, allData, one, renderedFleet } from '../terraform';
import { builderTypesRow } from './families';

const s3 = (json: TerraformJson) => (json.terraform?.backend as { s3: Record<string, unknown> }).s3;

/** The AMI id a role's image lookup pins, from the data source its instance or template references. */
function pinnedAmi(json: TerraformJson, reference: string): string | undefined {
  const name = /^\$\{data\.aws_ami\.([\w-]+)\.id\}$/.exec(reference)?.[1] ?? '';
  const filters = (json.data?.aws_ami?.[name]?.filter ?? []) as { name: string; values: string[] }[];
  return filters.find((f) => f.name === 'image-id')?.values[0];
}


/** The aws section. */
export const AWS_ROWS: readonly Row[] = [
  {
    path: 'aws.region',
    aws: rendered('everything', 'provider `region`', (json) => (json.provider?.aws?.[0] as { region: string }).region, 'eu-west-1', {
      refuses: { patch: { aws: { region: 'eu-west-9' } }, message: /is not one of the AWS regions the kit knows/, what: 'a region not in the kit’s table' },
    }),
  },
  { path: 'aws.network.vpcCidr', aws: rendered('everything', '`aws_vpc.cidr_block`, subnets carved from it', (json) => one(json, 'aws_vpc').cidr_block, '10.70.0.0/16') },
  {
    path: 'aws.network.availabilityZones',
    aws: rendered('everything', 'one public subnet per zone', (json) => all(json, 'aws_subnet').filter((s) => /-public-az\d$/.test(s.tags.Name)).length, 3, {
      refuses: { patch: { aws: { region: 'eu-west-3', network: { availabilityZones: 4 } } }, message: /is more than the 3 availability zones of eu-west-3/, what: 'more zones than the region has' },
    }),
  },
  {
    path: 'aws.network.privateBuilders',
    aws: rendered('everything', 'private subnets behind a NAT gateway; no public builder addresses', (json) => [all(json, 'aws_nat_gateway').length, one(json, 'aws_launch_template').network_interfaces[0].associate_public_ip_address], [1, 'false']),
  },
  { path: 'aws.network.existing.vpcId', aws: rendered('alternatives', 'security groups’ `vpc_id`; no VPC created', (json) => [...new Set(all(json, 'aws_security_group').map((g) => g.vpc_id)), all(json, 'aws_vpc').length], ['vpc-0abc12345def67890', 0]) },
  {
    path: 'aws.network.existing.subnetIds',
    aws: rendered(
      'alternatives',
      'services box `subnet_id` (the first); each subnet looked up with a postcondition that it is in the VPC',
      (json) => [one(json, 'aws_instance').subnet_id, allData(json, 'aws_subnet').filter((s) => s.lifecycle?.postcondition?.[0]?.condition === '${self.vpc_id == "vpc-0abc12345def67890"}').map((s) => s.id).sort()],
      ['subnet-0abc12345def67890', ['subnet-0abc12345def67890', 'subnet-0abc12345def67891', 'subnet-0abc12345def67892', 'subnet-0abc12345def67893']],
    ),
  },
  {
    path: 'aws.network.existing.builderSubnetIds',
    aws: rendered('alternatives', 'group `vpc_zone_identifier`', (json) => one(json, 'aws_autoscaling_group').vpc_zone_identifier, ['subnet-0abc12345def67892', 'subnet-0abc12345def67893']),
  },
  { path: 'aws.servicesBox.instanceType', aws: rendered('alternatives', '`aws_instance.instance_type`', (json) => one(json, 'aws_instance').instance_type, 'm6i.8xlarge') },
  { path: 'aws.servicesBox.image', aws: rendered('alternatives', 'AMI looked up by `image-id`', (json) => pinnedAmi(json, one(json, 'aws_instance').ami), 'ami-0123456789abcdef0') },
  {
    path: 'aws.servicesBox.privateIp',
    aws: rendered('everything', '`aws_instance.private_ip`', (json) => one(json, 'aws_instance').private_ip, '10.70.0.20', {
      refuses: { patch: { aws: { network: { existing: { vpcId: 'vpc-0abc12345def67890', subnetIds: ['subnet-0abc12345def67890'] } } } }, message: /is required with aws.network.existing/, what: 'left out with an existing network' },
    }),
  },
  {
    path: 'aws.builders.instanceType',
    aws: rendered('alternatives', 'launch template `instance_type`', (json) => renderedFleet('aws', json).instanceType, 'c6i.8xlarge', {
      refuses: [
        { patch: { builders: { arch: 'arm64', install: { method: 'none' } }, aws: { builders: { instanceType: 'c6i.8xlarge' } } }, message: /is an x86_64 type and builders.arch is arm64/, what: 'a type of the other arch' },
        { patch: { aws: { region: 'eu-west-3', builders: { instanceType: 'c7a.8xlarge' } } }, message: /is a c7a type, a family eu-west-3 does not offer/, what: 'a family the region does not offer (where known)' },
      ],
    }),
  },
  { path: 'aws.builders.image', aws: rendered('alternatives', 'AMI looked up by `image-id`', (json) => pinnedAmi(json, one(json, 'aws_launch_template').image_id), 'ami-0fedcba9876543210') },
  builderTypesRow('aws', 'allow'),
  builderTypesRow('aws', 'deny'),
  { path: 'aws.keyName', aws: rendered('everything', '`key_name` of box and launch template', (json) => [one(json, 'aws_instance').key_name, one(json, 'aws_launch_template').key_name], ['ops-admin', 'ops-admin']) },
  {
    path: 'aws.kmsKeyArn',
    aws: rendered(
      'everything',
      'secrets’ `kms_key_id`, every volume’s `kms_key_id` (root volumes and the services box’s data volume), flow log group (a throwaway installation’s backup vault too); `kms:Decrypt` for the boxes',
      (json) => [
        ...new Set([
          ...all(json, 'aws_secretsmanager_secret').map((s) => s.kms_key_id),
          one(json, 'aws_instance').root_block_device.kms_key_id,
          one(json, 'aws_ebs_volume').kms_key_id,
          one(json, 'aws_launch_template').block_device_mappings[0].ebs.kms_key_id,
        ]),
      ],
      ['arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
      { refuses: { patch: { aws: { kmsKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' } }, message: /is a key in eu-west-1; it must be in aws.region us-east-1/, what: 'a key in another region' } },
    ),
  },
  { path: 'aws.dns.zoneId', aws: rendered('alternatives', 'record `zone_id`; no lookup', (json) => one(json, 'aws_route53_record').zone_id, 'Z0123456789ABCDEFGHIJ') },
  { path: 'aws.backend.s3.bucket', aws: rendered('everything', 'S3 backend `bucket` (encrypted, lock file)', (json) => [s3(json).bucket, s3(json).use_lockfile], ['example-terraform-state', true]) },
  { path: 'aws.backend.s3.key', aws: rendered('everything', 'S3 backend `key`', (json) => s3(json).key, 'ci-all/terraform.tfstate') },
  { path: 'aws.backend.s3.region', aws: rendered('alternatives', 'S3 backend `region`', (json) => s3(json).region, 'us-west-2') },
  { path: 'aws.backend.s3.dynamodbTable', aws: rendered('alternatives', 'S3 backend `dynamodb_table` instead of the lock file', (json) => [s3(json).dynamodb_table, s3(json).use_lockfile], ['terraform-locks', undefined]) },
];


