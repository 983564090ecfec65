import type { RoleName } from '../../../firewall/model';
import type { PortRange } from '../../../firewall/ports';
import { firewallRules } from '../../firewall/read';
import { worldPeers, type StackRule } from '../../firewall/rule';
import { ROLE_SPELLINGS } from '../../../firewall/model';
import type { PolicyContext, WorldOpenAllowance } from '../context';
import { verdict, type PolicyRule } from '../rule';

/** Azure's service tags and wildcards stand for both address families; a CIDR for its own. */
function sameFamily(peer: string, allowance: WorldOpenAllowance): boolean {
  if (!/\/0$/.test(peer.trim())) return true;
  return peer.includes(':') === allowance.cidr.includes(':');
}

/** Merged, sorted intervals of one protocol the allowances open. */
function intervals(allowances: readonly WorldOpenAllowance[], protocol: string): [number, number][] {
  const spans = allowances
    .flatMap((allowance) => allowance.ports)
    .filter((port) => port.protocol === 'all' || port.protocol === protocol)
    .map((port): [number, number] => (port.protocol === 'all' ? [0, 65535] : [port.from, port.to]))
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** True when the allowances open every port of the range, on its protocol. */
function covered(ports: PortRange<string>, allowances: readonly WorldOpenAllowance[]): boolean {
  if (ports.protocol === 'all') return allowances.some((allowance) => allowance.ports.some((port) => port.protocol === 'all'));
  return intervals(allowances, ports.protocol).some(([from, to]) => from <= ports.from && ports.to <= to);
}

/** A port range as a finding says it: `tcp 22`, `tcp 64535-65535`, `all traffic`. */
function inWords(ports: PortRange<string>): string {
  if (ports.protocol === 'all') return 'all traffic';
  return ports.from === ports.to ? `${ports.protocol} ${ports.from}` : `${ports.protocol} ${ports.from}-${ports.to}`;
}

/** The world-open traffic of one rule that no allowance of the matrix covers, in words. */
function beyondMatrix(rule: StackRule, context: PolicyContext): string[] {
  const roles: (RoleName | undefined)[] = rule.roles.length > 0 ? [...rule.roles] : [undefined];
  return worldPeers(rule).flatMap((peer) =>
    roles.flatMap((role) => {
      const allowances = context.worldOpen.filter((a) => a.role === role && a.direction === 'inbound' && sameFamily(peer, a));
      const where = role ? `the ${ROLE_SPELLINGS[role].words}` : 'boxes of no known role';
      return rule.ports.filter((ports) => !covered(ports, allowances)).map((ports) => `${inWords(ports)} from ${peer} to ${where}`);
    }),
  );
}

/** Inbound traffic open to the whole internet that the topology's matrix does not allow. */
export const worldOpenBeyondMatrix: PolicyRule = {
  id: 'CIK-NET-002',
  level: 'error',
  title: 'Inbound rule open to the world beyond what the matrix allows',
  explanation:
    'The topology’s firewall matrix is the installation’s contract: only the traffic it lists from the whole internet may arrive from the whole internet. A world-open rule it does not list is an adapter drifting from the topology, or a hand edit.',
  fix: 'Render the rule from the matrix (its peers’ CIDRs), or add the traffic to the topology’s firewall with the peer `internet` if it is really meant.',
  mirrors: ['trivy GCP-0027', 'trivy AZU-0047', 'KICS Unrestricted Security Group Ingress', 'cdk-nag AwsSolutions-EC23', 'terrascan AC_AWS_0276', 'checkov CKV2_GCP_12'],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack, context) =>
    firewallRules(stack)
      .filter((rule) => rule.access === 'allow' && rule.direction === 'inbound')
      .map((rule) => {
        const beyond = beyondMatrix(rule, context);
        const pass = worldPeers(rule).length === 0 ? 'is not open to the world' : 'opens to the world only what the matrix allows';
        return verdict(rule.resource, beyond.length === 0, pass, `opens ${beyond.join('; ')}, which the matrix does not allow`);
      }),
};
