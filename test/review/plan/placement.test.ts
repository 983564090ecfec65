import type { Cloud } from '../../../src/cloud';
import type { PlanChange } from '../../../src/review/plan/plan';
import { place } from '../../../src/review/plan/placement';

const PROVIDERS: Readonly<Record<Cloud, string>> = {
  aws: 'registry.terraform.io/hashicorp/aws',
  gcp: 'registry.terraform.io/hashicorp/google',
  azure: 'registry.terraform.io/hashicorp/azurerm',
};

function change(type: string, cloud: Cloud | string, values: unknown = {}, before: unknown = null): PlanChange {
  const providerName = cloud in PROVIDERS ? PROVIDERS[cloud as Cloud] : cloud;
  return {
    address: `${type}.x`,
    mode: 'managed',
    type,
    providerName,
    actions: ['update'],
    before,
    after: values,
    replacePaths: [],
  };
}

describe.each<[Cloud, readonly (readonly [string, string])[]]>([
  [
    'aws',
    [
      ['aws_instance', 'services-box'],
      ['aws_eip', 'services-box'],
      ['aws_eip_association', 'services-box'],
      ['aws_launch_template', 'builders'],
      ['aws_autoscaling_group', 'builders'],
      ['aws_autoscaling_lifecycle_hook', 'builders'],
      ['aws_autoscaling_schedule', 'builders'],
      ['aws_security_group', 'firewall'],
      ['aws_default_security_group', 'firewall'],
      ['aws_vpc_security_group_ingress_rule', 'firewall'],
      ['aws_vpc_security_group_egress_rule', 'firewall'],
      ['aws_route53_record', 'dns'],
      ['aws_route53_zone', 'dns'],
      ['aws_dlm_lifecycle_policy', 'backup'],
      ['aws_secretsmanager_secret', 'secrets-identity'],
      ['aws_secretsmanager_secret_version', 'secrets-identity'],
      ['aws_iam_role', 'secrets-identity'],
      ['aws_iam_instance_profile', 'secrets-identity'],
      ['aws_vpc', 'network'],
      ['aws_subnet', 'network'],
      ['aws_internet_gateway', 'network'],
      ['aws_route_table', 'network'],
      ['aws_route_table_association', 'network'],
      ['aws_nat_gateway', 'network'],
      ['aws_s3_bucket', 'other'],
    ],
  ],
  [
    'gcp',
    [
      ['google_compute_instance', 'services-box'],
      ['google_compute_address', 'services-box'],
      ['google_compute_disk', 'services-box'],
      ['google_compute_instance_template', 'builders'],
      ['google_compute_region_instance_group_manager', 'builders'],
      ['google_compute_region_autoscaler', 'builders'],
      ['google_compute_health_check', 'builders'],
      ['google_compute_firewall', 'firewall'],
      ['google_dns_record_set', 'dns'],
      ['google_dns_managed_zone', 'dns'],
      ['google_compute_resource_policy', 'backup'],
      ['google_compute_disk_resource_policy_attachment', 'backup'],
      ['google_secret_manager_secret', 'secrets-identity'],
      ['google_compute_network', 'network'],
      ['google_compute_subnetwork', 'network'],
      ['google_compute_router', 'network'],
      ['google_compute_router_nat', 'network'],
      ['google_service_account', 'secrets-identity'],
      ['google_project_iam_member', 'secrets-identity'],
      ['google_secret_manager_secret_iam_member', 'secrets-identity'],
      ['google_storage_bucket', 'other'],
    ],
  ],
  [
    'azure',
    [
      ['azurerm_linux_virtual_machine', 'services-box'],
      ['azurerm_network_interface', 'services-box'],
      ['azurerm_public_ip', 'services-box'],
      ['azurerm_management_lock', 'services-box'],
      ['azurerm_linux_virtual_machine_scale_set', 'builders'],
      ['azurerm_monitor_autoscale_setting', 'builders'],
      ['azurerm_network_security_group', 'firewall'],
      ['azurerm_network_security_rule', 'firewall'],
      ['azurerm_application_security_group', 'firewall'],
      ['azurerm_network_interface_security_group_association', 'firewall'],
      ['azurerm_network_interface_application_security_group_association', 'firewall'],
      ['azurerm_subnet_network_security_group_association', 'firewall'],
      ['azurerm_dns_a_record', 'dns'],
      ['azurerm_dns_zone', 'dns'],
      ['azurerm_recovery_services_vault', 'backup'],
      ['azurerm_backup_policy_vm', 'backup'],
      ['azurerm_backup_protected_vm', 'backup'],
      ['azurerm_key_vault', 'secrets-identity'],
      ['azurerm_key_vault_secret', 'secrets-identity'],
      ['azurerm_virtual_network', 'network'],
      ['azurerm_subnet', 'network'],
      ['azurerm_resource_group', 'network'],
      ['azurerm_user_assigned_identity', 'secrets-identity'],
      ['azurerm_role_assignment', 'secrets-identity'],
      ['azurerm_storage_account', 'other'],
    ],
  ],
])('GIVEN an untagged %s resource', (cloud, table) => {
  it.each(table)('WHEN a %s is placed THEN it goes under %s', (type, role) => {
    expect(place(change(type, cloud), cloud).role).toBe(role);
    expect(place(change(type, cloud)).cloud).toBe(cloud);
  });
});

