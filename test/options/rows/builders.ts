import { catalogFor } from '../../../src/catalog';
import type { Cloud } from '../../../src/cloud';
import { AZURE_IMAGES } from '../../../src/clouds/azure/images';
import { balancedDiskType } from '../../../src/clouds/gcp/boot-disk';
import { GCP_IMAGES } from '../../../src/clouds/gcp/images';
import { windowsTimeZone } from '../../../src/clouds/azure/windows-time-zones';
import type { TerraformJson } from '../../helpers/synth';
import { rendered, type Meta, type Model, type Patch, type Refusal, type Row } from '../cells';
import { all, azureScaleSets, builderBoot, builderTypes, installMethod, one, renderedFleet, setting, spotAlternatives } from '../terraform';
import { byCloud, everywhere } from './helpers';
import type { VariantName } from '../variants';

/** The fleet sizing planned: type, builders in working hours, containers each. */
function plannedFleet({ resolved }: Model) {
  const b = resolved.builders;
  return { instanceType: b.instanceType, builders: b.max, containersPerBuilder: b.containersPerBuilder };
}

/** Every type the builders may run as, as each cloud can render it. */
function plannedTypes({ cloud, resolved }: Model): string[] {
  const b = resolved.builders;
  const alternatives = b.spot?.alternatives ?? [];
  if (cloud === 'aws') return [b.instanceType, ...alternatives];
  if (cloud === 'gcp' && b.spot?.onDemandBase === 0) return [b.instanceType, ...alternatives.filter((t) => balancedDiskType(t) === balancedDiskType(b.instanceType))];
  return [b.instanceType];
}

const FLEET_HOW = {
  aws: 'launch template type, group size, `CIRCLE_NUM_CONTAINERS`',
  gcp: 'template machine type, group size, `CIRCLE_NUM_CONTAINERS`',
  azure: 'scale set `sku`, `instances`, `CIRCLE_NUM_CONTAINERS`',
} as const;

/**
 * A sizing option: the rendered fleet is the plan's, and the plan changes with the option at another value (per
 * cloud where one value cannot move every cloud's plan).
 */
function sizing(variant: VariantName, otherwise: Patch, perCloud: Partial<Record<Cloud, Patch>> = {}): Pick<Row, Cloud> {
  const cell = (cloud: Cloud) => rendered(variant, FLEET_HOW[cloud], (json) => renderedFleet(cloud, json), plannedFleet, { otherwise: { builders: perCloud[cloud] ?? otherwise } });
  return { aws: cell('aws'), gcp: cell('gcp'), azure: cell('azure') };
}

/**
 * A type filter: every rendered type is one sizing allows, and the types change with the filter off. On AWS and GCP
 * the spot alternatives count too (spotTypes); Azure renders the plan's size only (smallBuilders).
 */
function typeFilter(variant: VariantName, otherwise: Patch, how: string) {
  return rendered(variant, how, (json, { cloud }) => builderTypes(cloud, json), plannedTypes, { otherwise: { builders: otherwise } });
}

/** A type filter on a cloud whose catalog has no type of the kind: nothing to filter. */
function noSuchTypes(cloud: Cloud, kind: 'burstable' | 'sharedCore' | 'flex'): Meta {
  return {
    how: `no ${kind === 'sharedCore' ? 'shared-core' : kind} types on ${cloud}`,
    meta: `the ${cloud} catalog has no ${kind} type, so there is nothing to allow`,
    check: () => expect(catalogFor(cloud).types.filter((type) => type[kind])).toEqual([]),
  };
}

function builderImage(json: TerraformJson, cloud: Cloud): string {
  return byCloud(cloud, {
    aws: () => {
      const ami = /^\$\{data\.aws_ami\.([\w-]+)\.id\}$/.exec(one(json, 'aws_launch_template').image_id)?.[1] ?? '';
      const filters: { name: string; values: string[] }[] = json.data?.aws_ami?.[ami]?.filter as never;
      return filters.find((f) => f.name === 'architecture')?.values[0] ?? '';
    },
    gcp: () => all(json, 'google_compute_instance_template')[0].disk[0].source_image,
    azure: () => {
      const refs = azureScaleSets(json).map((set) => set.source_image_reference);
      return [...new Set(refs.map((ref) => `${ref.publisher}:${ref.offer}:${ref.sku}:${ref.version}`))].join(' ');
    },
  });
}

