import { referenced, refersTo, referencedResources } from '../terraform/references';
import { resourcesOfType, type Attributes, type StackResource, type TerraformJson } from '../terraform/json';
import { block, blocks, isTrue, numberOf, strings, preventsDestroy } from '../terraform/values';
import { computeOfRole } from '../terraform/roles';
import { bootTextIncludes, containersPerBuilder, installOf } from './boot-settings';
import { certificateMode, computeFor, distinct } from './common';
import { literalNumber, literalText } from '../terraform/literal';
import { NO_BUILDERS, NO_SERVICES_BOX, type BackupSummary, type BuilderFleetSummary, type InstallationSummary, type ScheduleSummary, type ServicesBoxSummary } from './summary';
import { clock, dayCode } from './time-text';

const DELETE_LOCKS = new Set(['CanNotDelete', 'ReadOnly']);
const SCALE_SET_TYPES = ['azurerm_linux_virtual_machine_scale_set'];

/** The managed data disks attached to the VM. */
function dataDisks(stack: TerraformJson, vm: StackResource): StackResource[] {
  return resourcesOfType(stack, 'azurerm_virtual_machine_data_disk_attachment')
    .filter((attachment) => refersTo(attachment.attributes.virtual_machine_id, vm.address))
    .map((attachment) => referenced(stack, attachment.attributes.managed_disk_id, 'azurerm_managed_disk'))
    .filter((disk): disk is StackResource => disk !== undefined);
}

/** An attached managed data disk's size, else the OS disk's. */
function diskGiB(stack: TerraformJson, vm: StackResource): number | null {
  const attached = dataDisks(stack, vm).map((disk) => literalNumber(stack, disk.attributes.disk_size_gb));
  return distinct(attached)[0] ?? literalNumber(stack, block(vm.attributes.os_disk)?.disk_size_gb) ?? null;
}

/** The snapshot or disk a data disk copies (create_option Copy). */
function restoredFrom(stack: TerraformJson, vm: StackResource): string | null {
  const copies = dataDisks(stack, vm).filter((disk) => literalText(stack, disk.attributes.create_option) === 'Copy');
  return copies.map((disk) => literalText(stack, disk.attributes.source_resource_id)).find((id) => id !== undefined) ?? null;
}

/** The primary IP configuration of the VM's first network interface. */
function ipConfiguration(stack: TerraformJson, vm: StackResource): Attributes | undefined {
  const nic = referenced(stack, vm.attributes.network_interface_ids, 'azurerm_network_interface');
  const configurations = blocks(nic?.attributes.ip_configuration);
  return configurations.find((c) => isTrue(c.primary)) ?? configurations[0];
}

/** A delete lock scoped to the VM or to its resource group. */
function locked(stack: TerraformJson, vm: StackResource): boolean {
  const groups = referencedResources(stack, vm.attributes.resource_group_name).filter((r) => r.type === 'azurerm_resource_group');
  return resourcesOfType(stack, 'azurerm_management_lock').some(
    (lock) => DELETE_LOCKS.has(String(lock.attributes.lock_level)) && [vm, ...groups].some((target) => refersTo(lock.attributes.scope, target.address)),
  );
}

function backup(stack: TerraformJson, vm: StackResource): BackupSummary | null {
  const protectedVm = resourcesOfType(stack, 'azurerm_backup_protected_vm').find((p) => refersTo(p.attributes.source_vm_id, vm.address));
  const policy = protectedVm && referenced(stack, protectedVm.attributes.backup_policy_id, 'azurerm_backup_policy_vm', 'azurerm_backup_policy_vm_workload');
  if (!policy) return null;
  const schedule = block(policy.attributes.backup);
  const frequency = String(schedule?.frequency ?? '').toLowerCase();
  const at = literalText(stack, schedule?.time) ?? null;
  if (frequency === 'weekly') {
    const weekday = strings(schedule?.weekdays).map(dayCode)[0] ?? null;
    return { resource: policy.address, frequency: 'weekly', weekday, at, retention: numberOf(block(policy.attributes.retention_weekly)?.count) ?? null };
  }
  return {
    resource: policy.address,
    frequency: frequency === 'daily' ? 'daily' : null,
    weekday: null,
    at,
    retention: numberOf(block(policy.attributes.retention_daily)?.count) ?? null,
  };
}

