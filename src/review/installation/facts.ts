import type { Cloud } from '../../cloud';
import { azureSpotSplit } from '../../topology/azure-spot-split';
import type { ResolvedTopology } from '../../topology/resolved';
import type { BackupSummary, InstallationSummary } from './summary';
import { inWeekOrder } from './time-text';

/** The part of the installation a fact is about. */
export type InstallationPart = 'services box' | 'builders' | 'DNS' | 'certificate';

/** One thing the stack says about the installation, next to what the topology says. */
export interface InstallationFact {
  /** The part of the installation. */
  readonly part: InstallationPart;
  /** What is described, e.g. `instance type`. */
  readonly item: string;
  /** What the stack renders. */
  readonly found: string;
  /** What the topology asks for; null when it asks nothing (the fact is only reported). */
  readonly expected: string | null;
  /** False when the stack renders something other than the topology asks for. */
  readonly matches: boolean;
}

/** The drain mechanisms each cloud's builders need; any one of those named suffices. */
const DRAIN_NEEDS: Readonly<Record<Cloud, readonly string[]>> = {
  aws: ['lifecycle hook'],
  gcp: ['shutdown-script'],
  azure: ['terminate notification', 'drain agent'],
};

const NONE = 'none';

function show(value: string | number | boolean | null): string {
  if (value === null) return NONE;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

function fact(part: InstallationPart, item: string, found: string | number | boolean | null, expected?: string | number | boolean | null): InstallationFact {
  const shownExpected = expected === undefined ? null : show(expected);
  const shownFound = show(found);
  return { part, item, found: shownFound, expected: shownExpected, matches: shownExpected === null || shownExpected === shownFound };
}

function schedule(backup: Pick<BackupSummary, 'frequency' | 'weekday' | 'at'>): string {
  const when = backup.frequency === 'weekly' ? `weekly on ${backup.weekday ?? '?'}` : (backup.frequency ?? 'unrecognised schedule');
  return `${when} at ${backup.at ?? '?'} UTC`;
}

function servicesBoxFacts(summary: InstallationSummary, topology: ResolvedTopology): InstallationFact[] {
  const box = summary.servicesBox;
  const want = topology.servicesBox;
  const backup = want.backup;
  const expectedSchedule = schedule({ frequency: backup.frequency, weekday: backup.frequency === 'weekly' ? backup.weekday : null, at: backup.at });
  return [
    fact('services box', 'resource', box.resource),
    fact('services box', 'instance type', box.instanceType, want.instanceType),
    fact('services box', 'disk (GiB)', box.diskGiB, want.diskGiB),
    fact('services box', 'private IP', box.privateIp, want.privateIp),
    { ...fact('services box', 'public address', box.publicAddress), expected: 'a static address', matches: box.publicAddress !== null },
    fact('services box', 'termination / deletion protection', box.protection.deletionProtection, want.protection),
    fact('services box', 'prevent_destroy', box.protection.preventDestroy, want.protection),
    fact('services box', 'backup schedule', box.backup ? schedule(box.backup) : null, expectedSchedule),
    fact('services box', 'backups kept', box.backup?.retention ?? null, backup.retention),
    fact('services box', 'CircleCI install', box.install, want.install.method),
    fact('services box', 'data disk restored from', box.restoredFrom, want.restoreFrom ?? null),
  ];
}

function builderFacts(summary: InstallationSummary, topology: ResolvedTopology): InstallationFact[] {
  const fleet = summary.builders;
  const want = topology.builders;
  // Azure keeps spot to builders the schedule never removes, as the adapter does (azureSpotSplit).
  const azure = topology.cloud === 'azure' ? azureSpotSplit(want) : undefined;
  const spot = azure ? azure.spot > 0 : want.spot !== undefined && want.spot.onDemandBase < want.max;
  const split = (spotBuilders: number | null, desired: number | null) =>
    spotBuilders === null || desired === null ? null : `${desired - spotBuilders} on-demand + ${spotBuilders} spot`;
  const needs = DRAIN_NEEDS[topology.cloud];
  const drained = fleet.drain.some((mechanism) => needs.some((need) => mechanism.startsWith(need)));
  const s = fleet.schedule;
  const ws = want.schedule;
  const window = (start: string | null, end: string | null) => `${start ?? '?'}-${end ?? '?'}`;
  return [
    fact('builders', 'resource', fleet.resource),
    fact('builders', 'instance type', fleet.instanceTypes.length > 0 ? fleet.instanceTypes.join(', ') : null, want.instanceType),
    fact('builders', 'containers per builder', fleet.containersPerBuilder, want.containersPerBuilder),
    fact('builders', 'builders (working hours)', fleet.desired, want.desired),
    fact('builders', 'fewest builders', fleet.min, want.min),
    fact('builders', 'most builders', fleet.max, want.max),
    fact('builders', 'spot', fleet.spot, spot),
    ...(azure ? [fact('builders', 'priority (working hours)', split(fleet.spotBuilders ?? null, fleet.desired), split(azure.spot, want.desired))] : []),
    fact('builders', 'schedule days', s ? inWeekOrder(s.days).join(',') : null, ws ? inWeekOrder(ws.days).join(',') : null),
    fact('builders', 'schedule hours', s ? window(s.start, s.end) : null, ws ? window(ws.start, ws.end) : null),
    // Azure names time zones the Windows way; the topology's IANA name is compared where the cloud takes it as is.
    fact('builders', 'schedule time zone', s?.timezone ?? null, topology.cloud === 'azure' ? undefined : (ws?.timezone ?? null)),
    { ...fact('builders', 'drain', fleet.drain.length > 0 ? fleet.drain.join('; ') : null), expected: needs.join(' or '), matches: drained },
    fact('builders', 'CircleCI install', fleet.install, want.install.method),
  ];
}

/**
 * The installation as the stack renders it, item by item, each next to what the topology asks for. A fact whose
 * `matches` is false is a difference: the adapter rendered something the topology does not say.
 */
export function installationFacts(summary: InstallationSummary, topology: ResolvedTopology): InstallationFact[] {
  return [
    ...servicesBoxFacts(summary, topology),
    ...builderFacts(summary, topology),
    fact('DNS', 'record name', summary.dnsName, topology.domain),
    fact('certificate', 'mode', summary.certificate, topology.certificate.mode),
  ];
}
