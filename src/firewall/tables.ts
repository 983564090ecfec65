import { markdownTable } from '../util/markdown';
import { PEER_TITLES, type FirewallRule, type RoleName } from './model';
import { formatPort } from './ports';

function title(peer: string, role?: RoleName): string {
  if (peer === role && peer === 'builders') return 'Builder Boxes (including itself)';
  return PEER_TITLES[peer] ?? peer;
}

function ports(rule: FirewallRule): string {
  return rule.ports.map(formatPort).join(', ');
}

/**
 * The matrix as the seed document's tables, so a reviewer can hold one against the other: inbound per role
 * (Source, Ports, Use), outbound to GitHub (Source, Ports, Use), then any other outbound traffic with its destination.
 * Takes plain rules so that the review can render rules it recovered from Terraform the same way.
 */
export function matrixTables(rules: readonly FirewallRule[]): string {
  const sections: string[] = [];
  for (const role of ['servicesBox', 'builders'] as const) {
    const rows = rules
      .filter((r) => r.role === role && r.direction === 'inbound')
      .map((r) => [title(r.peer, role), ports(r), r.use]);
    sections.push(`#### ${PEER_TITLES[role]}\n\n${markdownTable(['Source', 'Ports', 'Use'], rows)}`);
  }
  const outbound = rules.filter((r) => r.direction === 'outbound');
  const toGithub = outbound.filter((r) => r.peer === 'github').map((r) => [title(r.role), ports(r), r.use]);
  sections.push(`#### Github\n\n${markdownTable(['Source', 'Ports', 'Use'], toGithub)}`);
  const other = outbound
    .filter((r) => r.peer !== 'github')
    .map((r) => [title(r.role), title(r.peer, r.role), ports(r), r.use]);
  if (other.length > 0) {
    sections.push(`#### Other outbound (boot and role-to-role)\n\n${markdownTable(['Source', 'Destination', 'Ports', 'Use'], other)}`);
  }
  return sections.join('\n\n');
}
