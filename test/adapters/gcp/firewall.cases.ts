import { isRolePeer, ruleCidrs, type FirewallRule } from '../../../src/firewall/model';
import { ROLE_SLUGS } from '../../../src/adapters/shared/naming';
import { ALLOW_PRIORITY, DENY_PRIORITY } from '../../../src/adapters/gcp/firewall';
import { resourcesOf, synthCloud, type TerraformJson } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';

type Firewall = {
  name: string;
  direction: string;
  priority: number;
  description: string;
  target_tags: string[];
  source_tags?: string[];
  source_ranges?: string[];
  destination_ranges?: string[];
  allow?: { protocol: string; ports?: string[] }[];
  deny?: { protocol: string }[];
};

function firewalls(json: TerraformJson): Firewall[] {
  return Object.values(resourcesOf(json, 'google_compute_firewall')) as unknown as Firewall[];
}

function portsOf(rule: FirewallRule): string[] {
  if (rule.ports.some((port) => port.protocol === 'all')) return ['all'];
  return rule.ports.map((port) => `${port.protocol}:${port.from === port.to ? port.from : `${port.from}-${port.to}`}`).sort();
}

function renderedPorts(firewall: Firewall): string[] {
  return (firewall.allow ?? []).flatMap((a) => (a.protocol === 'all' ? ['all'] : (a.ports ?? []).map((p) => `${a.protocol}:${p}`))).sort();
}

const SERVICES_IP_REF = '${google_compute_address.installation_services_box_internal_address_75A7C3C6.address}/32';

describe('GCP firewall', () => {
  const topology = resolvedFor('gcp');
  let json: TerraformJson;
  beforeAll(() => {
    json = synthCloud('gcp');
  });

  it('renders every matrix rule, rule by rule, and nothing else that allows traffic', () => {
    // GIVEN the default topology WHEN synthesized THEN each matrix rule is one firewall rule with its role, direction, peer, ports and use
    const byName = new Map(firewalls(json).map((f) => [f.name, f]));
    for (const rule of topology.firewall.rules) {
      const rendered = byName.get(`ci-${rule.name}`);
      expect(rendered).toBeDefined();
      if (!rendered) continue;
      byName.delete(rendered.name);
      expect(rendered.direction).toBe(rule.direction === 'inbound' ? 'INGRESS' : 'EGRESS');
      expect(rendered.target_tags).toEqual([`ci-${ROLE_SLUGS[rule.role]}`]);
      expect(rendered.description).toBe(rule.use);
      expect(rendered.priority).toBe(ALLOW_PRIORITY);
      expect(renderedPorts(rendered)).toEqual(portsOf(rule));
      if (isRolePeer(rule.peer) && rule.direction === 'inbound') {
        expect(rendered.source_tags).toEqual([`ci-${ROLE_SLUGS[rule.peer]}`]);
      } else if (isRolePeer(rule.peer)) {
        expect(rendered.destination_ranges).toEqual([rule.peer === 'builders' ? '10.50.0.0/20' : SERVICES_IP_REF]);
      } else if (rule.direction === 'inbound') {
        expect(rendered.source_ranges).toEqual([...ruleCidrs(topology.firewall, rule)]);
      } else {
        expect(rendered.destination_ranges).toEqual([...ruleCidrs(topology.firewall, rule)]);
      }
    }
    // THEN what is left is the deny-all pair and the health-check probes auto-healing needs
    expect([...byName.keys()].sort()).toEqual(['ci-builders-health-check-probes', 'ci-deny-all-egress', 'ci-deny-all-ingress']);
  });

  it('closes everything else with deny-all rules on the installation tags only, below every allow', () => {
    const deny = firewalls(json).filter((f) => f.deny);
    expect(deny.map((f) => [f.direction, f.priority, f.target_tags])).toEqual(
      expect.arrayContaining([
        ['INGRESS', DENY_PRIORITY, ['ci-services-box', 'ci-builders']],
        ['EGRESS', DENY_PRIORITY, ['ci-services-box', 'ci-builders']],
      ]),
    );
    expect(deny).toHaveLength(2);
    expect(deny.every((f) => f.deny?.[0].protocol === 'all')).toBe(true);
  });

  it('opens the builders to Google health-check probers on the health-check port only', () => {
    const probes = firewalls(json).find((f) => f.name === 'ci-builders-health-check-probes');
    expect(probes).toMatchObject({ direction: 'INGRESS', target_tags: ['ci-builders'], source_ranges: ['35.191.0.0/16', '130.211.0.0/22'] });
    expect(probes?.allow).toEqual([{ protocol: 'tcp', ports: ['22'] }]);
  });

  it('gives a peer of several networks one rule, named after the rule', () => {
    // GIVEN a user rule to a peer with two networks
    const mixed = synthCloud('gcp', {
      network: { peers: { monitoring: ['192.0.2.0/24', '198.51.100.0/24'] } },
      firewall: { add: [{ name: 'services-metrics-monitoring', role: 'servicesBox', peer: 'monitoring', ports: [9100], use: 'Node metrics' }] },
    });
    // THEN one rule carries both
    const rules = firewalls(mixed).filter((f) => f.name.startsWith('ci-services-metrics-monitoring'));
    expect(rules.map((f) => [f.name, f.source_ranges])).toEqual([['ci-services-metrics-monitoring', ['192.0.2.0/24', '198.51.100.0/24']]]);
    expect(rules.every((f) => f.description === 'Node metrics')).toBe(true);
  });

  it('keeps Terraform addresses when the topology lists the same rules in another order', () => {
    const added = [
      { name: 'services-metrics-a', role: 'servicesBox', peer: 'administrators', ports: [9100], use: 'Metrics A' },
      { name: 'builders-metrics-b', role: 'builders', peer: 'administrators', ports: [9101], use: 'Metrics B' },
    ];
    const one = synthCloud('gcp', { firewall: { add: added } });
    const other = synthCloud('gcp', { firewall: { add: [...added].reverse() } });
    expect(Object.keys(resourcesOf(other, 'google_compute_firewall')).sort()).toEqual(Object.keys(resourcesOf(one, 'google_compute_firewall')).sort());
  });
});
