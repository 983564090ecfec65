import { AutoscalingSchedule } from '@cdktf/provider-aws/lib/autoscaling-schedule';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { weeklyCron } from '../shared/cron';
import { awsName } from './names';

/** Props of AwsBuilderSchedule. */
export interface AwsBuilderScheduleProps {
  /** The installation; its builders have a schedule. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The Auto Scaling group's name. */
  readonly groupName: string;
}

/**
 * Working-hours scaling, as CircleCI advises (builders boot too slowly for queue-driven scaling): the fleet scales
 * up at the start of each working day and down at its end, in the schedule's own time zone, so nights and
 * weekends run the off-hours fleet.
 */
export class AwsBuilderSchedule extends Construct {
  constructor(scope: Construct, id: string, props: AwsBuilderScheduleProps) {
    super(scope, id);
    const { topology, groupName } = props;
    const { schedule, max } = topology.builders;
    if (!schedule) throw new Error('AwsBuilderSchedule needs builders.schedule');
    const actions = [
      { id: 'working_hours_start', slug: 'working-hours-start', time: schedule.start, builders: schedule.workingBuilders },
      { id: 'working_hours_end', slug: 'working-hours-end', time: schedule.end, builders: schedule.offHoursBuilders },
    ];
    for (const action of actions) {
      new AutoscalingSchedule(this, action.id, {
        scheduledActionName: awsName(topology, 'builders', action.slug),
        autoscalingGroupName: groupName,
        recurrence: weeklyCron(action.time, schedule.days),
        timeZone: schedule.timezone,
        minSize: schedule.offHoursBuilders,
        maxSize: max,
        desiredCapacity: action.builders,
      });
    }
  }
}
