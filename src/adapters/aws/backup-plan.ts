import { BackupPlan } from '@cdktf/provider-aws/lib/backup-plan';
import { BackupSelection } from '@cdktf/provider-aws/lib/backup-selection';
import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS } from '../shared/naming';
import { BACKUP_TAG_KEY, backupCron, backupTag, type AwsServicesBoxBackupProps } from './backup';
import { assumedBy } from './instance-identity';
import { awsName, roleTags } from './names';

/** Days between two backups of the schedule. */
const DAYS_APART = { daily: 1, weekly: 7 } as const;

/**
 * AWS Backup keeps recovery points for a number of days, not a count: the retention count times the days between two
 * backups keeps the same number of them.
 */
export function retentionDays(backup: ResolvedTopology['servicesBox']['backup']): number {
  return backup.retention * DAYS_APART[backup.frequency];
}

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
    const role = new IamRole(this, 'role', {
      name,
      description: `AWS Backup of the CircleCI services box of ${topology.domain}`,
      assumeRolePolicy: assumedBy('backup.amazonaws.com'),
      tags,
    });
    const attachment = new IamRolePolicyAttachment(this, 'service_policy', {
      role: role.name,
      policyArn: `arn:${props.partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup`,
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
          recoveryPointTags: { 'snapshot-of': awsName(topology, ROLE_SLUGS.servicesBox) },
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
