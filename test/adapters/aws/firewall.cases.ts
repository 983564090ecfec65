import { isRolePeer, ruleCidrs, type FirewallMatrix, type RoleName } from '../../../src/firewall/model';
import { formatPort, type PortRange } from '../../../src/firewall/ports';
import { awsRuleDescription } from '../../../src/adapters/aws/firewall';
import { ROLE_SLUGS, ROLE_TAG } from '../../../src/adapters/shared/naming';
import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';
import { synthAws } from './support';

/** One firewall rule resource read back in the matrix's terms. */
interface ReadRule {
  name: string;
  role: RoleName;
  direction: 'inbound' | 'outbound';
  peer: string;
  port: string;
  description: string;
}

const SLUG_ROLES = Object.fromEntries(Object.entries(ROLE_SLUGS).map(([role, slug]) => [slug, role as RoleName]));

/** Reads the security group rules back: the group's role tag, the peer's group role or CIDR, the ports. */
function readFirewall(json: TerraformJson): ReadRule[] {
  const roleOfGroup = new Map<string, RoleName>();
  for (const [name, group] of Object.entries(resourcesOf(json, 'aws_security_group'))) {
    const tags = group.tags as Record<string, string>;
    roleOfGroup.set(`\${aws_security_group.${name}.id}`, SLUG_ROLES[tags[ROLE_TAG]]);
  }
  const read: ReadRule[] = [];
  for (const [type, direction] of [
    ['aws_vpc_security_group_ingress_rule', 'inbound'],
    ['aws_vpc_security_group_egress_rule', 'outbound'],
  ] as const) {
    for (const [name, rule] of Object.entries(resourcesOf(json, type))) {
      const role = roleOfGroup.get(String(rule.security_group_id));
      if (!role) throw new Error(`${name} is in no role's security group`);
      const peer = rule.referenced_security_group_id
        ? roleOfGroup.get(String(rule.referenced_security_group_id))!
        : String(rule.cidr_ipv4 ?? rule.cidr_ipv6);
      const port: PortRange =
        rule.ip_protocol === '-1'
          ? { protocol: 'all', from: 0, to: 65535 }
          : { protocol: rule.ip_protocol as 'tcp' | 'udp', from: Number(rule.from_port), to: Number(rule.to_port) };
      read.push({ name, role, direction, peer, port: formatPort(port), description: String(rule.description) });
    }
  }
  return read;
}

/** What the matrix asks for, one port and one peer at a time, with the use each carries. */
function expectedFromMatrix(matrix: FirewallMatrix): { role: RoleName; direction: string; peer: string; port: string; use: string }[] {
  return matrix.rules.flatMap((rule) => {
    const peers = isRolePeer(rule.peer) ? [rule.peer] : [...ruleCidrs(matrix, rule)];
    return rule.ports.flatMap((port) => peers.map((peer) => ({ role: rule.role, direction: rule.direction, peer, port: formatPort(port), use: rule.use })));
  });
}

const key = (r: { role: string; direction: string; peer: string; port: string }) => `${r.role} ${r.direction} ${r.peer} ${r.port}`;