function servicesBox(stack: TerraformJson): ServicesBoxSummary {
  const vm = computeFor(stack, 'servicesBox', 'azurerm_linux_virtual_machine', 'azurerm_virtual_machine');
  if (!vm) return NO_SERVICES_BOX;
  const ip = ipConfiguration(stack, vm);
  return {
    resource: vm.address,
    instanceType: literalText(stack, vm.attributes.size ?? vm.attributes.vm_size) ?? null,
    diskGiB: diskGiB(stack, vm),
    privateIp: literalText(stack, ip?.private_ip_address) ?? null,
    publicAddress: referenced(stack, ip?.public_ip_address_id, 'azurerm_public_ip')?.address ?? null,
    protection: { deletionProtection: locked(stack, vm), preventDestroy: preventsDestroy(vm.attributes) },
    install: installOf(stack, [vm]),
    backup: backup(stack, vm),
    restoredFrom: restoredFrom(stack, vm),
  };
}

/** An autoscale profile's capacity. */
interface Capacity {
  /** Fewest instances. */
  readonly minimum?: number;
  /** Instances when no rule says otherwise. */
  readonly default?: number;
  /** Most instances. */
  readonly maximum?: number;
}

function capacityOf(profile: Attributes): Capacity {
  const c = block(profile.capacity);
  return { minimum: numberOf(c?.minimum), default: numberOf(c?.default), maximum: numberOf(c?.maximum) };
}

/** The recurring profiles: the one with the most builders starts the working day, the one with the fewest ends it. */
function schedule(stack: TerraformJson, profiles: readonly Attributes[]): ScheduleSummary | null {
  const recurring = profiles.filter((p) => block(p.recurrence)).sort((x, y) => (capacityOf(y).default ?? 0) - (capacityOf(x).default ?? 0));
  if (recurring.length === 0) return null;
  const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);
  const at = (profile: Attributes) => {
    const r = block(profile.recurrence);
    return clock(firstOf(r?.hours), firstOf(r?.minutes));
  };
  const first = block(recurring[0].recurrence);
  return {
    days: strings(first?.days).map(dayCode).filter((day): day is string => day !== null),
    start: at(recurring[0]),
    end: recurring.length > 1 ? at(recurring[recurring.length - 1]) : null,
    timezone: literalText(stack, first?.timezone) ?? null,
  };
}

/** Builders per time of day: the autoscale setting's profiles, else the scale set's instance count. */
function counts(stack: TerraformJson, scaleSet: StackResource, profiles: readonly Attributes[]): Pick<BuilderFleetSummary, 'desired' | 'min' | 'max'> {
  const instances = literalNumber(stack, scaleSet.attributes.instances) ?? null;
  if (profiles.length === 0) return { desired: instances, min: instances, max: instances };
  const capacities = profiles.map(capacityOf);
  const highest = (values: (number | undefined)[]) => distinct(values).sort((x, y) => y - x)[0] ?? null;
  const lowest = (values: (number | undefined)[]) => distinct(values).sort((x, y) => x - y)[0] ?? null;
  return { desired: highest(capacities.map((c) => c.default)), min: lowest(capacities.map((c) => c.minimum)), max: highest(capacities.map((c) => c.maximum)) };
}

