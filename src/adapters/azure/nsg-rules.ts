import { isRolePeer, ROLE_SPELLINGS, ruleCidrs, type Direction, type FirewallMatrix, type FirewallRule, type RoleName } from '../../firewall/model';
import type { PortRange, Protocol } from '../../firewall/ports';
import { isWorldOpen } from '../../topology/cidr';

/** Lowest priority Azure accepts on an NSG rule. */
export const FIRST_PRIORITY = 100;
/** The explicit deny-all rules sit at the bottom of Azure's range, below every allowed rule. */
export const DENY_ALL_PRIORITY: Readonly<Record<Direction, number>> = { inbound: 4095, outbound: 4096 };
/** Highest priority an allowed rule may take. */
export const LAST_ALLOW_PRIORITY = 4094;
/** Azure's service tag for addresses outside the virtual network reachable from the internet. */
export const INTERNET_TAG = 'Internet';
/** Azure limits an NSG rule description to 140 characters. */
const MAX_DESCRIPTION = 140;
/** Azure limits an NSG rule name to 80 characters. */
const MAX_NAME = 80;

/** The other end of an NSG rule: the role's application security group, an Azure service tag, or prefixes. */
export type NsgPeer =
  | { readonly kind: 'role'; readonly role: RoleName }
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'prefixes'; readonly prefixes: readonly string[] };

/** One azurerm_network_security_rule, from one matrix rule, its peer and one protocol. */
export interface NsgRule {
  /** The role whose NSG holds the rule. */
  readonly role: RoleName;
  /** Rule name in the NSG, from the matrix rule's name (plus protocol / family when the rule is split). */
  readonly name: string;
  /** The matrix rule it renders. */
  readonly rule: string;
  /** Inbound to the role or outbound from it. */
  readonly direction: Direction;
  /** Azure protocol: Tcp, Udp or `*`. */
  readonly protocol: 'Tcp' | 'Udp' | '*';
  /** Destination port ranges (`*` for all traffic). */
  readonly ports: readonly string[];
  /** The peer. */
  readonly peer: NsgPeer;
  /** The matrix rule's `use`, within Azure's 140 characters. */
  readonly description: string;
  /** Unique within the role's NSG, 100-4094. */
  readonly priority: number;
}

const AZURE_PROTOCOL: Readonly<Record<Protocol, NsgRule['protocol']>> = { tcp: 'Tcp', udp: 'Udp', all: '*' };

function portText(port: PortRange): string {
  if (port.protocol === 'all') return '*';
  return port.from === port.to ? String(port.from) : `${port.from}-${port.to}`;
}

/** The rule's name in the NSG carries the role, as the review expects. */
function ruleName(rule: FirewallRule): string {
  const token = ROLE_SPELLINGS[rule.role].token;
  return rule.name.startsWith(`${token}-`) ? rule.name : `${token}-${rule.name}`;
}

function describe(use: string): string {
  return use.length <= MAX_DESCRIPTION ? use : `${use.slice(0, MAX_DESCRIPTION - 3)}...`;
}

/**
 * A CIDR peer's networks as an NSG address group: the whole internet becomes the `Internet` service tag. Validation
 * keeps ranges IPv4, so one rule holds them all (an NSG rule holds one address family).
 */
function cidrPeer(cidrs: readonly string[]): NsgPeer {
  return cidrs.some(isWorldOpen) ? { kind: 'tag', tag: INTERNET_TAG } : { kind: 'prefixes', prefixes: [...cidrs] };
}

/** FNV-1a: a small, stable hash that needs no dependency. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The name within Azure's 80 characters: a long rule name split per protocol and address family can pass it, and is
 * then cut, with a hash of the whole name so two long names sharing a prefix stay apart.
 */
function fitName(name: string): string {
  if (name.length <= MAX_NAME) return name;
  return `${name.slice(0, MAX_NAME - 9).replace(/[-.]+$/, '')}-${fnv1a(name).toString(16).padStart(8, '0')}`;
}

/**
 * Priorities from the sorted rule list: each rule prefers a slot hashed from its name and takes the next free one in
 * the list's order. Every rule is an Allow above the deny-all pair, so the order among them does not matter; what
 * matters is that adding or removing one rule leaves the others' priorities where they were, since Azure rejects an
 * update that briefly gives two rules of an NSG the same priority, and shifting a whole list would do exactly that.
 */
function assignPriorities<T extends { readonly name: string }>(rules: readonly T[], role: RoleName): (T & { priority: number })[] {
  const slots = LAST_ALLOW_PRIORITY - FIRST_PRIORITY + 1;
  if (rules.length > slots) throw new Error(`the ${role} NSG needs ${rules.length} rules; Azure allows ${slots} allowed rules per NSG`);
  const taken = new Set<number>();
  return rules.map((rule) => {
    let slot = fnv1a(rule.name) % slots;
    while (taken.has(slot)) slot = (slot + 1) % slots;
    taken.add(slot);
    return { ...rule, priority: FIRST_PRIORITY + slot };
  });
}

/**
 * The matrix as NSG rules, per role: one rule per matrix rule and peer (split only where Azure needs it: one
 * protocol per rule), in the matrix's sorted order, with priorities unique per NSG.
 */
export function nsgRules(matrix: FirewallMatrix, role: RoleName): NsgRule[] {
  const unprioritised: Omit<NsgRule, 'priority'>[] = [];
  for (const rule of matrix.rules.filter((r) => r.role === role)) {
    const protocols = [...new Set(rule.ports.map((port) => port.protocol))];
    const peer: NsgPeer = isRolePeer(rule.peer) ? { kind: 'role', role: rule.peer } : cidrPeer(ruleCidrs(matrix, rule));
    for (const protocol of protocols) {
      const ports = rule.ports.filter((port) => port.protocol === protocol).map(portText);
      const protocolSuffix = protocols.length > 1 ? `-${protocol}` : '';
      unprioritised.push({
        role,
        name: fitName(`${ruleName(rule)}${protocolSuffix}`),
        rule: rule.name,
        direction: rule.direction,
        protocol: AZURE_PROTOCOL[protocol],
        ports: ports.includes('*') ? ['*'] : ports,
        peer,
        description: describe(rule.use),
      });
    }
  }
  return assignPriorities(unprioritised, role);
}
