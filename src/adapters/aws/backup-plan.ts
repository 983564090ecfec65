import { BackupPlan } from '@cdktf/provider-aws/lib/backup-plan';
import { BackupSelection } from '@cdktf/provider-aws/lib/backup-selection';
import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { Construct } from 'constructs';
import { retentionDays } from '../shared/backup-retention';
import { ROLE_SLUGS } from '../shared/naming';
import { BACKUP_TAG_KEY, backupCron, backupServiceRole, backupTag, snapshotOfTag, type AwsServicesBoxBackupProps } from './backup';
import { awsName, roleTags } from './names';

/**
 * AWS Backup of the services box's tagged volumes on the topology's schedule, into a vault of the installation's own
 * that `cdktf destroy` empties (`force_destroy`): a throwaway installation leaves no snapshots behind. Fixed construct
 * ids.
 */
export class AwsBackupPlan extends Construct {
  /** The vault the recovery points go to. */
  readonly vault: BackupVault;

  constructor(scope: Construct, id: string, props: AwsServicesBoxBackupProps) {
    super(scope, id);
    const { topology } = props;
    const backup = topology.servicesBox.backup;
    const tags = roleTags(topology, 'servicesBox', 'backup');
    // Vault, rule and selection names are letters, digits, - and _ up to 50 characters (the provider's
    // validation); the 20-character installation name leaves room.
    const name = awsName(topology, ROLE_SLUGS.servicesBox, 'backup');
    const { role, attachment } = backupServiceRole(this, {
      ...props,
      name,
      description: `AWS Backup of the CircleCI services box of ${topology.domain}`,
      service: 'backup.amazonaws.com',
      managedPolicy: 'AWSBackupServiceRolePolicyForBackup',
    });
    this.vault = new BackupVault(this, 'vault', {
      name,
      forceDestroy: true,
      ...(topology.settings.kmsKeyArn ? { kmsKeyArn: topology.settings.kmsKeyArn } : {}),
      tags,
      // Destroy empties the vault before the role goes: AWS Backup deletes an EBS recovery point's snapshot with the
      // role that made it.
      dependsOn: [attachment],
    });
    const plan = new BackupPlan(this, 'plan', {
      name,
      rule: [
        {
          ruleName: `${backup.frequency}-${backup.at.replace(':', '')}-utc-keep-${backup.retention}`,
          targetVaultName: this.vault.name,
          schedule: backupCron(backup),
          scheduleExpressionTimezone: 'Etc/UTC',
          lifecycle: { deleteAfter: retentionDays(backup) },
          recoveryPointTags: snapshotOfTag(topology),
        },
      ],
      tags,
    });
    new BackupSelection(this, 'selection', {
      name,
      planId: plan.id,
      iamRoleArn: role.arn,
      selectionTag: [{ type: 'STRINGEQUALS', key: BACKUP_TAG_KEY, value: backupTag(topology)[BACKUP_TAG_KEY] }],
      dependsOn: [attachment],
    });
  }
}
