import type { ResolvedTopology } from '../../topology/resolved';

/** Days between two backups of the schedule. */
const DAYS_APART = { daily: 1, weekly: 7 } as const;

/**
 * The days to keep each backup so that the topology's retention count of them is kept, for services that keep backups
 * for a number of days rather than a count (GCP snapshot schedules, AWS Backup).
 */
export function retentionDays(backup: ResolvedTopology['servicesBox']['backup']): number {
  return backup.retention * DAYS_APART[backup.frequency];
}
