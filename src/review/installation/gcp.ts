import { referenced, refersTo, referencedResources } from '../terraform/references';
import { resourcesOfType, type StackResource, type TerraformJson } from '../terraform/json';
import { block, blocks, isTrue, numberOf, strings, preventsDestroy } from '../terraform/values';
import { bootTextIncludes, containersPerBuilder, installOf } from './boot-settings';
import { certificateMode, computeFor, distinct, dnsName } from './common';
import { literalNumber, literalText } from '../terraform/literal';
import { NO_BUILDERS, NO_SERVICES_BOX, type BackupSummary, type BuilderFleetSummary, type InstallationSummary, type ScheduleSummary, type ServicesBoxSummary } from './summary';
import { addSeconds, dayCode, readCron } from './time-text';


/** The box's disks: attached data disks first, then the boot disk. */
function disksOf(stack: TerraformJson, box: StackResource): StackResource[] {
  const attached = blocks(box.attributes.attached_disk).map((disk) => referenced(stack, disk.source, 'google_compute_disk'));
  return distinct([...attached, referenced(stack, block(box.attributes.boot_disk)?.source, 'google_compute_disk')]);
}

function diskGiB(stack: TerraformJson, box: StackResource, disks: readonly StackResource[]): number | null {
  const sizes = disks.map((disk) => literalNumber(stack, disk.attributes.size));
  const initialized = literalNumber(stack, block(block(box.attributes.boot_disk)?.initialize_params)?.size);
  return distinct([...sizes, initialized])[0] ?? null;
}

/** A snapshot schedule attached to one of the disks, by attachment resource or by the disk's resource_policies. */
function backup(stack: TerraformJson, disks: readonly StackResource[]): BackupSummary | null {
  const attached = resourcesOfType(stack, 'google_compute_disk_resource_policy_attachment')
    .filter((attachment) => disks.some((disk) => refersTo(attachment.attributes.disk, disk.address)))
    .map((attachment) => referenced(stack, attachment.attributes.name, 'google_compute_resource_policy'));
  const listed = disks.flatMap((disk) => referencedResources(stack, disk.attributes.resource_policies));
  const policy = [...attached, ...listed].find((p) => p?.type === 'google_compute_resource_policy' && block(p.attributes.snapshot_schedule_policy));
  if (!policy) return null;
  const snapshots = block(policy.attributes.snapshot_schedule_policy);
  const schedule = block(snapshots?.schedule);
  const days = numberOf(block(snapshots?.retention_policy)?.max_retention_days);
  const daily = block(schedule?.daily_schedule);
  const weekly = blocks(block(schedule?.weekly_schedule)?.day_of_weeks)[0];
  if (weekly) {
    return { resource: policy.address, frequency: 'weekly', weekday: dayCode(weekly.day), at: literalText(stack, weekly.start_time) ?? null, retention: days === undefined ? null : days / 7 };
  }
  const cycle = numberOf(daily?.days_in_cycle);
  return {
    resource: policy.address,
    frequency: cycle === 1 ? 'daily' : null,
    weekday: null,
    at: literalText(stack, daily?.start_time) ?? null,
    retention: days === undefined || cycle === undefined ? null : days / cycle,
  };
}

/** The address behind a network interface attribute: the reserved google_compute_address it refers to. */
function addressResource(stack: TerraformJson, value: unknown): StackResource | undefined {
  return referenced(stack, value, 'google_compute_address');
}

function servicesBox(stack: TerraformJson): ServicesBoxSummary {
  const box = computeFor(stack, 'servicesBox', 'google_compute_instance');
  if (!box) return NO_SERVICES_BOX;
  const a = box.attributes;
  const nic = blocks(a.network_interface)[0];
  const external = blocks(nic?.access_config).map((config) => addressResource(stack, config.nat_ip)).find((found) => found !== undefined);
  const disks = disksOf(stack, box);
  return {
    resource: box.address,
    instanceType: literalText(stack, a.machine_type) ?? null,
    diskGiB: diskGiB(stack, box, disks),
    privateIp: literalText(stack, nic?.network_ip) ?? null,
    publicAddress: external?.address ?? null,
    protection: { deletionProtection: isTrue(a.deletion_protection), preventDestroy: preventsDestroy(a) },
    install: installOf(stack, [box]),
    backup: backup(stack, disks),
    // The snapshot a disk is made from: only the data disk has one (the boot disk comes from an image).
    restoredFrom: disks.map((disk) => literalText(stack, disk.attributes.snapshot)).find((id) => id !== undefined) ?? null,
  };
}

