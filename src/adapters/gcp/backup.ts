import { ComputeDisk } from '@cdktf/provider-google/lib/compute-disk';
import { ComputeDiskResourcePolicyAttachment } from '@cdktf/provider-google/lib/compute-disk-resource-policy-attachment';
import { ComputeResourcePolicy } from '@cdktf/provider-google/lib/compute-resource-policy';
import { dependable } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS, ROLE_TAG } from '../shared/naming';
import { gcpName } from './naming';
import { WEEKDAY_NAMES } from '../../topology/fields';
import { retentionDays } from '../shared/backup-retention';

/** Props of GcpBackup. */
export interface GcpBackupProps {
  /** The resolved topology. */
  readonly topology: ResolvedTopology<'gcp'>;
  /** The services box's boot disk, which holds the state of installations made before the data disk. */
  readonly disk: ComputeDisk;
  /** The data disk holding the services box's state. */
  readonly dataDisk: ComputeDisk;
}

/**
 * Snapshots of the services box's disk, taken without downtime: a snapshot schedule policy attached to the disk.
 * Snapshot schedules start on the hour (UTC), which validation holds `backup.at` to. Retention is in days:
 * the topology's snapshot count times the days between snapshots.
 */
export class GcpBackup extends Construct {
  /** The snapshot schedule. */
  readonly policy: ComputeResourcePolicy;

  constructor(scope: Construct, id: string, props: GcpBackupProps) {
    super(scope, id);
    const { topology } = props;
    const backup = topology.servicesBox.backup;
    // Validation keeps the time on the hour, which is all GCP's schedules take.
    const startTime = backup.at;
    const weekly = backup.frequency === 'weekly';
    this.policy = new ComputeResourcePolicy(this, 'snapshot_schedule', {
      name: gcpName(topology.name, 'services-box-snapshots'),
      description: weekly
        ? `Services box disk: weekly on ${WEEKDAY_NAMES[backup.weekday].toUpperCase()} at ${startTime} UTC, keep ${backup.retention}`
        : `Services box disk: daily at ${startTime} UTC, keep ${backup.retention}`,
      region: topology.region,
      snapshotSchedulePolicy: {
        schedule: weekly
          ? { weeklySchedule: { dayOfWeeks: [{ day: WEEKDAY_NAMES[backup.weekday].toUpperCase(), startTime }] } }
          : { dailySchedule: { daysInCycle: 1, startTime } },
        retentionPolicy: {
          maxRetentionDays: retentionDays(backup),
          // A kept installation's snapshots outlive its disk, to restore from. A throwaway one's run out with their
          // retention once the disk is deleted, so none is kept for good (values: google 6.50 compute_resource_policy).
          onSourceDiskDelete: topology.throwaway ? 'APPLY_RETENTION_POLICY' : 'KEEP_AUTO_SNAPSHOTS',
        },
        snapshotProperties: {
          labels: { ...topology.tags, [ROLE_TAG]: ROLE_SLUGS.servicesBox },
          storageLocations: [topology.region],
        },
      },
    });
    new ComputeDiskResourcePolicyAttachment(this, 'attachment', {
      name: this.policy.name,
      disk: props.disk.name,
      zone: props.disk.zone,
    });
    new ComputeDiskResourcePolicyAttachment(this, 'data_attachment', {
      name: this.policy.name,
      disk: props.dataDisk.name,
      zone: props.dataDisk.zone,
      // A restore replaces the disk under the same name, which would leave this attachment in the state but gone
      // from the new disk: it is made again with the disk.
      // A bare address: Terraform's JSON syntax takes no `${...}` in replace_triggered_by.
      lifecycle: { replaceTriggeredBy: [dependable(props.dataDisk)] },
    });
  }
}
