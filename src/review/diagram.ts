import { isRolePeer, PEER_TITLES, ROLES, type FirewallMatrix, type FirewallRule } from '../firewall/model';
import type { PlatformRuleSeen } from './firewall/compare';
import { formatStackPorts } from './firewall/ports';
import { normalCidr } from './firewall/rule';
import type { PortRange } from '../firewall/ports';

/** Networks shown in a peer's box before the rest are counted. */
const SHOWN_CIDRS = 2;

/** Mermaid node ids: letters, digits and underscores. */
function nodeId(name: string): string {
  return isRolePeer(name) ? name : `peer_${name.replace(/[^A-Za-z0-9]+/g, '_')}`;
}

/** Text inside a quoted Mermaid label: quotes and angle brackets as entities, so a label cannot end early. */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

function portLabel(port: PortRange<string>): string {
  return port.protocol === 'all' ? 'all' : formatStackPorts(port);
}

function abbreviate(cidrs: readonly string[]): string {
  const shown = cidrs.slice(0, SHOWN_CIDRS).join(', ');
  return cidrs.length > SHOWN_CIDRS ? `${shown} +${cidrs.length - SHOWN_CIDRS} more` : shown;
}

/** The networks a peer stands for where the rules use it, from the matrix when it names them. */
function peerCidrs(matrix: FirewallMatrix, rules: readonly FirewallRule[], peer: string): string[] {
  const known = matrix.peers[peer];
  if (!known) return peer.split(',').map((cidr) => cidr.trim());
  const used = rules.filter((rule) => rule.peer === peer).flatMap((rule) => (rule.direction === 'inbound' ? known.ingressCidrs : known.egressCidrs));
  return [...new Set(used.map(normalCidr))];
}

/** An arrow of the flowchart. */
interface Edge {
  /** Node the traffic comes from. */
  readonly from: string;
  /** Node the traffic goes to. */
  readonly to: string;
  /** Port labels, merged from every rule between the two. */
  readonly ports: string[];
  /** A platform rule. */
  readonly dotted: boolean;
}

function addEdge(edges: Map<string, Edge>, from: string, to: string, ports: readonly string[], dotted: boolean): void {
  const key = `${from}>${to}>${dotted}`;
  const edge = edges.get(key) ?? { from, to, ports: [], dotted };
  for (const port of ports) if (!edge.ports.includes(port)) edge.ports.push(port);
  edges.set(key, edge);
}

/**
 * The installation as a Mermaid flowchart: the two roles, every peer with its networks abbreviated, and an arrow for
 * each direction traffic may flow, labelled with its ports. Platform rules are dotted arrows.
 */
export function installationDiagram(rules: readonly FirewallRule[], platform: readonly PlatformRuleSeen[], matrix: FirewallMatrix): string {
  const nodes = new Map<string, string>(ROLES.map((role) => [role, `${role}["${label(PEER_TITLES[role])}"]`]));
  const edges = new Map<string, Edge>();
  for (const rule of rules) {
    const peer = nodeId(rule.peer);
    if (!nodes.has(peer)) {
      const title = PEER_TITLES[rule.peer] ?? (matrix.peers[rule.peer] ? rule.peer : 'Networks');
      nodes.set(peer, `${peer}(["${label(title)}<br/>${label(abbreviate(peerCidrs(matrix, rules, rule.peer)))}"])`);
    }
    const ports = rule.ports.map(portLabel);
    if (rule.direction === 'inbound') addEdge(edges, peer, rule.role, ports, false);
    else addEdge(edges, rule.role, peer, ports, false);
  }
  platform.forEach((seen, i) => {
    if (seen.ports.every((port) => port.protocol === 'all') && seen.peers.every((peer) => peer === '*' || peer === '0.0.0.0/0')) return;
    const id = `platform_${i}`;
    nodes.set(id, `${id}(["${label(seen.why)}<br/>${label(abbreviate(seen.peers))}"])`);
    for (const role of seen.roles) {
      if (seen.direction === 'inbound') addEdge(edges, id, role, seen.ports.map(portLabel), true);
      else addEdge(edges, role, id, seen.ports.map(portLabel), true);
    }
  });
  const lines = [...edges.values()].map((edge) => {
    const sorted = [...edge.ports].sort((a, b) => (parseInt(a, 10) || 0) - (parseInt(b, 10) || 0));
    const text = `"${label(sorted.join(', '))}"`;
    return edge.dotted ? `  ${edge.from} -. ${text} .-> ${edge.to}` : `  ${edge.from} -- ${text} --> ${edge.to}`;
  });
  return ['flowchart LR', ...[...nodes.values()].map((node) => `  ${node}`), ...lines].join('\n');
}
