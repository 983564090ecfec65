import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { issueAt, resolvedFor, topologySpec } from '../../helpers/topology';
import { cloudConfigOf, defaultAzure, only, ref, synthAzure } from './support';

const SCALE_SET = 'azurerm_linux_virtual_machine_scale_set';
const NO_SCHEDULE = { builders: { schedule: undefined } };

/** The scale sets by priority: the regular one carries no `priority`, the spot one `Spot`. */
function scaleSets(json: TerraformJson): { regular?: [string, Record<string, unknown>]; spot?: [string, Record<string, unknown>] } {
  const all = Object.entries(resourcesOf(json, SCALE_SET));
  expect(all.length).toBeGreaterThan(0);
  expect(all.length).toBeLessThanOrEqual(2);
  return { regular: all.find(([, set]) => set.priority === undefined), spot: all.find(([, set]) => set.priority === 'Spot') };
}

/** The autoscale setting's capacity in working hours and off hours. */
function scheduled(json: TerraformJson): { target: unknown; working: unknown; offHours: unknown } {
  const [, setting] = only(json, 'azurerm_monitor_autoscale_setting');
  const profiles = setting.profile as { name: string; capacity: { default: number } }[];
  const at = (name: string) => profiles.find((p) => p.name === name)?.capacity.default;
  return { target: setting.target_resource_id, working: at('working-hours'), offHours: at('off-hours') };
}

describe('Azure spot builders: the on-demand base and what the schedule scales are drained, spot only what it never removes', () => {
  it('GIVEN the default topology (spot, onDemandBase 1, 3 builders in working hours, 2 off hours) WHEN synthesized THEN a drained regular-priority set scaled 2/1 by the schedule, and the one builder kept day and night above the base on spot', () => {
    const schedule = resolvedFor('azure').builders.schedule!;
    expect([schedule.workingBuilders, schedule.offHoursBuilders]).toEqual([3, 2]);
    const json = defaultAzure();
    const { regular, spot } = scaleSets(json);
    expect(spot![1]).toMatchObject({ instances: 1, priority: 'Spot' });
    expect(spot![1].lifecycle).toBeUndefined();
    const [name, set] = regular!;
    expect(set).toMatchObject({ instances: 2, termination_notification: { enabled: true, timeout: 'PT15M' }, lifecycle: { ignore_changes: ['instances'] } });
    expect(set.eviction_policy).toBeUndefined();
    expect(scheduled(json)).toEqual({ target: ref(SCALE_SET, name, 'id'), working: 2, offHours: 1 });
    const agent = cloudConfigOf(set).text;
    expect(agent).toContain('circle-shutdown');
    expect(agent).toContain('scheduledevents');
  });

  it('GIVEN spot with onDemandBase 0 WHEN synthesized THEN the 2 builders kept off hours are spot and never scaled; the other one is drained and scaled 1/0', () => {
    const json = synthAzure({ builders: { spot: { onDemandBase: 0 } } });
    const { regular, spot } = scaleSets(json);
    const [regularName, regularSet] = regular!;
    const [spotName, spotSet] = spot!;
    expect(regularSet).toMatchObject({ name: 'ci-builders', instances: 1, termination_notification: { enabled: true, timeout: 'PT15M' } });
    expect(spotSet).toMatchObject({ name: 'ci-builders-spot', instances: 2, priority: 'Spot', eviction_policy: 'Delete', max_bid_price: -1 });
    // Azure refuses a terminate notification on spot, and nothing scales this set, so Terraform owns its count.
    expect(spotSet.termination_notification).toBeUndefined();
    expect(spotSet.lifecycle).toBeUndefined();
    expect(scheduled(json)).toEqual({ target: ref(SCALE_SET, regularName, 'id'), working: 1, offHours: 0 });
    expect(spotSet.custom_data).toBe(regularSet.custom_data);
    expect(json.output?.builder_group_name.value).toBe(`\${join(", ", [${SCALE_SET}.${regularName}.name, ${SCALE_SET}.${spotName}.name])}`);
  });

  it('GIVEN spot turned off WHEN synthesized THEN one drained regular-priority set scaled by the schedule, as without spot', () => {
    const json = synthAzure({ builders: { spot: { enabled: false } } });
    const { regular, spot } = scaleSets(json);
    expect(spot).toBeUndefined();
    expect(regular![1]).toMatchObject({ instances: 3, termination_notification: { enabled: true } });
    expect(scheduled(json)).toMatchObject({ working: 3, offHours: 2 });
  });

  it('GIVEN an onDemandBase as large as the fleet WHEN synthesized THEN every builder is on-demand and drained', () => {
    const json = synthAzure({ builders: { spot: { onDemandBase: 3 } } });
    const { regular, spot } = scaleSets(json);
    expect(spot).toBeUndefined();
    expect(regular![1]).toMatchObject({ instances: 3, termination_notification: { enabled: true } });
    expect(scheduled(json)).toMatchObject({ working: 3, offHours: 2 });
  });

  it('GIVEN an onDemandBase larger than the fleet WHEN resolved THEN it is refused, naming the fleet', () => {
    expect(() => resolvedFor('azure', { builders: { spot: { onDemandBase: 50 } } })).toThrow(/builders\.spot\.onDemandBase = 50: is more than the 3 builders the azure fleet has/);
  });

  it('GIVEN spot without a schedule WHEN synthesized THEN the base is on-demand, the rest spot, and nothing scales either set', () => {
    const json = synthAzure(NO_SCHEDULE);
    const { regular, spot } = scaleSets(json);
    expect(regular![1]).toMatchObject({ instances: 1, termination_notification: { enabled: true } });
    expect(regular![1].lifecycle).toBeUndefined();
    expect(spot![1]).toMatchObject({ instances: 2, priority: 'Spot' });
    expect(resourcesOf(json, 'azurerm_monitor_autoscale_setting')).toEqual({});
  });

  it('GIVEN spot with onDemandBase 0 and no schedule WHEN synthesized THEN one spot set of the whole fleet, and the output names it', () => {
    const json = synthAzure({ builders: { schedule: undefined, spot: { onDemandBase: 0 } } });
    const { regular, spot } = scaleSets(json);
    expect(regular).toBeUndefined();
    expect(spot![1]).toMatchObject({ instances: 3, priority: 'Spot' });
    expect(json.output?.builder_group_name.value).toBe(ref(SCALE_SET, spot![0], 'name'));
  });
});

