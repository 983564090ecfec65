import type { Direction, RoleName } from '../../firewall/model';
import type { PortRange } from '../../firewall/ports';

/**
 * The far end of a rule: a role, one network (`written` as the stack writes it, `cidr` normalised for comparison:
 * Azure's `Internet` is 0.0.0.0/0), or something the review cannot place (a prefix list, a service tag...).
 */
export type RecoveredPeer =
  | { readonly kind: 'role'; readonly role: RoleName }
  | { readonly kind: 'cidr'; readonly cidr: string; readonly written: string }
  | { readonly kind: 'other'; readonly text: string };

/** One firewall rule as a stack writes it, on whichever cloud: what the comparison and the policy rules both read. */
export interface StackRule {
  /** Where the rule is: the Terraform address, with the inline block when there is one, e.g. `aws_security_group.b (ingress[0])`. */
  readonly resource: string;
  /** Whether it allows or denies the traffic. */
  readonly access: 'allow' | 'deny';
  /** The roles whose boxes it applies to; empty when the stack does not say. */
  readonly roles: readonly RoleName[];
  /** Inbound to the boxes or outbound from them. */
  readonly direction: Direction;
  /** The traffic: protocol (`tcp`, `udp`, `all`, or another protocol's name) and ports. */
  readonly ports: readonly PortRange<string>[];
  /** The far ends. */
  readonly peers: readonly RecoveredPeer[];
  /** The near ends it names besides the role (Azure rules name both ends); empty when it names none. */
  readonly ownSide: readonly string[];
  /** The rule's description, on one line. */
  readonly description: string;
  /** True when every rule of the other access that it could override comes first (a lower priority number). */
  readonly last: boolean;
  /** What holds it: its security group, network (GCP) or network security group, by address, else as written. */
  readonly holder: string;
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

/** A network as a peer. */
export function cidrPeer(written: string): RecoveredPeer {
  return { kind: 'cidr', cidr: normalCidr(written), written };
}

/** A description as one line, so it fits a table cell. */
export function oneLine(text: unknown): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
}

/** A peer in a few words: the role's name, the network, or what the stack names. */
export function peerText(peer: RecoveredPeer): string {
  return peer.kind === 'role' ? peer.role : peer.kind === 'cidr' ? peer.cidr : peer.text;
}

/** The far ends that are the whole internet (`0.0.0.0/0`, `::/0`, Azure `*` and `Internet`), as the stack writes them. */
export function worldPeers(rule: StackRule): string[] {
  return rule.peers.flatMap((peer) => (peer.kind === 'cidr' && (peer.cidr === '*' || peer.cidr.endsWith('/0')) ? [peer.written] : []));
}
