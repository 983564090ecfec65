import type { Cloud } from '../../../src/cloud';
import { planText, resourceChange, review } from './plan-builder';

const REPLACE = ['delete', 'create'];

function blockingOf(changes: readonly unknown[], stack?: Cloud) {
  const report = review(planText(changes), stack);
  return {
    exitCode: report.exitCode,
    blocking: report.review.blocking.map(({ address, loses }) => ({ address, loses })),
  };
}

describe('what blocks', () => {
  it.each([
    ['aws_instance.services_box', 'instance'],
    ['aws_eip.services_box', 'address'],
    ['aws_route53_record.circleci', 'dns'],
    ['aws_route53_zone.circleci', 'dns'],
    ['aws_dlm_lifecycle_policy.services_box', 'backup'],
    ['google_compute_instance.services_box', 'instance'],
    ['google_compute_disk.data', 'disk'],
    ['google_compute_address.services_box', 'address'],
    ['google_dns_record_set.circleci', 'dns'],
    ['google_compute_resource_policy.snapshots', 'backup'],
    ['google_compute_disk_resource_policy_attachment.snapshots', 'backup'],
    ['azurerm_linux_virtual_machine.services_box', 'instance'],
    ['azurerm_public_ip.services_box', 'address'],
    ['azurerm_network_interface.services_box', 'address'],
    ['azurerm_dns_a_record.circleci', 'dns'],
    ['azurerm_recovery_services_vault.backups', 'backup'],
    ['azurerm_backup_policy_vm.daily', 'backup'],
  ])('GIVEN %s is deleted WHEN reviewed THEN it blocks, losing %s, and the exit status is 1', (address, loses) => {
    expect(blockingOf([resourceChange(address, ['delete'])])).toEqual({ exitCode: 1, blocking: [{ address, loses }] });
  });

  it.each([[['delete', 'create']], [['create', 'delete']]])(
    'GIVEN the services box replaced with %j WHEN reviewed THEN it blocks',
    (actions) => {
      expect(blockingOf([resourceChange('aws_instance.services_box', actions)]).exitCode).toBe(1);
    },
  );

  it('GIVEN a deposed services box object being deleted WHEN reviewed THEN it blocks and says which object', () => {
    const report = review(planText([resourceChange('aws_instance.services_box', ['delete'], { deposed: 'a1b2c3d4' })]));
    expect(report.review.blocking[0]).toMatchObject({ address: 'aws_instance.services_box', deposed: 'a1b2c3d4' });
  });
});

describe('what does not block', () => {
  it.each([
    ['a created services box', 'aws_instance.services_box', ['create']],
    ['an updated services box', 'aws_instance.services_box', ['update']],
    ['a forgotten services box (removed block, destroy = false)', 'aws_instance.services_box', ['forget']],
    ['a services box replaced with create-then-forget', 'aws_instance.services_box', ['create', 'forget']],
    ['an unchanged DNS record', 'aws_route53_record.circleci', ['no-op']],
    ['a replaced address association (the address survives)', 'aws_eip_association.services_box', REPLACE],
    ['a deleted builder fleet', 'aws_autoscaling_group.builders', ['delete']],
    ['a replaced firewall rule', 'aws_vpc_security_group_ingress_rule.ssh', REPLACE],
    ['a deleted network', 'aws_vpc.main', ['delete']],
  ])('GIVEN %s WHEN reviewed THEN nothing blocks and the exit status is 0', (_, address, actions) => {
    expect(blockingOf([resourceChange(address, actions)])).toEqual({ exitCode: 0, blocking: [] });
  });

  it('GIVEN an instance tagged builders is replaced WHEN reviewed THEN builders are disposable and nothing blocks', () => {
    const tagged = { tags: { 'circleci-role': 'builders' } };
    expect(
      blockingOf([resourceChange('aws_instance.builder', REPLACE, { before: tagged, after: tagged })]).blocking,
    ).toEqual([]);
  });

  it('GIVEN a GCP services box deleted in a plan reviewed as the aws stack WHEN reviewed THEN it is not this stack’s and does not block', () => {
    expect(blockingOf([resourceChange('google_compute_instance.services_box', ['delete'])], 'aws').blocking).toEqual(
      [],
    );
  });

  it('GIVEN the same GCP deletion reviewed as the gcp stack WHEN reviewed THEN it blocks', () => {
    expect(
      blockingOf([resourceChange('google_compute_instance.services_box', ['delete'])], 'gcp').blocking,
    ).toHaveLength(1);
  });
});

describe('a restore in the plan', () => {
  // The plan a restore makes: the marker's input changed (Terraform replaces on its update, not its creation), and
  // the disk replaced because of it.
  const restores = [
    ['aws_ebs_volume.installation_services_box_data_volume_A3AB5A34', 'snapshot_id', 'snap-0123456789abcdef0'],
    ['google_compute_disk.installation_services_box_data_disk_E3514D27', 'snapshot', 'projects/example-ci-project/global/snapshots/ci-services-box-data-20261201'],
    ['azurerm_managed_disk.installation_services_box_data_disk_24C976DC', 'source_resource_id', '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ci-restore/providers/Microsoft.Compute/snapshots/ci-services-box-data-1'],
  ] as const;

  it.each(restores)('GIVEN %s replaced by replace_triggered_by with its %s set WHEN reviewed THEN it blocks and the report explains the restore', (address, attribute, backup) => {
    const marker = resourceChange('terraform_data.installation_services_box_data_restore_from_F51971DE', ['update'], { before: { input: null }, after: { input: { backup } } });
    const disk = resourceChange(address, REPLACE, { after: { [attribute]: backup }, action_reason: 'replace_by_triggers' });
    const report = review(planText([marker, disk]));
    expect(report.exitCode).toBe(1);
    expect(report.review.blocking).toEqual([expect.objectContaining({ address, loses: 'disk', restoredFrom: backup, reason: 'replace_by_triggers' })]);
    expect(report.markdown).toContain(`reason: \`replace_by_triggers\` (replace_triggered_by fired); restore: the disk is made anew from \`${backup}\` (servicesBox.restoreFrom); the current disk, and what changed on it since that backup, is gone`);
    // the marker itself is the services box's, and loses nothing
    expect(report.review.changes['services-box'].map((c) => c.address)).toContain('terraform_data.installation_services_box_data_restore_from_F51971DE');
  });

  it('GIVEN a data disk replaced for another reason (no backup in the planned object) WHEN reviewed THEN it blocks without a restore note', () => {
    const report = review(planText([resourceChange('aws_ebs_volume.data', REPLACE, { after: { size: 100 }, replace_paths: [['availability_zone']] })]));
    expect(report.review.blocking).toEqual([expect.objectContaining({ loses: 'disk', restoredFrom: null })]);
    expect(report.markdown).not.toContain('restore:');
  });

  it('GIVEN restoreFrom removed after the restore (the marker\'s input ignored, the disk untouched) WHEN reviewed THEN nothing blocks', () => {
    const marker = resourceChange('terraform_data.installation_services_box_data_restore_from_F51971DE', ['no-op'], { before: { input: { backup: 'snap-0123456789abcdef0' } }, after: { input: { backup: 'snap-0123456789abcdef0' } } });
    const report = review(planText([marker]));
    expect(report.exitCode).toBe(0);
    expect(report.review.blocking).toEqual([]);
  });
});
