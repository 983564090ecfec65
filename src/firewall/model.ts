import type { PortRange } from './ports';

/** The two kinds of box an installation has. */
export const ROLES = ['servicesBox', 'builders'] as const;

/** A kind of box: the rules of the matrix attach to roles. */
export type RoleName = (typeof ROLES)[number];

/** Every spelling of a role, in one table. */
export interface RoleSpelling {
  /** In resource names, tags and labels: lower-case and hyphenated, e.g. `services-box`. */
  readonly slug: string;
  /** In sentences, e.g. `services box`. */
  readonly words: string;
  /** As the seed document's tables title it, e.g. `Services Box`. */
  readonly title: string;
  /** The short first word of rule names, e.g. `services` in `services-ssh-administrators`. */
  readonly token: string;
}

/** How each role is spelled wherever the kit writes it. */
export const ROLE_SPELLINGS: Readonly<Record<RoleName, RoleSpelling>> = {
  servicesBox: { slug: 'services-box', words: 'services box', title: 'Services Box', token: 'services' },
  builders: { slug: 'builders', words: 'builders', title: 'Builder Boxes', token: 'builders' },
};

/** How role names appear in resource names, tags and labels: lower-case and hyphenated. */
export const ROLE_SLUGS: Readonly<Record<RoleName, string>> = { servicesBox: ROLE_SPELLINGS.servicesBox.slug, builders: ROLE_SPELLINGS.builders.slug };

/** The tag / label key that marks which role a resource serves; the review maps resources back to roles by it. */
export const ROLE_TAG = 'circleci-role';

/** Named CIDR sets every installation has (users may add their own under `network.peers`). */
export const BUILT_IN_CIDR_PEERS = ['endUsers', 'administrators', 'github', 'internet'] as const;

/** How each role and built-in peer is titled in the seed document's tables. */
export const PEER_TITLES: Readonly<Record<string, string>> = {
  servicesBox: ROLE_SPELLINGS.servicesBox.title,
  builders: ROLE_SPELLINGS.builders.title,
  endUsers: 'End Users',
  administrators: 'Administrators',
  github: 'Github (Enterprise or .com)',
  internet: 'Internet',
};

/** Which way traffic flows, seen from the rule's role. */
export type Direction = 'inbound' | 'outbound';

/**
 * Where a rule comes from: the seed document's tables, the user's topology file, what instances need to boot
 * (DNS, package mirrors), or the egress side implied by an inbound rule between two roles.
 */
export type RuleOrigin = 'seed' | 'user' | 'boot' | 'implied';

/** One row of the firewall matrix: traffic between a role and a peer on some ports. */
export interface FirewallRule {
  /** Stable, content-derived name, e.g. `services-ssh-administrators`; users remove defaults by it. */
  readonly name: string;
  /** The role whose firewall holds the rule. */
  readonly role: RoleName;
  /** Inbound to the role, or outbound from it. */
  readonly direction: Direction;
  /** A role name, or the name of a CIDR set (`endUsers`, `administrators`, `github`, `internet`, or a user's). */
  readonly peer: string;
  /** The ports, sorted. */
  readonly ports: readonly PortRange[];
  /** What the traffic is for; becomes the rule's description on every cloud. */
  readonly use: string;
  /** Where the rule comes from. */
  readonly origin: RuleOrigin;
}

/** A CIDR peer with its networks resolved for each direction. */
export interface CidrPeer {
  /** The peer's name. */
  readonly name: string;
  /** Networks traffic comes from when the peer is the source (inbound rules). */
  readonly ingressCidrs: readonly string[];
  /** Networks traffic goes to when the peer is the destination (outbound rules). */
  readonly egressCidrs: readonly string[];
}

/** The whole matrix: every rule for every role, and the CIDR peers the rules name. */
export interface FirewallMatrix {
  /** Rules sorted by role, direction, peer and name: an order independent of the topology file's. */
  readonly rules: readonly FirewallRule[];
  /** CIDR peers by name. Role peers are not listed: they are the roles themselves. */
  readonly peers: Readonly<Record<string, CidrPeer>>;
}

/** True when the peer is one of the roles rather than a set of CIDRs. */
export function isRolePeer(peer: string): peer is RoleName {
  return (ROLES as readonly string[]).includes(peer);
}

/** The CIDRs a rule's peer stands for in the rule's direction; empty for a role peer. */
export function ruleCidrs(matrix: FirewallMatrix, rule: FirewallRule): readonly string[] {
  if (isRolePeer(rule.peer)) return [];
  const peer = matrix.peers[rule.peer];
  if (!peer) throw new Error(`firewall rule ${rule.name} names peer ${rule.peer}, which the matrix does not define`);
  return rule.direction === 'inbound' ? peer.ingressCidrs : peer.egressCidrs;
}