describe('placing by the circleci-role tag', () => {
  it.each<[string, Cloud, Record<string, unknown>]>([
    ['AWS tags', 'aws', { tags: { 'circleci-role': 'builders' } }],
    ['AWS tags_all only', 'aws', { tags: null, tags_all: { 'circleci-role': 'builders' } }],
    ['GCP labels', 'gcp', { labels: { 'circleci-role': 'builders' } }],
    ['GCP effective_labels', 'gcp', { effective_labels: { 'circleci-role': 'builders' } }],
    ['Azure tags', 'azure', { tags: { 'circleci-role': 'builders' } }],
  ])(
    'GIVEN an instance-like resource tagged builders in %s WHEN placed THEN it goes under builders',
    (_, cloud, values) => {
      const type = { aws: 'aws_instance', gcp: 'google_compute_disk', azure: 'azurerm_public_ip' }[cloud];
      expect(place(change(type, cloud, values)).role).toBe('builders');
    },
  );

  it('GIVEN a launch template whose instances are tagged services-box WHEN placed THEN it goes under the services box', () => {
    const values = { tag_specifications: [{ resource_type: 'instance', tags: { 'circleci-role': 'services-box' } }] };
    expect(place(change('aws_launch_template', 'aws', values)).role).toBe('services-box');
  });

  it('GIVEN an autoscaling group with tag blocks WHEN placed THEN the block named circleci-role decides', () => {
    const values = {
      tag: [
        { key: 'Name', value: 'services-box' },
        { key: 'circleci-role', value: 'services-box', propagate_at_launch: true },
      ],
    };
    expect(place(change('aws_autoscaling_group', 'aws', values)).role).toBe('services-box');
    const unrelated = { tag: [{ key: 'Name', value: 'services-box' }] };
    expect(place(change('aws_autoscaling_group', 'aws', unrelated)).role).toBe('builders');
  });

  it('GIVEN a deleted resource WHEN placed THEN the tag is read from before', () => {
    expect(place(change('aws_instance', 'aws', null, { tags: { 'circleci-role': 'builders' } })).role).toBe('builders');
  });

  it('GIVEN a tag value that names no role WHEN placed THEN the type decides', () => {
    expect(place(change('aws_instance', 'aws', { tags: { 'circleci-role': 'database' } })).role).toBe('services-box');
  });

  it('GIVEN an unknown type tagged services-box WHEN placed THEN the tag moves it out of other', () => {
    expect(
      place(change('aws_cloudwatch_metric_alarm', 'aws', { tags: { 'circleci-role': 'services-box' } })).role,
    ).toBe('services-box');
  });

  it('GIVEN a firewall rule and a DNS record tagged services-box WHEN placed THEN they stay under firewall and DNS', () => {
    const tagged = { tags: { 'circleci-role': 'services-box' } };
    expect(place(change('aws_vpc_security_group_ingress_rule', 'aws', tagged)).role).toBe('firewall');
    expect(place(change('azurerm_dns_a_record', 'azure', tagged)).role).toBe('dns');
  });
});

describe('placing by provider', () => {
  it('GIVEN a GCP resource in a plan reviewed as the aws stack WHEN placed THEN it goes to other and says its cloud', () => {
    expect(place(change('google_compute_instance', 'gcp'), 'aws')).toEqual({
      role: 'other',
      holds: null,
      madeFrom: null,
      cloud: 'gcp',
    });
  });

  it('GIVEN the google-beta provider WHEN placed for the gcp stack THEN it is a GCP resource', () => {
    expect(place(change('google_compute_instance', 'registry.terraform.io/hashicorp/google-beta'), 'gcp').role).toBe(
      'services-box',
    );
  });

  it('GIVEN a Terraform 0.12 provider name WHEN placed THEN the short name is enough', () => {
    expect(place({ ...change('aws_instance', 'aws'), providerName: 'aws' }, 'aws')).toMatchObject({
      role: 'services-box',
      cloud: 'aws',
    });
  });

  it('GIVEN no provider name WHEN placed THEN the type prefix gives the cloud', () => {
    expect(place({ ...change('azurerm_public_ip', 'azure'), providerName: undefined }, 'azure').cloud).toBe('azure');
  });

  it('GIVEN tls resources WHEN placed for any stack THEN they go under certificate', () => {
    const tls = change('tls_self_signed_cert', 'registry.terraform.io/hashicorp/tls');
    expect(['aws', 'gcp', 'azure'].map((stack) => place(tls, stack as Cloud).role)).toEqual([
      'certificate',
      'certificate',
      'certificate',
    ]);
    expect(place(tls).cloud).toBeNull();
  });

  it('GIVEN a provider the kit does not use WHEN placed THEN it goes to other', () => {
    expect(place(change('null_resource', 'registry.terraform.io/hashicorp/null'), 'aws')).toEqual({
      role: 'other',
      holds: null,
      madeFrom: null,
      cloud: null,
    });
  });
});
