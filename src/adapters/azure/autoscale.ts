import { MonitorAutoscaleSetting, type MonitorAutoscaleSettingProfile } from '@cdktf/provider-azurerm/lib/monitor-autoscale-setting';
import { Construct } from 'constructs';
import type { BuilderCount } from '../../topology/azure-spot-split';
import type { ResolvedSchedule, ResolvedTopology } from '../../topology/resolved';
import { azureName, tagsFor } from './names';
import { WEEKDAY_NAMES } from '../../topology/fields';
import { windowsTimeZone } from '../../clouds/azure/windows-time-zones';

/** Props of {@link AzureBuilderSchedule}. */
export interface AzureBuilderScheduleProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** The working-hours schedule. */
  readonly schedule: ResolvedSchedule;
  /** Builders of the scale set in working hours and off hours (the spot set, which is never scaled, is not counted). */
  readonly builders: BuilderCount;
  /** Resource group of the autoscale setting. */
  readonly resourceGroupName: string;
  /** The builders' regular-priority scale set, whose terminate notification drains what scale-in removes. */
  readonly scaleSetId: string;
}

function fixed(count: number): MonitorAutoscaleSettingProfile['capacity'] {
  return { minimum: count, default: count, maximum: count };
}

/**
 * Working-hours scaling: a recurring profile at the start of each working day sets the working-hours builders, one
 * at its end sets the off-hours builders, which then hold through the night and the days off (an Azure recurring
 * profile lasts until the next one starts). The default profile only applies before the first recurrence fires.
 */
export class AzureBuilderSchedule extends Construct {
  constructor(scope: Construct, id: string, props: AzureBuilderScheduleProps) {
    super(scope, id);
    const { topology, schedule, builders } = props;
    const timezone = windowsTimeZone(schedule.timezone);
    if (timezone === undefined) throw new Error(`${schedule.timezone} has no Windows time zone name (validation should have caught this)`);
    const days = schedule.days.map((day) => WEEKDAY_NAMES[day]);
    const at = (time: string) => {
      const [hours, minutes] = time.split(':').map(Number);
      return { timezone, days, hours: [hours], minutes: [minutes] };
    };
    new MonitorAutoscaleSetting(this, 'setting', {
      name: azureName(topology, 'builders-schedule'),
      resourceGroupName: props.resourceGroupName,
      location: topology.region,
      targetResourceId: props.scaleSetId,
      profile: [
        {
          name: 'default',
          capacity: { minimum: builders.offHours, default: builders.working, maximum: builders.working },
        },
        { name: 'working-hours', capacity: fixed(builders.working), recurrence: at(schedule.start) },
        { name: 'off-hours', capacity: fixed(builders.offHours), recurrence: at(schedule.end) },
      ],
      tags: tagsFor(topology, 'builders'),
    });
  }
}
