import { matrixTables } from '../firewall/tables';
import { PEER_TITLES, type RoleName } from '../firewall/model';
import { markdownTable } from '../util/markdown';
import type { CostEstimate } from './cost';
import type { FirewallDifference, PlatformRuleSeen } from './firewall/compare';
import type { PortRange } from '../firewall/ports';
import { formatStackPorts } from './firewall/ports';
import type { InstallationFact } from './installation/facts';
import { renderPolicyMarkdown } from './policy';
import type { StackReview } from './review-stack';

/** Text from the stack as one table cell: one line. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function usd(value: number | null): string {
  if (value === null) return '—';
  return `$${value.toFixed(value < 10 ? 4 : 2)}`;
}

function ports(list: readonly PortRange<string>[]): string {
  return list.map(formatStackPorts).join(', ');
}

function roleTitle(role: RoleName | null): string {
  return role === null ? '(no role)' : PEER_TITLES[role];
}

function header(review: StackReview): string {
  const verdict =
    review.exitCode === 0
      ? '**Result: passes.** The stack renders the topology, and no error-level finding is unacknowledged.'
      : `**Result: fails:** ${review.failures.join('; ')}.`;
  return `# Review of the ${review.cloud} stack (${review.domain})\n\n\`${review.stackFile}\` read back against \`${review.topologyFile}\`.\n\n${verdict}`;
}

function installation(facts: readonly InstallationFact[]): string {
  const rows = facts.map((f) => [f.part, f.item, cell(f.found), f.expected === null ? '—' : cell(f.expected), f.matches ? 'ok' : '**differs**']);
  const differing = facts.filter((f) => !f.matches);
  const differences =
    differing.length === 0
      ? 'Differences from the topology: none.'
      : `Differences from the topology:\n\n${differing.map((f) => `- ${f.part}, ${f.item}: the stack has ${cell(f.found)}, the topology asks for ${cell(f.expected ?? '')}`).join('\n')}`;
  return `## Installation\n\n${markdownTable(['Part', 'Item', 'In the stack', 'Topology', 'Check'], rows)}\n\n${differences}`;
}

function cost(estimate: CostEstimate, schedule: string): string {
  const parts = estimate.parts.map((p) => [p.part, p.instanceType ?? '—', p.count === null ? '—' : String(p.count), usd(p.hourlyUsd), usd(p.monthlyUsd)]);
  const table = markdownTable(['Part', 'Instance type', 'Count', 'Per hour', 'Per month (730 h)'], [...parts, ['total', '', '', usd(estimate.totalHourlyUsd), usd(estimate.totalMonthlyUsd)]]);
  const sources = [...new Set(estimate.parts.map((p) => p.priceSource))].join('; ');
  const region =
    estimate.catalogRegion === estimate.stackRegion ? '' : ` The stack deploys to ${estimate.stackRegion}; the kit prices it at ${estimate.catalogRegion}.`;
  const spot =
    estimate.spot === null
      ? ''
      : 'unpriced' in estimate.spot
        ? ` Spot: ${estimate.spot.unpriced}.`
        : ` Spot estimate (spot prices move): with the ${estimate.spot.spotBuilders} spot builders at the catalog's spot price, builders cost ${usd(estimate.spot.hourlyUsd)} per hour and ${usd(estimate.spot.monthlyUsd)} per month (${estimate.spot.priceSource}).`;
  const notes = `On-demand Linux prices in ${estimate.catalogRegion}: ${sources}.${region} Builders per hour are working hours; ${schedule}${spot} Not counted: ${estimate.notCounted.join(', ')}.`;
  const comparison =
    estimate.comparison.length === 0
      ? 'No comparison: the stack does not say how many containers its fleet runs.'
      : markdownTable(
          ['Cloud', 'Instance type', 'Containers/builder', 'Builders', 'Containers', 'Per hour', 'Per month'],
          estimate.comparison.map((c) =>
            'error' in c ? [c.cloud, '—', '—', '—', '—', '—', cell(c.error)] : [c.cloud, c.instanceType, String(c.containersPerBuilder), String(c.builders), String(c.containers), usd(c.hourlyUsd), usd(c.monthlyUsd)],
          ),
        );
  const intro = estimate.comparison.length === 0 ? '' : `${estimate.target} containers (the topology's target) in working hours, the same schedule, each cloud's cheapest fleet (this stack's own first):\n\n`;
  return `## Cost\n\n${table}\n\n${notes}\n\n### The same fleet on each cloud\n\n${intro}${comparison}`;
}

function scheduleNote(review: StackReview): string {
  const s = review.installation.builders.schedule;
  if (!s) return 'there is no schedule, so the monthly figure runs every builder all month.';
  const zone = s.timezone === null ? '' : ` ${s.timezone}`;
  return `the monthly figure applies the schedule (${review.installation.builders.min ?? 0} builder(s) outside ${s.days.join(',')} ${s.start ?? '?'}-${s.end ?? '?'}${zone}).`;
}

function differences(list: readonly FirewallDifference[]): string {
  if (list.length === 0) return 'None: the stack allows exactly the topology\'s matrix.';
  return markdownTable(
    ['Difference', 'Role', 'Direction', 'Peer', 'Ports', 'Description', 'Where'],
    list.map((d) => [d.kind, roleTitle(d.role), d.direction, cell(d.peer), ports(d.ports), cell(d.description), cell(d.where.join(', '))]),
  );
}

function platform(list: readonly PlatformRuleSeen[]): string {
  if (list.length === 0) return 'None.';
  return markdownTable(
    ['Why', 'Roles', 'Direction', 'Peers', 'Ports', 'Resource'],
    list.map((p) => [p.why, p.roles.map(roleTitle).join(', '), p.direction, p.peers.join(', '), ports(p.ports), p.resource]),
  );
}

function firewall(review: StackReview): string {
  return [
    '## Firewall',
    'Recovered from the stack\'s security group / firewall / NSG rules, as the seed document\'s tables.',
    matrixTables(review.firewall.rules),
    "### Differences from the topology's matrix",
    differences(review.firewall.differences),
    '### Platform rules',
    'What the cloud needs on purpose beyond the matrix.',
    platform(review.firewall.platform),
  ].join('\n\n');
}

function lint(problems: StackReview['lint']): string {
  const body =
    problems.length === 0
      ? 'None: nothing the providers are known to reject at plan or apply time.'
      : markdownTable(['Level', 'Check', 'Resource', 'Problem'], problems.map((p) => [p.level, p.check, `\`${p.address}\``, p.message]));
  return `## Plan lint\n\nWhat the providers would reject at plan or apply time, found offline.\n\n${body}`;
}

/** A stack review as markdown: header and verdict, installation, cost, firewall, diagram, policy findings, lint. */
export function renderStackMarkdown(review: StackReview): string {
  return [
    header(review),
    installation(review.facts),
    cost(review.cost, scheduleNote(review)),
    firewall(review),
    `## Diagram\n\n\`\`\`mermaid\n${review.diagram}\n\`\`\``,
    `## Policy findings\n\n${renderPolicyMarkdown(review.policy)}`,
    lint(review.lint),
  ].join('\n\n') + '\n';
}
