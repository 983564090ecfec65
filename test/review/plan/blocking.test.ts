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