describe('AWS firewall', () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = synthAws();
  });

  test('GIVEN the default topology WHEN synthesized THEN the security group rules read back are the firewall matrix, rule by rule', () => {
    const matrix = resolvedFor('aws').firewall;
    const read = readFirewall(json);
    const readByKey = new Map(read.map((r) => [key(r), r]));

    const expected = expectedFromMatrix(matrix);
    for (const want of expected) {
      const found = readByKey.get(key(want));
      expect({ rule: key(want), found: Boolean(found) }).toEqual({ rule: key(want), found: true });
      expect(found!.description.split('; ')).toContain(want.use);
    }
    // Nothing beyond the matrix: every resource is some matrix rule's port and peer, and none is repeated.
    const wanted = new Set(expected.map(key));
    expect(read.filter((r) => !wanted.has(key(r)))).toEqual([]);
    expect(read.length).toBe(readByKey.size);
    expect(read.length).toBe(wanted.size);
  });

  test('GIVEN the default topology WHEN synthesized THEN there is one security group per role, with a description, the role tag and no inline rules', () => {
    const groups = Object.values(resourcesOf(json, 'aws_security_group'));
    expect(groups.map((g) => (g.tags as Record<string, string>)[ROLE_TAG]).sort()).toEqual(['builders', 'services-box']);
    for (const group of groups) {
      expect(String(group.description).length).toBeGreaterThan(10);
      expect(group).not.toHaveProperty('ingress');
      expect(group).not.toHaveProperty('egress');
    }
  });

  test('GIVEN the default topology WHEN synthesized THEN all-traffic rules use protocol -1 without ports, and every rule is named after its role', () => {
    const all = [...Object.entries(resourcesOf(json, 'aws_vpc_security_group_ingress_rule')), ...Object.entries(resourcesOf(json, 'aws_vpc_security_group_egress_rule'))];
    const allTraffic = all.filter(([, rule]) => rule.ip_protocol === '-1');
    expect(allTraffic.length).toBeGreaterThan(0);
    for (const [, rule] of allTraffic) {
      expect(rule).not.toHaveProperty('from_port');
      expect(rule).not.toHaveProperty('to_port');
      expect(rule.referenced_security_group_id).toBeDefined();
    }
    for (const [name, rule] of all) {
      const role = (rule.tags as Record<string, string>)[ROLE_TAG];
      expect(name).toMatch(new RegExp(`^installation_firewall_${role === 'services-box' ? 'servicesbox' : 'builders'}_(in|out)_`));
    }
  });

  test('GIVEN the default topology WHEN synthesized THEN administrator and user ports are never open to the world, and egress to the world is 22, 80 and 443 only', () => {
    const read = readFirewall(json);
    expect(read.filter((r) => r.direction === 'inbound' && /\/0$/.test(r.peer))).toEqual([]);
    const worldEgress = read.filter((r) => r.direction === 'outbound' && r.peer === '0.0.0.0/0').map((r) => r.port);
    expect([...new Set(worldEgress)].sort()).toEqual(['22', '443', '80']);
  });

  test('GIVEN a user rule on a UDP port and a removed seed rule WHEN synthesized THEN the rule appears per port and the removed one is gone', () => {
    const patched = synthAws({
      network: { peers: { monitoring: ['198.51.100.0/28', '192.0.2.0/28'] } },
      firewall: {
        add: [{ name: 'services-metrics-monitoring', role: 'servicesBox', peer: 'monitoring', ports: ['9100', '8125/udp'], use: 'Metrics scraping' }],
        remove: ['builders-all-builders'],
      },
    });
    const read = readFirewall(patched);
    expect(read).toContainEqual(expect.objectContaining({ role: 'servicesBox', direction: 'inbound', peer: '198.51.100.0/28', port: '8125/udp', description: 'Metrics scraping' }));
    expect(read).toContainEqual(expect.objectContaining({ role: 'servicesBox', direction: 'inbound', peer: '192.0.2.0/28', port: '9100' }));
    expect(read.filter((r) => r.role === 'builders' && r.peer === 'builders')).toEqual([]);
    const udp = Object.values(resourcesOf(patched, 'aws_vpc_security_group_ingress_rule')).find((r) => r.cidr_ipv4 === '198.51.100.0/28' && r.ip_protocol === 'udp');
    expect(udp).toMatchObject({ from_port: 8125, to_port: 8125 });
  });

  test('GIVEN a rule use with characters AWS rejects in descriptions WHEN rendered as a description THEN they are replaced, so the apply does not fail', () => {
    expect(awsRuleDescription("Prometheus' node exporter <metrics>")).toBe('Prometheus- node exporter -metrics-');
    expect(awsRuleDescription('x'.repeat(300))).toHaveLength(255);
    expect(awsRuleDescription('CircleCI API Access (graceful shutdown, etc)')).toBe('CircleCI API Access (graceful shutdown, etc)');
  });

  test('GIVEN the same networks listed in another order WHEN synthesized THEN no firewall rule changes its Terraform address', () => {
    const reordered = synthAws({ network: { endUsers: ['203.0.113.0/24', '198.51.100.0/24'] } });
    for (const type of ['aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule', 'aws_security_group']) {
      expect(Object.keys(resourcesOf(reordered, type)).sort()).toEqual(Object.keys(resourcesOf(json, type)).sort());
    }
  });
});