describe('Azure spot alternatives: a scale set runs one VM size', () => {
  it('GIVEN builders.spot.alternatives set above 0 with Azure selected WHEN validated THEN it is refused at that field, saying why', () => {
    const issue = issueAt({ clouds: ['aws', 'azure'], gcp: undefined, builders: { spot: { alternatives: 2 } } }, 'builders.spot.alternatives');
    expect(issue.message).toMatch(/on Azure/);
    expect(issue.message).toMatch(/one VM size/);
  });

  it('GIVEN alternatives left out, or 0, or spot off WHEN validated THEN Azure accepts them; AWS defaults to 3 alternatives, Azure and GCP with an on-demand base to none', () => {
    expect(topologySpec({ builders: { spot: { alternatives: 0 } } }).builders.spot?.alternatives).toBe(0);
    expect(topologySpec({ builders: { spot: { enabled: false, alternatives: 2 } } }).builders.spot?.alternatives).toBe(2);
    expect(resolvedFor('azure').builders.spot?.alternatives).toEqual([]);
    expect(resolvedFor('aws').builders.spot?.alternatives).toHaveLength(3);
    expect(resolvedFor('gcp').builders.spot?.alternatives).toEqual([]);
    expect(resolvedFor('gcp', { builders: { spot: { onDemandBase: 0 } } }).builders.spot?.alternatives.length).toBeGreaterThan(0);
  });

  it('GIVEN alternatives on AWS alone, or on AWS and GCP with every builder spot WHEN validated THEN they are accepted', () => {
    expect(topologySpec({ clouds: ['aws'], gcp: undefined, azure: undefined, builders: { spot: { alternatives: 2 } } }).builders.spot?.alternatives).toBe(2);
    expect(topologySpec({ clouds: ['aws', 'gcp'], azure: undefined, builders: { spot: { alternatives: 2, onDemandBase: 0 } } }).builders.spot?.alternatives).toBe(2);
  });

  it('GIVEN alternatives and an on-demand base with GCP selected WHEN validated THEN GCP refuses them, saying why', () => {
    const issue = issueAt({ clouds: ['aws', 'gcp'], azure: undefined, builders: { spot: { alternatives: 2 } } }, 'builders.spot.alternatives');
    expect(issue.message).toMatch(/must be only with builders\.spot\.onDemandBase 0 on GCP: a managed instance group/);
  });
});