/** The autoscaler's scaling schedule: it starts the working day and lasts until its end. */
function schedule(stack: TerraformJson, autoscaler: StackResource | undefined): ScheduleSummary | null {
  const scheduled = blocks(block(autoscaler?.attributes.autoscaling_policy)?.scaling_schedules)[0];
  if (!scheduled) return null;
  const start = readCron(scheduled.schedule);
  return { days: start.days, start: start.at, end: addSeconds(start.at, numberOf(scheduled.duration_sec)), timezone: literalText(stack, scheduled.time_zone) ?? 'UTC' };
}

/** Builders per time of day: the autoscaler's bounds and its schedule's floor, else the group's fixed size. */
function counts(stack: TerraformJson, group: StackResource, autoscaler: StackResource | undefined): Pick<BuilderFleetSummary, 'desired' | 'min' | 'max'> {
  const fixed = literalNumber(stack, group.attributes.target_size) ?? null;
  const policy = block(autoscaler?.attributes.autoscaling_policy);
  if (!policy) return { desired: fixed, min: fixed, max: fixed };
  const floors = blocks(policy.scaling_schedules).map((s) => numberOf(s.min_required_replicas));
  const min = numberOf(policy.min_replicas) ?? null;
  return { desired: distinct(floors).sort((x, y) => y - x)[0] ?? fixed ?? min, min, max: numberOf(policy.max_replicas) ?? null };
}

function isSpot(template: StackResource): boolean {
  const scheduling = block(template.attributes.scheduling);
  return String(scheduling?.provisioning_model ?? '').toUpperCase() === 'SPOT' || isTrue(scheduling?.preemptible);
}

function builders(stack: TerraformJson): BuilderFleetSummary {
  const group = computeFor(stack, 'builders', 'google_compute_region_instance_group_manager');
  if (!group) return NO_BUILDERS;
  const templateRefs = [...blocks(group.attributes.version).map((version) => version.instance_template), group.attributes.instance_template];
  const templates = distinct(templateRefs.flatMap((ref) => referencedResources(stack, ref)).filter((r) => r.type === 'google_compute_instance_template'));
  const autoscaler = resourcesOfType(stack, 'google_compute_region_autoscaler').find((found) => refersTo(found.attributes.target, group.address));
  return {
    resource: group.address,
    instanceTypes: distinct(templates.map((template) => literalText(stack, template.attributes.machine_type))),
    containersPerBuilder: containersPerBuilder(stack, templates),
    ...counts(stack, group, autoscaler),
    spot: templates.some(isSpot),
    schedule: schedule(stack, autoscaler),
    drain: bootTextIncludes(stack, templates, 'circle-shutdown', 'metadata.shutdown-script') ? ['shutdown-script (circle-shutdown)'] : [],
    install: installOf(stack, templates),
  };
}

/** The A record pointing at the box's external address, else the stack's first A record. */
function record(stack: TerraformJson, box: ServicesBoxSummary): string | null {
  const records = resourcesOfType(stack, 'google_dns_record_set').filter((r) => String(r.attributes.type ?? '').toUpperCase() === 'A');
  const target = box.publicAddress;
  const pointing = records.find((r) => target !== null && strings(r.attributes.rrdatas).some((data) => refersTo(data, target)));
  return dnsName(literalText(stack, (pointing ?? records[0])?.attributes.name));
}

/** A GCP stack read back as an installation. */
export function readGcpInstallation(stack: TerraformJson): InstallationSummary {
  const box = servicesBox(stack);
  return { servicesBox: box, builders: builders(stack), dnsName: record(stack, box), certificate: certificateMode(stack) };
}
