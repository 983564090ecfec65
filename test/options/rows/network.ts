import type { Patch, Refusal, Row } from '../cells';
import { inboundPortsFrom, renderedRule } from '../firewall';
import { servicesBoxBoot, setting } from '../terraform';
import { everywhere } from './helpers';

/** An IPv6 range where the option takes ranges: refused on every cloud (the networks and the A record are IPv4-only). */
const ipv6 = (patch: (cidr: string) => Patch): Refusal => ({ patch: patch('2001:db8::/32'), message: /is an IPv6 range/, what: 'IPv6 ranges' });

/**
 * A private range outside the kit's network, where the kit creates the network: refused (its routes lead only to the
 * internet); an existing network's routes are the operator's.
 */
const unrouted = (patch: (cidr: string) => Patch): Refusal => ({ patch: patch('10.200.0.0/24'), message: /is a private range .* has no route to/, what: 'private ranges outside the kit’s own network' });

const RULE_HOW = { aws: 'security group rules', gcp: '`google_compute_firewall`', azure: 'NSG rules' } as const;
const ADDED = ['services-metrics-monitoring', 'builders-artifact-cache'] as const;

/** Who reaches the installation, and the user's changes to the firewall matrix. */
export const NETWORK_ROWS: readonly Row[] = [
  {
    path: 'network.administrators',
    ...everywhere(
      'everything',
      { aws: 'ingress rules from each CIDR (22, 8800, 80/443 to builders)', gcp: 'firewall `source_ranges`', azure: 'NSG `source_address_prefixes`' },
      (json, { cloud }) => inboundPortsFrom(cloud, json, '192.0.2.128/25'),
      expect.arrayContaining(['tcp:22', 'tcp:8800']),
      { refuses: [ipv6((cidr) => ({ network: { administrators: [cidr] } })), unrouted((cidr) => ({ network: { administrators: [cidr] } }))] },
    ),
  },
  {
    path: 'network.endUsers',
    ...everywhere(
      'everything',
      { aws: 'ingress rules 80/443 and 64535-65535', gcp: 'firewall `source_ranges`', azure: 'NSG `source_address_prefixes`' },
      (json, { cloud }) => inboundPortsFrom(cloud, json, '192.0.2.64/26'),
      expect.arrayContaining(['tcp:443', 'tcp:64535-65535']),
      { refuses: [ipv6((cidr) => ({ network: { endUsers: [cidr] } })), unrouted((cidr) => ({ network: { endUsers: [cidr] } }))] },
    ),
  },
  {
    path: 'network.github.hooks',
    ...everywhere(
      'alternatives',
      { aws: 'webhook ingress rule 443 from each CIDR', gcp: 'webhook firewall `source_ranges`', azure: 'webhook NSG rule prefixes' },
      (json, { cloud }) => inboundPortsFrom(cloud, json, '192.0.2.240/28'),
      expect.arrayContaining(['tcp:443']),
      { refuses: [ipv6((cidr) => ({ network: { github: { hooks: [cidr] } } })), unrouted((cidr) => ({ network: { github: { hooks: [cidr] } } }))] },
    ),
  },
  {
    path: 'network.github.enterpriseServer',
    ...everywhere(
      'everything',
      { aws: 'GitHub rules pinned to it; `GITHUB_ENTERPRISE_SERVER` at boot', gcp: 'the same', azure: 'the same' },
      (json, { cloud }) => [setting(servicesBoxBoot(cloud, json), 'GITHUB_ENTERPRISE_SERVER'), inboundPortsFrom(cloud, json, '198.51.100.7/32')],
      ['198.51.100.7/32', expect.arrayContaining(['tcp:443'])],
      {
        refuses: [
          ipv6((cidr) => ({ network: { github: { enterpriseServer: cidr } } })),
          { patch: { network: { github: { enterpriseServer: '10.200.0.7/32' } } }, message: /is a private range .* has no route to/, what: 'private ranges outside the kit’s own network' },
        ],
      },
    ),
  },
  {
    path: 'network.peers',
    ...everywhere(
      'everything',
      { aws: 'the CIDRs of `firewall.add` rules naming the peer', gcp: 'the same', azure: 'the same' },
      (json, { cloud }) => inboundPortsFrom(cloud, json, '192.0.2.0/27'),
      ['tcp:9100', 'tcp:9200-9299'],
      { refuses: [ipv6((cidr) => ({ network: { peers: { monitoring: [cidr] } } })), unrouted((cidr) => ({ network: { peers: { monitoring: [cidr] } } }))] },
    ),
  },
  {
    path: 'firewall.add[].name',
    ...everywhere(
      'everything',
      { aws: 'rule tag `firewall-rules`', gcp: 'firewall rule name', azure: 'NSG rule name' },
      (json, { cloud }) => ADDED.map((name) => renderedRule(cloud, json, name) !== undefined),
      [true, true],
    ),
  },
  {
    path: 'firewall.add[].role',
    ...everywhere(
      'everything',
      { aws: 'the role’s security group', gcp: 'the role’s `target_tags`', azure: 'the role’s NSG and ASG' },
      (json, { cloud }) => ADDED.map((name) => renderedRule(cloud, json, name)?.role),
      ['servicesBox', 'builders'],
    ),
  },
  {
    path: 'firewall.add[].direction',
    ...everywhere(
      'everything',
      { aws: 'ingress / egress rule resource', gcp: '`direction` INGRESS / EGRESS', azure: '`direction` Inbound / Outbound' },
      (json, { cloud }) => ADDED.map((name) => renderedRule(cloud, json, name)?.direction),
      ['inbound', 'outbound'],
    ),
  },
  {
    path: 'firewall.add[].peer',
    ...everywhere(
      'everything',
      RULE_HOW,
      (json, { cloud }) => ADDED.map((name) => renderedRule(cloud, json, name)?.cidrs),
      [['192.0.2.0/27'], ['192.0.2.32/27']],
    ),
  },
  {
    path: 'firewall.add[].ports',
    ...everywhere(
      'everything',
      { aws: 'one rule per port range (`from_port`/`to_port`)', gcp: '`allow` ports per protocol', azure: 'destination port ranges per protocol' },
      (json, { cloud }) => ADDED.map((name) => renderedRule(cloud, json, name)?.ports),
      [
        ['tcp:9100', 'tcp:9200-9299'],
        ['tcp:443', 'udp:53'],
      ],
    ),
  },
  {
    path: 'firewall.add[].use',
    ...everywhere(
      'everything',
      { aws: 'rule `description`', gcp: 'rule `description`', azure: 'rule `description`' },
      (json, { cloud }) => ADDED.map((name) => renderedRule(cloud, json, name)?.description),
      ['Prometheus scrapes the services box', 'Builds fetch dependencies from the artifact cache'],
    ),
  },
  {
    path: 'firewall.remove',
    ...everywhere(
      'everything',
      { aws: 'the rule’s resources are not rendered', gcp: 'the rule is not rendered', azure: 'the rule is not rendered' },
      (json, { cloud }) => renderedRule(cloud, json, 'builders-all-builders') !== undefined,
      false,
    ),
  },
];