function drain(stack: TerraformJson, scaleSet: StackResource): string[] {
  const a = scaleSet.attributes;
  const notification = block(a.termination_notification) ?? block(a.terminate_notification);
  const notified = isTrue(notification?.enabled) ? [`terminate notification (${literalText(stack, notification?.timeout) ?? 'PT5M'})`] : [];
  const agent = bootTextIncludes(stack, [scaleSet], 'circle-shutdown') && bootTextIncludes(stack, [scaleSet], 'scheduledevents') ? ['drain agent (Scheduled Events)'] : [];
  return [...notified, ...agent];
}

/** The autoscale profiles of the setting that targets the scale set; none when nothing scales it. */
function profilesOf(stack: TerraformJson, scaleSet: StackResource): Attributes[] {
  const setting = resourcesOfType(stack, 'azurerm_monitor_autoscale_setting').find((s) => refersTo(s.attributes.target_resource_id, scaleSet.address));
  return blocks(setting?.attributes.profile);
}

/** The sum over the scale sets; null when one of them does not say. */
function total(values: readonly (number | null)[]): number | null {
  return values.some((value) => value === null) ? null : values.reduce((sum: number, value) => sum + (value ?? 0), 0);
}

const isSpot = (scaleSet: StackResource) => String(scaleSet.attributes.priority ?? '') === 'Spot';

/**
 * The builder scale sets as one fleet: a drained regular-priority set and a spot set when spot builders have their
 * own (src/adapters/azure/builders.ts). Counts are summed, the schedule is the scaled set's, and the drain mechanisms
 * listed are those of the sets that scale-in removes builders from, where builders must drain.
 */
function builders(stack: TerraformJson): BuilderFleetSummary {
  const scaleSets = computeOfRole(stack, 'builders', SCALE_SET_TYPES);
  if (scaleSets.length === 0) return NO_BUILDERS;
  const sets = scaleSets.map((scaleSet) => {
    const profiles = profilesOf(stack, scaleSet);
    return { scaleSet, profiles, counts: counts(stack, scaleSet, profiles) };
  });
  const each = sets.map((set) => set.counts);
  const scaled = sets.find(({ profiles }) => profiles.length > 0);
  const drained = sets.filter(({ scaleSet }) => !isSpot(scaleSet)).map(({ scaleSet }) => scaleSet);
  return {
    resource: scaleSets.map((scaleSet) => scaleSet.address).join(', '),
    instanceTypes: distinct(scaleSets.map((scaleSet) => literalText(stack, scaleSet.attributes.sku))),
    containersPerBuilder: containersPerBuilder(stack, scaleSets),
    desired: total(each.map((c) => c.desired)),
    min: total(each.map((c) => c.min)),
    max: total(each.map((c) => c.max)),
    spot: scaleSets.some(isSpot),
    spotBuilders: total(sets.filter(({ scaleSet }) => isSpot(scaleSet)).map((set) => set.counts.desired)),
    schedule: scaled ? schedule(stack, scaled.profiles) : null,
    drain: distinct((drained.length > 0 ? drained : scaleSets).flatMap((scaleSet) => drain(stack, scaleSet))),
    install: installOf(stack, scaleSets),
  };
}

/** The A record (an alias of the box's public IP, or one with literal addresses): `name.zone`, `@` for the apex. */
function record(stack: TerraformJson, box: ServicesBoxSummary): string | null {
  const records = resourcesOfType(stack, 'azurerm_dns_a_record');
  const target = box.publicAddress;
  const found = records.find((r) => target !== null && refersTo(r.attributes.target_resource_id, target)) ?? records[0];
  if (!found) return null;
  const name = literalText(stack, found.attributes.name);
  const zone = literalText(stack, found.attributes.zone_name);
  if (name === undefined || zone === undefined) return null;
  return name === '@' ? zone : `${name}.${zone}`;
}

/** An Azure stack read back as an installation. */
export function readAzureInstallation(stack: TerraformJson): InstallationSummary {
  const box = servicesBox(stack);
  return { servicesBox: box, builders: builders(stack), dnsName: record(stack, box), certificate: certificateMode(stack) };
}
