import { z } from 'zod';
import { CLOUD_PROFILES } from '../../clouds';
import { positiveInt, timeOfDay, WEEKDAYS } from '../fields';
import { installSchema } from './install';

/** The largest disk any cloud takes: each selected cloud's own limit is checked with the other cloud rules. */
const LARGEST_DISK_GIB = Math.max(...Object.values(CLOUD_PROFILES).map((profile) => profile.disks.maxGiB));

/** When and how long the services box's disk is snapshotted. */
export const backupSchema = z
  .strictObject({
    frequency: z.enum(['daily', 'weekly']).default('daily').meta({ description: 'How often a snapshot is taken.' }),
    at: timeOfDay.default('03:00').meta({ description: 'Time of day (UTC) the snapshot starts.' }),
    weekday: z.enum(WEEKDAYS).default('SUN').meta({ description: 'Day of a weekly snapshot.' }),
    retention: positiveInt.max(1000).default(7).meta({ description: 'Snapshots kept.' }),
  })
  .meta({ description: 'Snapshots of the services box disk, taken without downtime. Default daily, keep 7.' });

/**
 * A backup per selected cloud to create the services box's data disk from. Each id's shape is checked against the
 * cloud's profile with the other cross-field rules, where the selected clouds are known.
 */
export const restoreFromSchema = z
  .strictObject({
    aws: z.string().optional().meta({ description: 'An EBS snapshot id, snap-….' }),
    gcp: z.string().optional().meta({ description: 'A snapshot, projects/<project>/global/snapshots/<name>.' }),
    azure: z.string().optional().meta({ description: 'A snapshot or managed disk id, /subscriptions/…/providers/Microsoft.Compute/snapshots/<name> or …/disks/<name>.' }),
  })
  .meta({
    description:
      'Restore: the data disk is created from these backups, one per selected cloud. Remove it once the restore is deployed (see the README, "Restore drill").',
  });

/** The one stateful box. */
export const servicesBoxSchema = z
  .strictObject({
    dailyActiveUsers: positiveInt
      .optional()
      .meta({ description: "Sizes the box from CircleCI's table (<50: 8 vCPU/32 GiB/100 GiB ... 5000+: 24/512/2 TiB)." }),
    vcpus: positiveInt.max(448).optional().meta({ description: 'Explicit vCPU count (with memoryGiB), instead of dailyActiveUsers.' }),
    memoryGiB: positiveInt.max(12288).optional().meta({ description: 'Explicit memory in GiB (with vcpus).' }),
    diskGiB: positiveInt
      .min(50)
      .max(LARGEST_DISK_GIB)
      .optional()
      .meta({ description: "Data disk size; default from the daily-active-users table (100 GiB below 50 users). Each selected cloud's own largest disk applies." }),
    backup: backupSchema.default({ frequency: 'daily', at: '03:00', weekday: 'SUN', retention: 7 }),
    protection: z
      .boolean()
      .default(true)
      .meta({ description: 'Termination / deletion protection and prevent_destroy. Only a throwaway installation may turn it off.' }),
    install: installSchema('services box'),
    restoreFrom: restoreFromSchema.optional(),
  })
  .default({ backup: { frequency: 'daily', at: '03:00', weekday: 'SUN', retention: 7 }, protection: true, install: { method: 'documented' } })
  .meta({ description: 'The stateful box holding the frontend and all data. Never replaced casually; backed up.' });