type Actions = { start: Record<string, any>; end: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The working-hours start and end as each cloud schedules them. */
function scheduleActions(json: TerraformJson, cloud: Cloud): Actions {
  return byCloud(cloud, {
    aws: () => {
      const actions = all(json, 'aws_autoscaling_schedule');
      return { start: actions.find((a) => /start$/.test(a.scheduled_action_name))!, end: actions.find((a) => /end$/.test(a.scheduled_action_name))! };
    },
    gcp: () => {
      const policy = one(json, 'google_compute_region_autoscaler').autoscaling_policy;
      return { start: { ...policy.scaling_schedules[0], min_replicas: policy.min_replicas }, end: policy };
    },
    azure: () => {
      const profiles: Record<string, any>[] = one(json, 'azurerm_monitor_autoscale_setting').profile; // eslint-disable-line @typescript-eslint/no-explicit-any
      return { start: profiles.find((p) => p.name === 'working-hours')!, end: profiles.find((p) => p.name === 'off-hours')! };
    },
  });
}

/** A drain time outside what a cloud allows. */
function drainOutside(seconds: number, title: string, what: string): Refusal {
  return { patch: { builders: { drainTimeoutSeconds: seconds } }, message: new RegExp(`is outside what ${title} allows`), what };
}

/** A schedule time zone that is not an IANA name: refused on every cloud. */
const NOT_IANA: Refusal = { patch: { builders: { schedule: { timezone: 'Europe/Berlim' } } }, message: /is not a time zone in the IANA database/, what: 'a name not in the IANA database' };

/** Azure's builder scale sets by priority: instances, and whether scale-in gives the builder a terminate notification. */
function azureFleetSplit(json: TerraformJson) {
  const sets = azureScaleSets(json);
  const of = (priority: string) => {
    const found = sets.filter((set) => (set.priority ?? 'Regular') === priority);
    return { instances: found.reduce((sum, set) => sum + set.instances, 0), terminationNotification: found.some((set) => set.termination_notification?.enabled === true) };
  };
  return { regular: of('Regular'), spot: of('Spot') };
}

/** The builders Azure runs at spot priority: those above the on-demand base that the schedule never scales in. */
function azureSpotBuilders({ resolved }: Model): number {
  const b = resolved.builders;
  return b.spot ? Math.max(0, (b.schedule?.offHoursBuilders ?? b.desired) - b.spot.onDemandBase) : 0;
}

/** The priorities of Azure's builder scale sets, regular first: a set only where it holds builders. */
function azurePriorities(model: Model): string[] {
  const spot = azureSpotBuilders(model);
  return [...(model.resolved.builders.desired - spot > 0 ? ['Regular'] : []), ...(spot > 0 ? ['Spot'] : [])];
}

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** An on-demand base larger than the fleet, which resolve refuses on every cloud. */
const BASE_BEYOND_FLEET = { patch: { builders: { spot: { enabled: true, onDemandBase: 500 } } }, message: /is more than the \d+ builders the \w+ fleet has/, what: 'more than the fleet' };

/** The build fleet: sizing, architecture, spot, schedule, drain. */
export const BUILDER_ROWS: readonly Row[] = [
  { path: 'builders.containers', ...sizing('everything', { containers: 40 }) },
  {
    path: 'builders.count',
    ...everywhere(
      'alternatives',
      { aws: 'group `min_size` = `max_size`', gcp: 'group `target_size`', azure: 'scale set `instances`' },
      (json, { cloud }) => renderedFleet(cloud, json).builders,
      4,
    ),
  },
  {
    path: 'builders.container.cpus',
    ...everywhere('everything', { aws: '`CIRCLE_CONTAINER_CPUS` and sizing', gcp: 'the same', azure: 'the same' }, (json, { cloud }) => setting(builderBoot(cloud, json), 'CIRCLE_CONTAINER_CPUS'), '4'),
  },
  {
    path: 'builders.container.memoryGiB',
    ...everywhere('everything', { aws: '`CIRCLE_CONTAINER_MEMORY_LIMIT` and sizing', gcp: 'the same', azure: 'the same' }, (json, { cloud }) => setting(builderBoot(cloud, json), 'CIRCLE_CONTAINER_MEMORY_LIMIT'), '8G'),
  },
  { path: 'builders.reserve.cpus', ...sizing('everything', { reserve: { cpus: 8 } }) },
  {
    path: 'builders.reserve.memoryGiB',
    // The Azure plan's E-series size has 8 GiB per vCPU: only a large memory reserve outweighs its vCPUs.
    ...sizing('everything', { reserve: { memoryGiB: 76 } }, { azure: { reserve: { memoryGiB: 132 } } }),
  },
  {
    path: 'builders.arch',
    aws: rendered('everything', 'arm64 types; Ubuntu AMI looked up with `architecture = arm64`', (json) => builderImage(json, 'aws'), 'arm64'),
    gcp: rendered('everything', 'arm64 machine types; Ubuntu arm64 image family', (json) => builderImage(json, 'gcp'), GCP_IMAGES.ubuntu.arm64),
    azure: rendered('everything', 'arm64 sizes; Ubuntu arm64 image', (json) => builderImage(json, 'azure'), AZURE_IMAGES.ubuntu.arm64),
  },
  {
    path: 'builders.minBuilders',
    // With a schedule, minBuilders is also the off-hours floor: builders.schedule.offHoursContainers asserts that.
    ...sizing('smallBuilders', { minBuilders: 2 }),
  },
  { path: 'builders.maxBuilderVcpus', ...sizing('everything', { maxBuilderVcpus: 16 }) },
  {
    path: 'builders.allowBurstable',
    aws: typeFilter('spotTypes', { allowBurstable: false }, 't3 / t4g types among the planned and spot types'),
    gcp: noSuchTypes('gcp', 'burstable'),
    azure: typeFilter('smallBuilders', { allowBurstable: false }, 'B-series sizes'),
  },
  {
    path: 'builders.allowSharedCore',
    aws: noSuchTypes('aws', 'sharedCore'),
    gcp: typeFilter('spotTypes', { allowSharedCore: false }, 'e2-micro / small / medium machine types'),
    azure: noSuchTypes('azure', 'sharedCore'),
  },
  {
    path: 'builders.allowFlex',
    aws: typeFilter('spotTypes', { allowFlex: false }, '`*-flex` types among the planned and spot types'),
    gcp: noSuchTypes('gcp', 'flex'),
    azure: noSuchTypes('azure', 'flex'),
  },
  {
    path: 'builders.spot.enabled',
    aws: rendered('alternatives', '`mixed_instances_policy` (spot above the base)', (json) => one(json, 'aws_autoscaling_group').mixed_instances_policy !== undefined, false),
    gcp: rendered('alternatives', 'a `SPOT` template version', (json) => all(json, 'google_compute_instance_template').map((t) => t.scheduling.provisioning_model), ['STANDARD']),
    azure: rendered('alternatives', 'a `Spot` scale set for builders above the base that run day and night (see onDemandBase)', (json) => azureScaleSets(json).map((set) => set.priority ?? 'Regular'), azurePriorities, {
      // The default topology's off-hours fleet is its on-demand base, so it has no spot set either: turn spot on here.
      otherwise: { builders: { spot: { enabled: true } } },
    }),
  },
  {
    path: 'builders.spot.onDemandBase',
    aws: rendered('everything', '`on_demand_base_capacity`', (json) => one(json, 'aws_autoscaling_group').mixed_instances_policy.instances_distribution.on_demand_base_capacity, 2, { refuses: BASE_BEYOND_FLEET }),
    gcp: rendered('everything', 'on-demand version `target_size.fixed`', (json) => one(json, 'google_compute_region_instance_group_manager').version.find((v: { name: string }) => v.name === 'on-demand')?.target_size?.fixed, 2, { refuses: BASE_BEYOND_FLEET }),
    azure: rendered(
      'everything',
      'regular-priority scale set (terminate notification) for the base and what the schedule scales; a `Spot` set for the rest',
      (json) => azureFleetSplit(json),
      (model: Model) => {
        const spot = azureSpotBuilders(model);
        return { regular: { instances: model.resolved.builders.desired - spot, terminationNotification: true }, spot: { instances: spot, terminationNotification: false } };
      },
      { refuses: BASE_BEYOND_FLEET },
    ),
  },
  {
    path: 'builders.spot.alternatives',
    aws: rendered('spotTypes', 'launch template `override` types', (json) => spotAlternatives('aws', json), ({ resolved }: Model) => resolved.builders.spot?.alternatives),
    gcp: rendered('spotTypes', '`instance_flexibility_policy` (all-spot fleets)', (json) => builderTypes('gcp', json), plannedTypes, {
      refuses: { patch: { builders: { spot: { enabled: true, onDemandBase: 1, alternatives: 3 } } }, message: /must be only with builders\.spot\.onDemandBase 0 on GCP/, what: 'more than 0 with an on-demand base' },
    }),
    azure: {
      how: 'more than 0 (a scale set runs one size)',
      refused: { patch: { builders: { spot: { enabled: true, alternatives: 3 } } }, message: /must be 0 or left out on Azure/, what: 'more than 0' },
    },
  },
  {
    path: 'builders.schedule.timezone',
    aws: rendered('everything', 'scheduled actions `time_zone`', (json) => scheduleActions(json, 'aws').start.time_zone, 'Europe/Berlin', { refuses: NOT_IANA }),
    gcp: rendered('everything', 'scaling schedule `time_zone`', (json) => scheduleActions(json, 'gcp').start.time_zone, 'Europe/Berlin', { refuses: NOT_IANA }),
    azure: rendered('everything', 'autoscale recurrence `timezone` (Windows name)', (json) => scheduleActions(json, 'azure').start.recurrence.timezone, windowsTimeZone('Europe/Berlin'), {
      refuses: [NOT_IANA, { patch: { builders: { schedule: { timezone: 'Antarctica/Troll' } } }, message: /no Windows time zone name/, what: 'a zone without a Windows name' }],
    }),
  },
  {
    path: 'builders.schedule.days',
    aws: rendered('everything', 'recurrence day-of-week, as cron numbers (Sunday 0)', (json) => [scheduleActions(json, 'aws').start.recurrence, scheduleActions(json, 'aws').end.recurrence].map((cron) => String(cron).split(' ')[4]), ['1,2,3,4,5,6', '1,2,3,4,5,6']),
    gcp: rendered('everything', 'scaling schedule cron day-of-week, as numbers (Sunday 0)', (json) => String(scheduleActions(json, 'gcp').start.schedule).split(' ')[4], '1,2,3,4,5,6'),
    azure: rendered('everything', 'recurrence `days`', (json) => [scheduleActions(json, 'azure').start.recurrence.days, scheduleActions(json, 'azure').end.recurrence.days], [DAY_NAMES, DAY_NAMES]),
  },
  {
    path: 'builders.schedule.start',
    aws: rendered('everything', 'working-hours-start recurrence', (json) => String(scheduleActions(json, 'aws').start.recurrence).split(' ').slice(0, 2), ['30', '6']),
    gcp: rendered('everything', 'scaling schedule cron', (json) => String(scheduleActions(json, 'gcp').start.schedule).split(' ').slice(0, 2), ['30', '6']),
    azure: rendered('everything', 'working-hours profile `hours`/`minutes`', (json) => [scheduleActions(json, 'azure').start.recurrence.hours, scheduleActions(json, 'azure').start.recurrence.minutes], [[6], [30]]),
  },
  {
    path: 'builders.schedule.end',
    aws: rendered('everything', 'working-hours-end recurrence', (json) => String(scheduleActions(json, 'aws').end.recurrence).split(' ').slice(0, 2), ['0', '21']),
    gcp: rendered('everything', 'scaling schedule `duration_sec`', (json) => scheduleActions(json, 'gcp').start.duration_sec, (21 * 60 - (6 * 60 + 30)) * 60),
    azure: rendered('everything', 'off-hours profile `hours`/`minutes`', (json) => [scheduleActions(json, 'azure').end.recurrence.hours, scheduleActions(json, 'azure').end.recurrence.minutes], [[21], [0]]),
  },
  {
    path: 'builders.schedule.offHoursContainers',
    ...everywhere(
      'everything',
      { aws: 'working-hours-end `desired_capacity`', gcp: 'autoscaler `min_replicas`', azure: 'off-hours profile capacity' },
      (json, { cloud }) =>
        byCloud(cloud, {
          aws: () => scheduleActions(json, cloud).end.desired_capacity,
          gcp: () => scheduleActions(json, cloud).end.min_replicas,
          // The spot set is never scaled: off hours are the regular set's off-hours capacity plus the spot builders.
          azure: () => Number(scheduleActions(json, cloud).end.capacity.default) + azureFleetSplit(json).spot.instances,
        }),
      ({ resolved }: Model) => resolved.builders.schedule?.offHoursBuilders,
      // Off hours hold at least minBuilders; 0 scales the fleet to zero.
      { otherwise: { builders: { schedule: { offHoursContainers: 0 } } } },
    ),
  },
  {
    path: 'builders.install.method',
    ...everywhere(
      'alternatives',
      { aws: 'user data runs `circleci-install` (provision-builder and init-builder by default), or nothing for `none`', gcp: 'the same, in `user-data` metadata', azure: 'the same, in custom data' },
      (json, { cloud }) => installMethod(builderBoot(cloud, json), 'init-builder-0.2.sh'),
      'none',
    ),
  },
  {
    path: 'builders.install.commands',
    ...everywhere('everything', { aws: 'the lines of `circleci-install`', gcp: 'the same', azure: 'the same' }, (json, { cloud }) => builderBoot(cloud, json).includes('bash /opt/mirror/init-builder.sh'), true),
  },
  {
    path: 'builders.drainTimeoutSeconds',
    aws: rendered('everything', 'lifecycle hook `heartbeat_timeout` (default 3600)', (json) => one(json, 'aws_autoscaling_lifecycle_hook').heartbeat_timeout, 60, {
      byDefault: 3600,
      refuses: [drainOutside(20, 'AWS', 'under 30 s'), drainOutside(7201, 'AWS', 'over 7200 s')],
    }),
    gcp: rendered(
      'everything',
      'shutdown script runs `timeout <n> circle-shutdown` (default 90)',
      (json) => [...new Set(all(json, 'google_compute_instance_template').map((t) => /^timeout (\d+) circle-shutdown/m.exec(t.metadata['shutdown-script'])?.[1]))],
      ['60'],
      { byDefault: ['90'], refuses: drainOutside(91, 'GCP', 'over 90 s') },
    ),
    azure: rendered(
      'everything',
      'terminate notification `timeout` (at least PT5M), drain agent `DRAIN_TIMEOUT_SECONDS` (default 900)',
      (json) => [azureScaleSets(json)[0].termination_notification?.timeout, /DRAIN_TIMEOUT_SECONDS = (\d+)/.exec(builderBoot('azure', json))?.[1]],
      ['PT5M', '60'],
      { byDefault: ['PT15M', '900'], refuses: drainOutside(901, 'Azure', 'over 900 s') },
    ),
  },
];
