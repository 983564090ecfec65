import type { Direction, RoleName } from '../../firewall/model';
import type { RenderedPorts } from '../policy/firewall-rule';

/** The far end of a recovered rule: a role, one network, or something the review cannot place (a prefix list...). */
export type RecoveredPeer =
  | { readonly kind: 'role'; readonly role: RoleName }
  | { readonly kind: 'cidr'; readonly cidr: string }
  | { readonly kind: 'other'; readonly text: string };

/** One allowed port range towards one peer, as a stack's firewall resources grant it: the unit of comparison. */
export interface RecoveredEntry {
  /** The role whose boxes the rule applies to; null when the stack does not say. */
  readonly role: RoleName | null;
  /** Inbound to the role or outbound from it. */
  readonly direction: Direction;
  /** The traffic: protocol (`tcp`, `udp`, `all`, or another protocol's name) and ports. */
  readonly port: RenderedPorts;
  /** The other end. */
  readonly peer: RecoveredPeer;
  /** The rule's description. */
  readonly description: string;
  /** Where the rule is: the Terraform address, with the inline block when there is one. */
  readonly resource: string;
}

/** A rule that denies traffic, as the stack writes it. */
export interface RecoveredDeny {
  /** Where the rule is. */
  readonly resource: string;
  /** Roles it applies to; empty when the stack does not say. */
  readonly roles: readonly RoleName[];
  /** Inbound or outbound. */
  readonly direction: Direction;
  /** The traffic it denies. */
  readonly ports: readonly RenderedPorts[];
  /** The far ends it names: CIDRs, `*` or service tags. */
  readonly peers: readonly string[];
  /** The near ends it names besides the role (Azure rules name both ends); empty when it names none. */
  readonly ownSide: readonly string[];
  /** The rule's description. */
  readonly description: string;
  /** True when every allow rule it could override comes first (a lower priority number), so it denies only the rest. */
  readonly last: boolean;
}

/** A stack's firewall as its resources write it. */
export interface RecoveredFirewall {
  /** Every allowed entry. */
  readonly entries: readonly RecoveredEntry[];
  /** Every deny rule. */
  readonly denies: readonly RecoveredDeny[];
}

/** The whole internet, as the matrix writes it (Azure's `Internet` tag reads as this). */
export const WORLD_CIDR = '0.0.0.0/0';

/** A network as a comparable key: trimmed, lower case, a bare address given its host prefix. */
export function normalCidr(text: string): string {
  const value = text.trim().toLowerCase();
  if (value.includes('/')) return value;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(value)) return `${value}/32`;
  return value.includes(':') ? `${value}/128` : value;
}

/** A description as one line, so it fits a table cell. */
export function oneLine(text: unknown): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
}

/** A peer in a few words: the role's name, the network, or what the stack names. */
export function peerText(peer: RecoveredPeer): string {
  return peer.kind === 'role' ? peer.role : peer.kind === 'cidr' ? peer.cidr : peer.text;
}
