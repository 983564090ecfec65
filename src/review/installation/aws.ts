import { attachedVolumes, awsBoxBackups } from '../terraform/aws-box-backups';
import { referenced, refersTo, referencedResources } from '../terraform/references';
import { resourcesOfType, type StackResource, type TerraformJson } from '../terraform/json';
import { block, blocks, isTrue, numberOf, preventsDestroy } from '../terraform/values';
import { bootTextIncludes, containersPerBuilder, installOf } from './boot-settings';
import { certificateMode, computeFor, distinct, dnsName, taggedWith } from './common';
import { literalNumber, literalText } from '../terraform/literal';
import { NO_BUILDERS, NO_SERVICES_BOX, type BackupSummary, type BuilderFleetSummary, type InstallationSummary, type ScheduleSummary, type ServicesBoxSummary } from './summary';
import { clock, dayCode, readCron } from './time-text';

const TERMINATING = 'autoscaling:EC2_INSTANCE_TERMINATING';

/** The size of the box's data volume, else of its root volume (a stack from before the data volume). */
function diskGiB(stack: TerraformJson, box: StackResource): number | null {
  const data = attachedVolumes(stack, box).map((volume) => literalNumber(stack, volume.attributes.size));
  return distinct(data)[0] ?? literalNumber(stack, block(box.attributes.root_block_device)?.volume_size) ?? null;
}

/** The snapshot the data volume is made from. */
function restoredFrom(stack: TerraformJson, box: StackResource): string | null {
  return attachedVolumes(stack, box).map((volume) => literalText(stack, volume.attributes.snapshot_id)).find((id) => id !== undefined) ?? null;
}

/** The Elastic IP associated with the box, else one tagged for it. */
function publicAddress(stack: TerraformJson, box: StackResource): StackResource | undefined {
  const associated = resourcesOfType(stack, 'aws_eip_association')
    .filter((association) => refersTo(association.attributes.instance_id, box.address))
    .map((association) => referenced(stack, association.attributes.allocation_id, 'aws_eip'));
  const direct = resourcesOfType(stack, 'aws_eip').filter((eip) => refersTo(eip.attributes.instance, box.address));
  return [...associated, ...direct].find((eip) => eip !== undefined) ?? taggedWith(stack, 'servicesBox', 'aws_eip')[0];
}

/** EventBridge cron expressions of a weekly and a daily schedule, as the kit writes them. */
const WEEKLY_CRON = /^cron\((\d+) (\d+) \? \* ([A-Z]{3}) \*\)$/;
const DAILY_CRON = /^cron\((\d+) (\d+) \* \* \? \*\)$/;

/** A DLM policy's schedule. */
function dlmBackup(policy: StackResource): BackupSummary {
  const schedule = blocks(block(policy.attributes.policy_details)?.schedule)[0];
  const create = block(schedule?.create_rule);
  const retention = numberOf(block(schedule?.retain_rule)?.count) ?? null;
  const weekly = WEEKLY_CRON.exec(String(create?.cron_expression ?? ''));
  if (weekly) return { resource: policy.address, frequency: 'weekly', weekday: dayCode(weekly[3]), at: clock(weekly[2], weekly[1]), retention };
  const daily = numberOf(create?.interval) === 24 && String(create?.interval_unit ?? 'HOURS') === 'HOURS';
  const times = Array.isArray(create?.times) ? create.times : [];
  return { resource: policy.address, frequency: daily ? 'daily' : null, weekday: null, at: typeof times[0] === 'string' ? times[0] : null, retention };
}

/** An AWS Backup plan's first rule: its cron in UTC, and its days of retention as a count of backups. */
function backupPlanBackup(plan: StackResource): BackupSummary {
  const rule = blocks(plan.attributes.rule)[0];
  const cron = String(rule?.schedule ?? '');
  const days = numberOf(block(rule?.lifecycle)?.delete_after);
  const weekly = WEEKLY_CRON.exec(cron);
  const daily = DAILY_CRON.exec(cron);
  const utc = String(rule?.schedule_expression_timezone ?? 'Etc/UTC') === 'Etc/UTC';
  const count = (every: number) => (days === undefined ? null : days / every);
  if (weekly) return { resource: plan.address, frequency: 'weekly', weekday: dayCode(weekly[3]), at: utc ? clock(weekly[2], weekly[1]) : null, retention: count(7) };
  if (daily) return { resource: plan.address, frequency: 'daily', weekday: null, at: utc ? clock(daily[2], daily[1]) : null, retention: count(1) };
  return { resource: plan.address, frequency: null, weekday: null, at: null, retention: null };
}

function backup(stack: TerraformJson, box: StackResource): BackupSummary | null {
  const found = awsBoxBackups(stack, box)[0];
  if (!found) return null;
  return found.type === 'aws_dlm_lifecycle_policy' ? dlmBackup(found) : backupPlanBackup(found);
}

