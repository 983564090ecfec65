import type { Construct } from 'constructs';
import type { AwsServicesBoxBackupProps } from './backup';
import { AwsBackupPlan } from './backup-plan';
import { AwsSnapshotPolicy } from './snapshot-policy';

/**
 * Scheduled backups of the services box's tagged volumes. A kept installation's are DLM snapshots, which outlive a
 * destroy on purpose; a throwaway installation's go into an AWS Backup vault that destroy empties, because DLM
 * never deletes the snapshots of a deleted policy.
 */
export function servicesBoxBackup(scope: Construct, id: string, props: AwsServicesBoxBackupProps): Construct {
  return props.topology.throwaway ? new AwsBackupPlan(scope, id, props) : new AwsSnapshotPolicy(scope, id, props);
}
