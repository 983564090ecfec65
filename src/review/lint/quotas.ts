import { resourcesOfType, type StackResource } from '../terraform/json';
import { problem, type LintProblem, type LintStack } from './problem';

const CHECK = 'quotas';

/**
 * Rules per security group and direction, counted separately for IPv4 and IPv6, in an account with default quotas;
 * a rule naming a security group counts towards both. Adjustable (rules per group times groups per interface may
 * reach 1,000). Source: https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups
 */
export const AWS_RULES_PER_SECURITY_GROUP = 60;

function families(rule: StackResource): ('IPv4' | 'IPv6')[] {
  if (rule.attributes.cidr_ipv4 !== undefined) return ['IPv4'];
  if (rule.attributes.cidr_ipv6 !== undefined) return ['IPv6'];
  return ['IPv4', 'IPv6'];
}

/** AWS security groups within the default quota of rules per direction and address family. */
export function quotaProblems(stack: LintStack): LintProblem[] {
  const counts = new Map<string, { group: string; direction: string; family: string; count: number }>();
  for (const [type, direction] of [
    ['aws_vpc_security_group_ingress_rule', 'inbound'],
    ['aws_vpc_security_group_egress_rule', 'outbound'],
  ] as const) {
    for (const rule of resourcesOfType(stack, type)) {
      const group = String(rule.attributes.security_group_id ?? '');
      for (const family of families(rule)) {
        const key = `${group}|${direction}|${family}`;
        const entry = counts.get(key) ?? { group, direction, family, count: 0 };
        counts.set(key, { ...entry, count: entry.count + 1 });
      }
    }
  }
  return [...counts.values()]
    .filter((entry) => entry.count > AWS_RULES_PER_SECURITY_GROUP)
    .map((entry) => {
      const address = /^\$\{([\w-]+\.[\w-]+)\.id\}$/.exec(entry.group)?.[1] ?? entry.group;
      return problem(
        CHECK,
        address,
        `has ${entry.count} ${entry.direction} ${entry.family} rules; an account's default quota is ${AWS_RULES_PER_SECURITY_GROUP} per direction and family (raise "Inbound or outbound rules per security group" first)`,
        'quota',
      );
    });
}
