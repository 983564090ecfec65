import { comparePorts } from './ports';
import { BOOT_RULES, SEED_RULES } from './seed-matrix';
import { isRolePeer, ROLE_SPELLINGS, ROLES, type CidrPeer, type FirewallMatrix, type FirewallRule, type RoleName } from './model';
import { compareText } from '../util/compare-text';

/** What a topology changes in the default matrix. */
export interface MatrixChanges {
  /** Rules added by the user (origin `user`). */
  readonly add?: readonly FirewallRule[];
  /** Names of default rules to drop; their implied egress goes with them. */
  readonly remove?: readonly string[];
}


/**
 * The egress side of an inbound rule between two roles: firewalls filter both ends, so traffic a role accepts from
 * another role must also be allowed out of that other role.
 */
function impliedEgress(rule: FirewallRule): FirewallRule | undefined {
  if (rule.direction !== 'inbound' || !isRolePeer(rule.peer)) return undefined;
  return {
    name: `${ROLE_SPELLINGS[rule.peer as RoleName].token}-to-${rule.name}`,
    role: rule.peer,
    direction: 'outbound',
    peer: rule.role,
    ports: rule.ports,
    use: rule.use,
    origin: 'implied',
  };
}

const SEED_ORDER = new Map(SEED_RULES.map((rule, index) => [rule.name, String(index).padStart(3, '0')]));

/** Role, direction, then the seed document's own row order, then name: the tables read like the seed's. */
function orderKey(rule: FirewallRule): string {
  return [ROLES.indexOf(rule.role), rule.direction === 'inbound' ? 0 : 1, SEED_ORDER.get(rule.name) ?? 'zzz', rule.name].join('|');
}

/**
 * The installation's firewall matrix: the seed's rules and the boot egress, less what the user removes, plus what
 * the user adds, plus the egress implied by role-to-role rules. Sorted, so a reordered topology file yields the same
 * matrix.
 */
export function buildMatrix(peers: Readonly<Record<string, CidrPeer>>, changes: MatrixChanges = {}): FirewallMatrix {
  const removed = new Set(changes.remove ?? []);
  const explicit = [...SEED_RULES, ...BOOT_RULES, ...(changes.add ?? [])].filter((rule) => !removed.has(rule.name));
  const implied = explicit.map(impliedEgress).filter((rule): rule is FirewallRule => rule !== undefined);
  const rules = [...explicit, ...implied]
    .map((rule) => ({ ...rule, ports: [...rule.ports].sort(comparePorts) }))
    .sort((a, b) => compareText(orderKey(a), orderKey(b)));
  return { rules, peers };
}

/** Names of the rules a topology may remove: the seed's and the boot egress. */
export const DEFAULT_RULE_NAMES: readonly string[] = [...SEED_RULES, ...BOOT_RULES].map((rule) => rule.name);
