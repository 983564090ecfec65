import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import type { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS } from '../shared/naming';
import { assumedBy } from './instance-identity';
import { awsName, roleTags } from './names';

/** The tag key the backup schedule selects the services box's volumes by. */
export const BACKUP_TAG_KEY = 'circleci-backup';

/**
 * The tag that puts a volume under the installation's backup schedule. Its value names the installation: DLM
 * policies with the same target tags fail at apply, so two installations in one account must differ.
 */
export function backupTag(topology: ResolvedTopology<'aws'>): Record<string, string> {
  return { [BACKUP_TAG_KEY]: awsName(topology, ROLE_SLUGS.servicesBox) };
}

/** The tag every snapshot of the box carries, whichever service takes it, to find all of them by one tag. */
export function snapshotOfTag(topology: ResolvedTopology<'aws'>): Record<string, string> {
  return { 'snapshot-of': awsName(topology, ROLE_SLUGS.servicesBox) };
}

/**
 * The schedule as an EventBridge cron expression in UTC (minutes hours day-of-month month day-of-week year), which DLM
 * and AWS Backup both take.
 */
export function backupCron(backup: ResolvedTopology['servicesBox']['backup']): string {
  const [hour, minute] = backup.at.split(':').map(Number);
  return backup.frequency === 'daily' ? `cron(${minute} ${hour} * * ? *)` : `cron(${minute} ${hour} ? * ${backup.weekday} *)`;
}

/** Props of the services box's backup. */
export interface AwsServicesBoxBackupProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The AWS partition, for the managed policies' ARNs. */
  readonly partition: string;
}

/**
 * The role a backup service acts with: assumed by the service, with its AWS-managed service policy (construct ids
 * `role` and `service_policy` in the given scope).
 */
export function backupServiceRole(
  scope: Construct,
  props: AwsServicesBoxBackupProps & { readonly name: string; readonly description: string; readonly service: string; readonly managedPolicy: string },
): { role: IamRole; attachment: IamRolePolicyAttachment } {
  const role = new IamRole(scope, 'role', {
    name: props.name,
    description: props.description,
    assumeRolePolicy: assumedBy(props.service),
    tags: roleTags(props.topology, 'servicesBox', 'backup'),
  });
  const attachment = new IamRolePolicyAttachment(scope, 'service_policy', {
    role: role.name,
    policyArn: `arn:${props.partition}:iam::aws:policy/service-role/${props.managedPolicy}`,
  });
  return { role, attachment };
}
