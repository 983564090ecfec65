import { ComputeHealthCheck } from '@cdktf/provider-google/lib/compute-health-check';
import { ComputeRegionAutoscaler } from '@cdktf/provider-google/lib/compute-region-autoscaler';
import {
  ComputeRegionInstanceGroupManager,
  type ComputeRegionInstanceGroupManagerVersion,
} from '@cdktf/provider-google/lib/compute-region-instance-group-manager';
import { Construct } from 'constructs';
import type { ResolvedSchedule, ResolvedTopology } from '../../topology/resolved';
import { BuilderTemplate, type BuilderTemplateProps } from './builder-template';
import { weeklyCron } from '../shared/cron';
import { balancedDiskType } from '../../clouds/gcp/boot-disk';
import { GCP_HEALTH_CHECK } from '../../clouds/gcp/platform';
import { gcpName } from './naming';

/** Port the auto-healing health check probes, which the profile's platform allowance opens to Google's probers. */
const HEALTH_CHECK_PORT = GCP_HEALTH_CHECK.port.from;

/** Seconds a new builder has to boot (packages, Docker, secrets) before auto-healing judges it. */
const BOOT_GRACE_SECONDS = 600;

/**
 * A regional MIG spreads its VMs over three zones by default, and a fixed surge must be 0 or at least the number of
 * zones; surging by three and never taking a builder away first keeps capacity up during a rolling update.
 */
const ROLLING_SURGE = 3;

/** Props of GcpBuilderFleet. */
export type GcpBuilderFleetProps = Omit<BuilderTemplateProps, 'provisioning'>;

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * The builders: a regional managed instance group across zones, with auto-healing, proactive rolling updates and,
 * when the topology has a working-hours schedule, an autoscaler with a scaling schedule.
 *
 * Spot: a MIG runs one template per version, so an on-demand base is a second version with a fixed size. GCP runs
 * two versions only with the EVEN distribution shape, and instance flexibility (other machine types) only with the
 * other shapes, so the plan's alternatives are used only when every builder is spot (onDemandBase 0); otherwise they
 * are named in the spot template's description. Alternatives that boot from another disk type are left out, because
 * the template's boot disk would not attach to them.
 */
export class GcpBuilderFleet extends Construct {
  /** The group. */
  readonly group: ComputeRegionInstanceGroupManager;
  /** The autoscaler, when the topology has a schedule. */
  readonly autoscaler?: ComputeRegionAutoscaler;

  constructor(scope: Construct, id: string, props: GcpBuilderFleetProps) {
    super(scope, id);
    const { topology } = props;
    const builders = topology.builders;
    const prefix = topology.name;
    const onDemandBase = builders.spot ? builders.spot.onDemandBase : builders.max;
    const allSpot = onDemandBase === 0;
    const versions: ComputeRegionInstanceGroupManagerVersion[] = [];
    if (!allSpot) {
      const onDemand = new BuilderTemplate(this, 'on_demand', { ...props, provisioning: 'on-demand' });
      const mixed = onDemandBase < builders.max;
      versions.push({ name: 'on-demand', instanceTemplate: onDemand.template.selfLinkUnique, ...(mixed ? { targetSize: { fixed: onDemandBase } } : {}) });
    }
    if (onDemandBase < builders.max) {
      const spot = new BuilderTemplate(this, 'spot', { ...props, provisioning: 'spot' });
      versions.push({ name: 'spot', instanceTemplate: spot.template.selfLinkUnique });
    }
    const diskType = balancedDiskType(builders.instanceType);
    const alternatives = allSpot ? (builders.spot?.alternatives ?? []).filter((type) => balancedDiskType(type) === diskType) : [];
    const shape = allSpot ? 'BALANCED' : 'EVEN';

    const healthCheck = new ComputeHealthCheck(this, 'health_check', {
      name: gcpName(prefix, 'builders-health'),
      description: `Auto-healing of builders: TCP ${HEALTH_CHECK_PORT} answers`,
      tcpHealthCheck: { port: HEALTH_CHECK_PORT },
      checkIntervalSec: 30,
      timeoutSec: 10,
      healthyThreshold: 2,
      unhealthyThreshold: 4,
    });

    this.group = new ComputeRegionInstanceGroupManager(this, 'group', {
      name: gcpName(prefix, 'builders'),
      description: `CircleCI builders: ${builders.desired} x ${builders.instanceType}, ${builders.containersPerBuilder} containers each`,
      baseInstanceName: gcpName(prefix, 'builder'),
      region: topology.region,
      version: versions,
      // With an autoscaler the group's size is the autoscaler's to set.
      ...(builders.schedule ? {} : { targetSize: builders.desired }),
      distributionPolicyTargetShape: shape,
      ...(alternatives.length > 0
        ? {
            instanceFlexibilityPolicy: {
              instanceSelections: [
                { name: 'planned', rank: 1, machineTypes: [builders.instanceType] },
                { name: 'alternatives', rank: 2, machineTypes: [...alternatives] },
              ],
            },
          }
        : {}),
      autoHealingPolicies: { healthCheck: healthCheck.id, initialDelaySec: BOOT_GRACE_SECONDS },
      instanceLifecyclePolicy: { defaultActionOnFailure: 'REPAIR', forceUpdateOnRepair: 'YES' },
      updatePolicy: {
        type: 'PROACTIVE',
        minimalAction: 'REPLACE',
        maxSurgeFixed: ROLLING_SURGE,
        maxUnavailableFixed: 0,
        // Moving VMs between zones deletes running builders; GCP allows proactive redistribution only with EVEN.
        instanceRedistributionType: shape === 'EVEN' ? 'PROACTIVE' : 'NONE',
      },
      waitForInstances: false,
    });

    if (builders.schedule) this.autoscaler = this.addSchedule(topology, builders.schedule);
  }

  private addSchedule(topology: ResolvedTopology<'gcp'>, schedule: ResolvedSchedule): ComputeRegionAutoscaler {
    return new ComputeRegionAutoscaler(this, 'autoscaler', {
      name: gcpName(topology.name, 'builders'),
      description: `Builders: ${schedule.workingBuilders} in working hours (${schedule.days.join(',')} ${schedule.start}-${schedule.end} ${schedule.timezone}), ${schedule.offHoursBuilders} otherwise`,
      region: topology.region,
      target: this.group.id,
      autoscalingPolicy: {
        minReplicas: schedule.offHoursBuilders,
        maxReplicas: schedule.workingBuilders,
        cooldownPeriod: BOOT_GRACE_SECONDS,
        mode: 'ON',
        // The schedule, not load, sizes the fleet (CircleCI: builders boot too slowly for load-driven scaling). A
        // 100 % CPU target never asks for more builders; the schedule's floor holds the working-hours size.
        cpuUtilization: { target: 1 },
        scalingSchedules: [
          {
            name: 'working-hours',
            description: 'CircleCI builders for the working day',
            minRequiredReplicas: schedule.workingBuilders,
            schedule: weeklyCron(schedule.start, schedule.days),
            durationSec: (minutesOf(schedule.end) - minutesOf(schedule.start)) * 60,
            timeZone: schedule.timezone,
          },
        ],
      },
    });
  }
}
