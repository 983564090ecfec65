import { findInstanceType } from '../catalog';
import { HOURS_PER_MONTH } from '../cloud';
import { familiesKnown, profileOf, regionOf } from '../clouds';
import { NOT_COUNTED } from '../sizing/not-counted';
import { WEEKDAYS } from '../topology/fields';
import { azureSpotSplit } from '../topology/azure-spot-split';
import { describeInstall } from '../topology/install-text';
import type { ResolvedCertificate, ResolvedTopology } from '../topology/resolved';

function usd(amount: number): string {
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** MON-FRI for a run of consecutive days, else the days listed. */
function dayRange(days: readonly string[]): string {
  const index = days.map((d) => (WEEKDAYS as readonly string[]).indexOf(d)).sort((a, b) => a - b);
  const consecutive = index.length > 2 && index.every((n, i) => i === 0 || n === index[i - 1] + 1);
  return consecutive ? `${WEEKDAYS[index[0]]}-${WEEKDAYS[index[index.length - 1]]}` : index.map((n) => WEEKDAYS[n]).join(',');
}

/** On-demand and spot builders as the cloud renders them: Azure keeps what the schedule scales off spot. */
function priorities(t: ResolvedTopology): string {
  const builders = t.builders;
  if (!builders.spot) return 'on-demand';
  if (t.cloud !== 'azure') return `spot, ${builders.spot.onDemandBase} on-demand`;
  const split = azureSpotSplit(builders);
  return `${split.onDemand.working} on-demand + ${split.spot} spot (the schedule scales on-demand only: Azure cannot drain spot)`;
}

function scaling(t: ResolvedTopology): string {
  const builders = t.builders;
  const spot = priorities(t);
  const s = builders.schedule;
  if (!s) return `${spot}; always ${builders.desired} builders`;
  return `${spot}; ${dayRange(s.days)} ${s.start}-${s.end} ${s.timezone}: ${s.workingBuilders} builders, ${s.offHoursBuilders} off hours`;
}

function certificate(cert: ResolvedCertificate): string {
  if (cert.mode === 'self-signed') return `self-signed, ${cert.validityDays} days`;
  const source = (secret: typeof cert.privateKey) => (secret.kind === 'variable' ? `var.${secret.variable}` : secret.id);
  return `provided (key ${source(cert.privateKey)}, chain ${source(cert.chain)})`;
}

/**
 * Where the kit's tables do not say what the region offers, the types were chosen from the catalog unchecked: the
 * line says so and gives the cloud's own command to confirm them.
 */
function unverifiedOffer(t: ResolvedTopology): string[] {
  const region = regionOf(t.cloud, t.region);
  if (!region || familiesKnown(region)) return [];
  const { offerCheck } = profileOf(t.cloud);
  return [`  offer         not in the kit's tables for ${t.region}: confirm with ${offerCheck(t.region, t.builders.instanceType)} (and ${t.servicesBox.instanceType})`];
}

/** The builders with the spot ones at the catalog's spot price, or why there is no such figure. */
function spotLine(t: ResolvedTopology): string[] {
  const b = t.builders;
  if (!b.spot) return [];
  const type = findInstanceType(t.cloud, b.instanceType);
  if (type?.spotHourlyUsd === undefined) return [`  spot          no spot price in the catalog for ${b.instanceType}: builders priced on-demand above`];
  const spot = t.cloud === 'azure' ? azureSpotSplit(b).spot : Math.max(0, b.desired - b.spot.onDemandBase);
  const hourly = spot * type.spotHourlyUsd + (b.desired - spot) * type.onDemandHourlyUsd;
  return [`  spot          estimate ${usd(hourly)} per hour for the builders, ${spot} of them at the catalog's spot price (spot prices move)`];
}

/** What the account, project or subscription needs before the first deploy, with the command that sets it up. */
function prerequisiteLines(t: ResolvedTopology): string[] {
  return profileOf(t.cloud).prerequisites.map((p) => `  before deploy ${p.what}: ${p.command}`);
}

/** Whether the data disk is new or made from a backup, and what a restore asks of the operator. */
function restoreLine(t: ResolvedTopology): string[] {
  const from = t.servicesBox.restoreFrom;
  if (from === undefined) return [];
  return [`  restore       the data disk is made from ${from}; an existing data disk is replaced (see "Restore drill" in the README), then remove restoreFrom`];
}

/** What one cloud would build, in about ten lines. */
function cloudBlock(t: ResolvedTopology): string[] {
  const box = t.servicesBox;
  const b = t.builders;
  const plan = b.plan;
  const hourly = box.hourlyUsd + plan.hourlyUsd;
  const boxMonthly = box.hourlyUsd * HOURS_PER_MONTH;
  const pricedAt = plan.region === t.region ? plan.region : `${plan.region}, the catalog's region, not ${t.region}`;
  const zone = `${t.dns.create ? 'new' : 'existing'} zone ${t.dns.zone}`;
  return [
    `${t.cloud} (${t.region})`,
    `  services box  ${box.instanceType}: ${box.vcpus} vCPU, ${box.memoryGiB} GiB, ${box.diskGiB} GiB data disk${box.protection ? '' : ', unprotected'}`,
    ...restoreLine(t),
    `  builders      ${b.instanceType} x ${b.desired}: ${b.containersPerBuilder} containers each, ${plan.containers} in all${plan.target === undefined ? '' : ` (target ${plan.target})`}`,
    `  scaling       ${scaling(t)}`,
    `  CircleCI      services box: ${describeInstall(box.install, 'services box')}; builders: ${describeInstall(b.install, 'builders')}`,
    `  DNS           ${t.domain} in ${zone}`,
    `  certificate   ${certificate(t.certificate)}`,
    `  firewall      ${t.firewall.rules.length} rules`,
    `  per hour      ${usd(hourly)} with every builder up (on-demand prices of ${pricedAt})`,
    `  per month     ${usd(boxMonthly + b.monthlyUsd)}: services box ${usd(boxMonthly)} + builders ${usd(b.monthlyUsd)}${b.schedule ? ' (fewer off hours)' : ''}`,
    ...spotLine(t),
    `  not counted   ${NOT_COUNTED.join(', ')}`,
    ...unverifiedOffer(t),
    ...prerequisiteLines(t),
  ];
}

/** A one-screen summary of what a valid topology builds on each selected cloud, with sizing and cost. */
export function installationSummary(installations: readonly ResolvedTopology[], file: string): string {
  const first = installations[0];
  const clouds = installations.map((t) => t.cloud).join(', ');
  const head = `${file}: valid. Installation ${first.name} at ${first.domain}${first.throwaway ? ' (throwaway)' : ''} on ${clouds}`;
  return [head, ...installations.flatMap((t) => ['', ...cloudBlock(t)])].join('\n');
}
