import { z } from 'zod';
import { ARCHITECTURES } from '../../cloud';
import { cpus, ianaTimeZone, memoryGiB, positiveInt, timeOfDay, WEEKDAYS } from '../fields';
import { installSchema } from './install';

const shape = (what: string, defaults: { cpus: number; memoryGiB: number }) =>
  z
    .strictObject({
      cpus: cpus.default(defaults.cpus).meta({ description: `CPUs ${what}` }),
      memoryGiB: memoryGiB.default(defaults.memoryGiB).meta({ description: `Memory in GiB ${what}` }),
    })
    .default(defaults);

/** Working-hours scaling: builders scale up for the working day and down at night and at weekends. */
export const scheduleSchema = z
  .strictObject({
    timezone: ianaTimeZone.default('UTC'),
    days: z.array(z.enum(WEEKDAYS)).min(1).default(['MON', 'TUE', 'WED', 'THU', 'FRI']),
    start: timeOfDay.default('08:00'),
    end: timeOfDay.default('19:00'),
    offHoursContainers: z
      .number()
      .int()
      .min(0)
      .default(0)
      .meta({ description: 'Containers kept outside working hours, on at least minBuilders builders; 0 scales the fleet to zero.' }),
  })
  .meta({ description: 'Scale up for working hours and down at night (boot times are too long for queue-driven scaling).' });

/** The stateless build fleet. */
export const buildersSchema = z
  .strictObject({
    containers: positiveInt
      .max(100000)
      .optional()
      .meta({ description: 'Target concurrent build containers; the kit picks the cheapest instance type and count.' }),
    count: positiveInt
      .max(10000)
      .optional()
      .meta({ description: 'A fixed number of builders instead of containers; needs <cloud>.builders.instanceType.' }),
    container: shape('per build container', { cpus: 2, memoryGiB: 4 }),
    reserve: shape('each builder keeps for coordinating builds', { cpus: 2, memoryGiB: 4 }),
    arch: z.enum(ARCHITECTURES).default('x86_64').meta({ description: 'CircleCI builders are x86_64 in every release.' }),
    minBuilders: positiveInt.max(1000).default(2).meta({ description: 'Fewest builders whenever builders run (off hours too, unless schedule.offHoursContainers is 0), for availability.' }),
    maxBuilderVcpus: positiveInt.max(448).default(64).meta({ description: 'Largest builder considered (CircleCI supports up to 64 vCPU).' }),
    allowBurstable: z.boolean().default(false).meta({ description: 'Consider burstable types (t3, B-series).' }),
    allowSharedCore: z.boolean().default(false).meta({ description: 'Consider shared-core types (e2-micro ...).' }),
    allowFlex: z.boolean().default(false).meta({ description: 'Consider AWS *-flex types, which are not fully fixed-performance.' }),
    spot: z
      .strictObject({
        enabled: z.boolean().default(true),
        onDemandBase: z.number().int().min(0).default(1).meta({ description: 'Builders always kept on-demand.' }),
        // No schema default: Azure refuses the field when it is set (cloud-rules.ts), so the default is applied per cloud.
        alternatives: z
          .number()
          .int()
          .min(0)
          .max(19)
          .optional()
          .meta({ description: 'Further instance types spot may use; default 3 on AWS and GCP, none on Azure (one VM size per scale set).' }),
      })
      .optional()
      .meta({ description: 'Run builders on spot / preemptible capacity.' }),
    schedule: scheduleSchema.optional(),
    install: installSchema('builders'),
    drainTimeoutSeconds: positiveInt
      .max(7200)
      .optional()
      .meta({
        description:
          'How long a builder may take to finish running builds when it is removed; default an hour, or the most the cloud allows (Azure 15 minutes, GCP about 90 s).',
      }),
  })
  .meta({ description: 'Builder boxes: set containers (target concurrency) or count (fixed builders).' });
