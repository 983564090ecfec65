import { awsEbsUnencrypted } from '../../../src/review/policy/rules/disk-001-aws-ebs-encrypted';
import { buildersWithoutDrain } from '../../../src/review/policy/rules/drain-001-builders-drain';
import { imdsV2NotRequired } from '../../../src/review/policy/rules/meta-001-imdsv2';
import { servicesBoxUnprotected } from '../../../src/review/policy/rules/prot-001-termination-protection';
import { servicesBoxWithoutBackup } from '../../../src/review/policy/rules/bak-001-services-box-backup';
import { FIXTURE_CONTEXT, failingStack, resources } from './fixtures';

const statusOf = (findings: { resource: string; status: string }[], resource: string) => findings.find((f) => f.resource === resource)?.status;

describe('rules on less common but valid configurations', () => {
  it('GIVEN a spot scale set (Azure allows it no terminate notification) with a Scheduled Events agent WHEN drained THEN it complies', () => {
    const stack = failingStack('azure', (s) => {
      const set = resources(s, 'azurerm_linux_virtual_machine_scale_set').builders;
      delete set.termination_notification;
      set.priority = 'Spot';
    });
    const finding = buildersWithoutDrain.check(stack, FIXTURE_CONTEXT).find((f) => f.resource === 'azurerm_linux_virtual_machine_scale_set.builders');
    expect(finding).toMatchObject({ status: 'compliant', message: expect.stringMatching(/spot/) });
  });

  it('GIVEN a spot scale set without any drain agent WHEN drained THEN it does not comply', () => {
    const stack = failingStack('azure', (s) => {
      const set = resources(s, 'azurerm_linux_virtual_machine_scale_set').builders;
      delete set.termination_notification;
      set.priority = 'Spot';
      s.locals.builder_init = '#cloud-config\n';
    });
    expect(statusOf(buildersWithoutDrain.check(stack, FIXTURE_CONTEXT), 'azurerm_linux_virtual_machine_scale_set.builders')).toBe('non-compliant');
  });

  it('GIVEN the hook inside the group (initial_lifecycle_hook) WHEN drained THEN it complies', () => {
    const stack = failingStack('aws', (s) => {
      delete s.resource.aws_autoscaling_lifecycle_hook;
      resources(s, 'aws_autoscaling_group').builders.initial_lifecycle_hook = [{ name: 'drain', lifecycle_transition: 'autoscaling:EC2_INSTANCE_TERMINATING' }];
    });
    expect(statusOf(buildersWithoutDrain.check(stack, FIXTURE_CONTEXT), 'aws_autoscaling_group.builders')).toBe('compliant');
  });

  it('GIVEN the metadata endpoint disabled altogether WHEN IMDSv2 is checked THEN it complies', () => {
    const stack = failingStack('aws', (s) => (resources(s, 'aws_instance').services_box.metadata_options = { http_endpoint: 'disabled' }));
    expect(statusOf(imdsV2NotRequired.check(stack, FIXTURE_CONTEXT), 'aws_instance.services_box')).toBe('compliant');
  });

  it('GIVEN a launch template that sets no block devices WHEN EBS encryption is checked THEN the AMI’s unencrypted default does not comply', () => {
    const stack = failingStack('aws', (s) => delete resources(s, 'aws_launch_template').builders.block_device_mappings);
    expect(statusOf(awsEbsUnencrypted.check(stack, FIXTURE_CONTEXT), 'aws_launch_template.builders')).toBe('non-compliant');
  });

  it('GIVEN a delete lock on the resource group of the Azure box WHEN protection is checked THEN it complies', () => {
    const stack = failingStack('azure', (s) => (resources(s, 'azurerm_management_lock').services_box.scope = '${azurerm_resource_group.main.id}'));
    expect(statusOf(servicesBoxUnprotected.check(stack, FIXTURE_CONTEXT), 'azurerm_linux_virtual_machine.services_box')).toBe('compliant');
  });

  it('GIVEN a GCP box whose disk lists the snapshot schedule itself WHEN backups are checked THEN it complies', () => {
    const stack = failingStack('gcp', (s) => {
      delete s.resource.google_compute_disk_resource_policy_attachment;
      resources(s, 'google_compute_disk').services_box.resource_policies = ['${google_compute_resource_policy.snapshots.id}'];
    });
    expect(statusOf(servicesBoxWithoutBackup.check(stack, FIXTURE_CONTEXT), 'google_compute_instance.services_box')).toBe('compliant');
  });

  it('GIVEN an AWS box whose only tagged volume is an attached data volume WHEN backups are checked THEN it complies, and not once the tag is gone', () => {
    const withDataVolume = (tags: Record<string, string>) =>
      failingStack('aws', (s) => {
        delete resources(s, 'aws_instance').services_box.root_block_device.tags;
        s.resource.aws_ebs_volume = { data: { size: 100, tags } };
        s.resource.aws_volume_attachment = { data: { device_name: '/dev/sdf', volume_id: '${aws_ebs_volume.data.id}', instance_id: '${aws_instance.services_box.id}' } };
      });
    const wanted = resources(failingStack('aws', () => undefined), 'aws_dlm_lifecycle_policy').backup.policy_details.target_tags;
    expect(statusOf(servicesBoxWithoutBackup.check(withDataVolume(wanted), FIXTURE_CONTEXT), 'aws_instance.services_box')).toBe('compliant');
    expect(statusOf(servicesBoxWithoutBackup.check(withDataVolume({}), FIXTURE_CONTEXT), 'aws_instance.services_box')).toBe('non-compliant');
  });

  describe('an AWS box backed up by AWS Backup instead of DLM (a throwaway installation)', () => {
    const [[key, value]] = Object.entries(resources(failingStack('aws', () => undefined), 'aws_dlm_lifecycle_policy').backup.policy_details.target_tags as Record<string, string>);
    const byVolumeTag = { selection_tag: [{ type: 'STRINGEQUALS', key, value }] };
    const withBackupPlan = (selection: Record<string, unknown>, rule: Record<string, unknown>[] = [{ rule_name: 'daily', target_vault_name: 'v', schedule: 'cron(0 3 * * ? *)' }]) =>
      failingStack('aws', (s) => {
        delete s.resource.aws_dlm_lifecycle_policy;
        s.resource.aws_backup_plan = { backup: { name: 'p', rule } };
        s.resource.aws_backup_selection = { backup: { name: 's', iam_role_arn: 'arn:aws:iam::1:role/r', plan_id: '${aws_backup_plan.backup.id}', ...selection } };
      });
    const check = (stack: ReturnType<typeof failingStack>) => statusOf(servicesBoxWithoutBackup.check(stack, FIXTURE_CONTEXT), 'aws_instance.services_box');

    it('GIVEN a selection by the volumes’ tag for a plan with a rule WHEN backups are checked THEN it complies', () => {
      expect(check(withBackupPlan(byVolumeTag))).toBe('compliant');
    });

    it('GIVEN a selection naming the box’s ARN WHEN backups are checked THEN it complies', () => {
      expect(check(withBackupPlan({ resources: ['${aws_instance.services_box.arn}'] }))).toBe('compliant');
    });

    it('GIVEN a selection by another tag, or a plan without rules WHEN backups are checked THEN it does not comply', () => {
      expect(check(withBackupPlan({ selection_tag: [{ type: 'STRINGEQUALS', key: 'circleci-backup', value: 'another-installation' }] }))).toBe('non-compliant');
      expect(check(withBackupPlan(byVolumeTag, []))).toBe('non-compliant');
    });
  });
});