function servicesBox(stack: TerraformJson): ServicesBoxSummary {
  const box = computeFor(stack, 'servicesBox', 'aws_instance');
  if (!box) return NO_SERVICES_BOX;
  const a = box.attributes;
  return {
    resource: box.address,
    instanceType: literalText(stack, a.instance_type) ?? null,
    diskGiB: diskGiB(stack, box),
    privateIp: literalText(stack, a.private_ip) ?? null,
    publicAddress: publicAddress(stack, box)?.address ?? null,
    protection: { deletionProtection: isTrue(a.disable_api_termination), preventDestroy: preventsDestroy(a) },
    install: installOf(stack, [box]),
    backup: backup(stack, box),
    restoredFrom: restoredFrom(stack, box),
  };
}

function belongsTo(stack: TerraformJson, value: unknown, group: StackResource): boolean {
  return refersTo(value, group.address) || (literalText(stack, value) !== undefined && literalText(stack, value) === literalText(stack, group.attributes.name));
}

/** An action named as the start of something sorts first among actions of equal capacity. */
function startsFirst(action: StackResource): number {
  return /start/i.test(String(action.attributes.scheduled_action_name ?? '')) ? 0 : 1;
}

/**
 * Scheduled actions on the group: the one that raises the fleet starts the working day, the other ends it; where
 * both hold the same capacity (a fleet already at its floor), the one named a start is taken as the start.
 */
function schedule(stack: TerraformJson, group: StackResource): ScheduleSummary | null {
  const actions = resourcesOfType(stack, 'aws_autoscaling_schedule')
    .filter((action) => belongsTo(stack, action.attributes.autoscaling_group_name, group) && action.attributes.recurrence !== undefined)
    .sort((x, y) => (numberOf(y.attributes.desired_capacity) ?? 0) - (numberOf(x.attributes.desired_capacity) ?? 0) || startsFirst(x) - startsFirst(y));
  if (actions.length === 0) return null;
  const start = readCron(actions[0].attributes.recurrence);
  const end = actions.length > 1 ? readCron(actions[actions.length - 1].attributes.recurrence) : undefined;
  return { days: start.days, start: start.at, end: end?.at ?? null, timezone: literalText(stack, actions[0].attributes.time_zone) ?? null };
}

function drain(stack: TerraformJson, group: StackResource, templates: readonly StackResource[]): string[] {
  const inline = blocks(group.attributes.initial_lifecycle_hook).filter((hook) => hook.lifecycle_transition === TERMINATING);
  const separate = resourcesOfType(stack, 'aws_autoscaling_lifecycle_hook')
    .filter((hook) => hook.attributes.lifecycle_transition === TERMINATING && belongsTo(stack, hook.attributes.autoscaling_group_name, group))
    .map((hook) => hook.attributes);
  const hooks = [...inline, ...separate].map((hook) => `lifecycle hook (heartbeat ${numberOf(hook.heartbeat_timeout) ?? 'default'} s)`);
  const agent = bootTextIncludes(stack, templates, 'circle-shutdown') ? ['drain agent (circle-shutdown)'] : [];
  return [...hooks, ...agent];
}

/** Spot when the group's mixed instances policy leaves capacity above its on-demand part to spot. */
function usesSpot(group: StackResource): boolean {
  const distribution = block(block(group.attributes.mixed_instances_policy)?.instances_distribution);
  if (!distribution) return false;
  const base = numberOf(distribution.on_demand_base_capacity) ?? 0;
  const aboveBase = numberOf(distribution.on_demand_percentage_above_base_capacity) ?? 100;
  return aboveBase < 100 && base < (numberOf(group.attributes.max_size) ?? Infinity);
}

function builders(stack: TerraformJson): BuilderFleetSummary {
  const group = computeFor(stack, 'builders', 'aws_autoscaling_group');
  if (!group) return NO_BUILDERS;
  const templates = referencedResources(stack, group.attributes).filter((r) => r.type === 'aws_launch_template');
  const a = group.attributes;
  return {
    resource: group.address,
    instanceTypes: distinct(templates.map((template) => literalText(stack, template.attributes.instance_type))),
    containersPerBuilder: containersPerBuilder(stack, templates),
    desired: literalNumber(stack, a.desired_capacity) ?? null,
    min: literalNumber(stack, a.min_size) ?? null,
    max: literalNumber(stack, a.max_size) ?? null,
    spot: usesSpot(group),
    schedule: schedule(stack, group),
    drain: drain(stack, group, templates),
    install: installOf(stack, templates),
  };
}

/** The A record pointing at the box's address, else the stack's first A record. */
function record(stack: TerraformJson, box: ServicesBoxSummary): string | null {
  const records = resourcesOfType(stack, 'aws_route53_record').filter((r) => String(r.attributes.type ?? '').toUpperCase() === 'A');
  const pointing = records.find((r) => box.publicAddress !== null && refersTo(r.attributes, box.publicAddress));
  return dnsName(literalText(stack, (pointing ?? records[0])?.attributes.name));
}

/** An AWS stack read back as an installation. */
export function readAwsInstallation(stack: TerraformJson): InstallationSummary {
  const box = servicesBox(stack);
  return { servicesBox: box, builders: builders(stack), dnsName: record(stack, box), certificate: certificateMode(stack) };
}
