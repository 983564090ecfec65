import type { Cloud } from '../../../src/cloud';
import type { ReviewedChange } from '../../../src/review/plan';
import { fixture, review } from './plan-builder';

/** The listed changes of a role as `address: action`, the way a reader scans the report. */
function lines(changes: readonly ReviewedChange[]): string[] {
  return changes.map((change) => `${change.address}: ${change.action}`);
}

describe.each<[Cloud, string, string, string, string]>([
  ['aws', 'aws-services-box-replaced.json', 'aws_instance.services_box', 'ami', 'replace_because_cannot_update'],
  [
    'gcp',
    'gcp-services-box-replaced.json',
    'google_compute_instance.services_box',
    'boot_disk[0].initialize_params[0].image',
    'replace_because_cannot_update',
  ],
  [
    'azure',
    'azure-services-box-replaced.json',
    'azurerm_linux_virtual_machine.services_box',
    'custom_data',
    'replace_because_cannot_update',
  ],
])('GIVEN a %s plan that replaces the services box (%s)', (cloud, file, box, forcedBy, reason) => {
  const report = review(fixture(file), cloud);

  it('WHEN reviewed THEN the box is the one blocking change, with what forces it and why', () => {
    expect(report.review.blocking).toEqual([
      expect.objectContaining({
        address: box,
        action: 'replace',
        order: 'destroy-before-create',
        forcedBy: [forcedBy],
        reason,
        loses: 'instance',
      }),
    ]);
  });

  it('WHEN reviewed THEN the exit status is 1', () => {
    expect(report.exitCode).toBe(1);
  });

  it('WHEN reviewed THEN the box and its attachments are listed under the services box, and unchanged resources are only counted', () => {
    expect(report.review.changes['services-box'].every((change) => change.action === 'replace')).toBe(true);
    expect(report.review.changes['services-box'][0].address).toBe(box);
    expect(report.review.counts['no-op']).toBeGreaterThan(0);
    expect(
      Object.values(report.review.changes)
        .flat()
        .some((change) => change.action === 'no-op'),
    ).toBe(false);
  });
});

describe.each<[Cloud, string, readonly string[]]>([
  [
    'aws',
    'aws-builders-resized.json',
    ['aws_autoscaling_group.builders: update', 'aws_launch_template.builders: update'],
  ],
  [
    'gcp',
    'gcp-builders-resized.json',
    [
      'google_compute_region_instance_group_manager.builders: update',
      'google_compute_region_autoscaler.builders: update',
    ],
  ],
  [
    'azure',
    'azure-builders-resized.json',
    ['azurerm_linux_virtual_machine_scale_set.builders: update', 'azurerm_monitor_autoscale_setting.builders: update'],
  ],
])('GIVEN a %s plan that resizes the builder fleet (%s)', (cloud, file, expected) => {
  const report = review(fixture(file), cloud);

  it('WHEN reviewed THEN the fleet is updated under builders and nothing blocks', () => {
    expect(lines(report.review.changes.builders)).toEqual(expected);
    expect(report.review.blocking).toEqual([]);
    expect(report.exitCode).toBe(0);
  });
});

describe('GIVEN an AWS plan that changes firewall rules', () => {
  const report = review(fixture('aws-firewall-rule-changed.json'), 'aws');

  it('WHEN reviewed THEN the rules are under firewall, though the adapter tags them with the services box role', () => {
    expect(lines(report.review.changes.firewall)).toEqual([
      'aws_vpc_security_group_ingress_rule.services_box_ssh_administrators: update',
      'aws_vpc_security_group_ingress_rule.services_box_nomad_builders: create',
      'aws_vpc_security_group_ingress_rule.services_box_replicated_administrators: delete',
    ]);
    expect(report.review.changes['services-box']).toEqual([]);
  });

  it('WHEN reviewed THEN a deleted rule does not block', () => {
    expect(report.exitCode).toBe(0);
    expect(report.review.counts).toMatchObject({ create: 1, update: 1, delete: 1, 'no-op': 2 });
  });
});

describe('GIVEN an AWS plan with nothing to change', () => {
  const report = review(fixture('aws-no-op.json'), 'aws');

  it('WHEN reviewed THEN every resource is counted as unchanged, none listed, and the exit status is 0', () => {
    expect(report.review.counts).toEqual({
      create: 0,
      update: 0,
      replace: 0,
      delete: 0,
      forget: 0,
      move: 0,
      read: 0,
      'no-op': 10,
      unknown: 0,
    });
    expect(Object.values(report.review.changes).flat()).toEqual([]);
    expect(report.exitCode).toBe(0);
    expect(report.markdown).toContain('No resource changes.');
  });
});

describe('GIVEN an AWS plan that deletes the DNS record', () => {
  const report = review(fixture('aws-dns-record-deleted.json'), 'aws');

  it('WHEN reviewed THEN the deletion blocks, with Terraform’s reason', () => {
    expect(report.review.blocking).toEqual([
      expect.objectContaining({
        address: 'aws_route53_record.services_box',
        action: 'delete',
        reason: 'delete_because_no_resource_config',
        loses: 'dns',
      }),
    ]);
    expect(report.exitCode).toBe(1);
  });
});

describe('GIVEN a GCP plan that replaces the services box disk', () => {
  const report = review(fixture('gcp-services-box-disk-replaced.json'), 'gcp');

  it('WHEN reviewed THEN the disk blocks, forced by disk_encryption_key, and the box itself is unchanged', () => {
    expect(report.review.blocking.map(({ address, forcedBy, loses }) => ({ address, forcedBy, loses }))).toEqual([
      { address: 'google_compute_disk.services_box_data', forcedBy: ['disk_encryption_key'], loses: 'disk' },
    ]);
    expect(lines(report.review.changes['services-box'])).toEqual(['google_compute_disk.services_box_data: replace']);
    expect(report.review.counts['no-op']).toBe(1);
  });
});

describe('GIVEN the GCP services box plan reviewed as the aws stack', () => {
  const report = review(fixture('gcp-services-box-replaced.json'), 'aws');

  it('WHEN reviewed THEN its resources belong to another cloud: listed as other, nothing blocks', () => {
    expect(report.review.changes.other).toHaveLength(1);
    expect(report.review.changes.other.every((change) => change.cloud === 'gcp')).toBe(true);
    expect(report.exitCode).toBe(0);
    expect(report.markdown).toContain('gcp resource, not part of the aws stack');
  });
});
