import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS } from '../shared/naming';
import { awsName } from './names';

/** The tag key the backup schedule selects the services box's volumes by. */
export const BACKUP_TAG_KEY = 'circleci-backup';

/**
 * The tag that puts a volume under the installation's backup schedule. Its value names the installation: DLM
 * policies with the same target tags fail at apply, so two installations in one account must differ.
 */
export function backupTag(topology: ResolvedTopology<'aws'>): Record<string, string> {
  return { [BACKUP_TAG_KEY]: awsName(topology, ROLE_SLUGS.servicesBox) };
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
