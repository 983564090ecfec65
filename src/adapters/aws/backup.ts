import { DlmLifecyclePolicy } from '@cdktf/provider-aws/lib/dlm-lifecycle-policy';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS } from '../shared/naming';
import { assumedBy } from './instance-identity';
import { awsName, roleTags } from './names';

/** The tag key Data Lifecycle Manager selects the services box's volumes by. */
export const BACKUP_TAG_KEY = 'circleci-backup';

/**
 * The tag that puts a volume under the installation's snapshot policy. Its value names the installation: DLM
 * policies with the same target tags fail at apply, so two installations in one account must differ.
 */
export function backupTag(topology: ResolvedTopology<'aws'>): Record<string, string> {
  return { [BACKUP_TAG_KEY]: awsName(topology, ROLE_SLUGS.servicesBox) };
}

/** DLM's create rule for the topology's schedule: daily at HH:MM UTC, or weekly on a day at HH:MM UTC. */
export function createRule(backup: ResolvedTopology['servicesBox']['backup']): { interval?: number; intervalUnit?: string; times?: string[]; cronExpression?: string } {
  if (backup.frequency === 'daily') return { interval: 24, intervalUnit: 'HOURS', times: [backup.at] };
  const [hour, minute] = backup.at.split(':').map(Number);
  return { cronExpression: `cron(${minute} ${hour} ? * ${backup.weekday} *)` };
}

/** Props of AwsServicesBoxBackup. */
export interface AwsServicesBoxBackupProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The AWS partition, for the managed policy's ARN. */
  readonly partition: string;
}

/**
 * Snapshots of the services box's volumes, taken without downtime by Data Lifecycle Manager on the topology's
 * schedule and kept to its retention count, with the service role DLM acts with. Fixed construct ids.
 */
export class AwsServicesBoxBackup extends Construct {
  /** The lifecycle policy. */
  readonly policy: DlmLifecyclePolicy;

  constructor(scope: Construct, id: string, props: AwsServicesBoxBackupProps) {
    super(scope, id);
    const { topology } = props;
    const backup = topology.servicesBox.backup;
    const tags = roleTags(topology, 'servicesBox', 'backup');
    const role = new IamRole(this, 'role', {
      name: awsName(topology, ROLE_SLUGS.servicesBox, 'dlm'),
      description: `Data Lifecycle Manager snapshots of the CircleCI services box of ${topology.domain}`,
      assumeRolePolicy: assumedBy('dlm.amazonaws.com'),
      tags,
    });
    const attachment = new IamRolePolicyAttachment(this, 'service_policy', {
      role: role.name,
      policyArn: `arn:${props.partition}:iam::aws:policy/service-role/AWSDataLifecycleManagerServiceRole`,
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
            tagsToAdd: { 'snapshot-of': awsName(topology, ROLE_SLUGS.servicesBox) },
          },
        ],
      },
      tags,
      dependsOn: [attachment],
    });
  }
}
