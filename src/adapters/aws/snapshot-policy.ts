import { DlmLifecyclePolicy } from '@cdktf/provider-aws/lib/dlm-lifecycle-policy';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS } from '../shared/naming';
import { backupCron, backupServiceRole, backupTag, snapshotOfTag, type AwsServicesBoxBackupProps } from './backup';
import { awsName, roleTags } from './names';

/** DLM's create rule for the topology's schedule: daily at HH:MM UTC, or a weekly cron. */
function createRule(backup: ResolvedTopology['servicesBox']['backup']): { interval?: number; intervalUnit?: string; times?: string[]; cronExpression?: string } {
  if (backup.frequency === 'daily') return { interval: 24, intervalUnit: 'HOURS', times: [backup.at] };
  return { cronExpression: backupCron(backup) };
}

/**
 * Snapshots of the services box's volumes, taken without downtime by Data Lifecycle Manager on the topology's
 * schedule and kept to its retention count, with the service role DLM acts with. DLM never deletes the snapshots of
 * a deleted policy, so they outlive a destroy: what a kept installation wants. Fixed construct ids.
 */
export class AwsSnapshotPolicy extends Construct {
  /** The lifecycle policy. */
  readonly policy: DlmLifecyclePolicy;

  constructor(scope: Construct, id: string, props: AwsServicesBoxBackupProps) {
    super(scope, id);
    const { topology } = props;
    const backup = topology.servicesBox.backup;
    const tags = roleTags(topology, 'servicesBox', 'backup');
    const { role, attachment } = backupServiceRole(this, {
      ...props,
      name: awsName(topology, ROLE_SLUGS.servicesBox, 'dlm'),
      description: `Data Lifecycle Manager snapshots of the CircleCI services box of ${topology.domain}`,
      service: 'dlm.amazonaws.com',
      managedPolicy: 'AWSDataLifecycleManagerServiceRole',
    });
    this.policy = new DlmLifecyclePolicy(this, 'policy', {
      // DLM accepts letters, digits, spaces, _ and - only in descriptions and schedule names.
      description: `CircleCI services box snapshots of ${awsName(topology)}`,
      executionRoleArn: role.arn,
      state: 'ENABLED',
      policyDetails: {
        policyType: 'EBS_SNAPSHOT_MANAGEMENT',
        resourceTypes: ['VOLUME'],
        targetTags: backupTag(topology),
        schedule: [
          {
            name: `${backup.frequency} ${backup.at.replace(':', '')} UTC keep ${backup.retention}`,
            createRule: createRule(backup),
            retainRule: { count: backup.retention },
            copyTags: true,
            tagsToAdd: snapshotOfTag(topology),
          },
        ],
      },
      tags,
      dependsOn: [attachment],
    });
  }
}
