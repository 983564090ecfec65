import { parseIpv4, parseIpv4Cidr, parseIpv6, parseIpv6Cidr } from '../../topology/cidr';
import { resourcesOfType, type Attributes } from '../terraform/json';
import { blocks, strings } from '../terraform/values';
import { isComputed } from '../terraform/references';
import { problem, type LintProblem, type LintStack } from './problem';

const CHECK = 'cidrs';

/** Where a resource holds address ranges, and what it accepts there. */
interface RangeField {
  /** Resource types. */
  readonly types: readonly string[];
  /** Attribute path: a top-level attribute, or `block.attribute` for nested blocks. */
  readonly path: string;
  /** `network`: a network's own range (CIDR, no host bits); `peer`: a firewall's other end. */
  readonly kind: 'network' | 'peer';
  /** The peer accepts a single address without a prefix (GCP, Azure). */
  readonly bareAddress?: boolean;
  /** The peer accepts Azure service tags (`*`, `Internet`, `VirtualNetwork`, `Storage.EastUS` ...). */
  readonly serviceTags?: boolean;
}

const RANGE_FIELDS: readonly RangeField[] = [
  { types: ['aws_vpc', 'aws_subnet'], path: 'cidr_block', kind: 'network' },
  { types: ['aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'], path: 'cidr_ipv4', kind: 'peer' },
  { types: ['aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'], path: 'cidr_ipv6', kind: 'peer' },
  { types: ['aws_security_group'], path: 'ingress.cidr_blocks', kind: 'peer' },
  { types: ['aws_security_group'], path: 'egress.cidr_blocks', kind: 'peer' },
  { types: ['aws_route_table'], path: 'route.cidr_block', kind: 'peer' },
  { types: ['google_compute_subnetwork'], path: 'ip_cidr_range', kind: 'network' },
  { types: ['google_compute_subnetwork'], path: 'secondary_ip_range.ip_cidr_range', kind: 'network' },
  { types: ['google_compute_firewall'], path: 'source_ranges', kind: 'peer', bareAddress: true },
  { types: ['google_compute_firewall'], path: 'destination_ranges', kind: 'peer', bareAddress: true },
  { types: ['azurerm_virtual_network'], path: 'address_space', kind: 'network' },
  { types: ['azurerm_subnet'], path: 'address_prefixes', kind: 'network' },
  ...['source_address_prefix', 'source_address_prefixes', 'destination_address_prefix', 'destination_address_prefixes'].flatMap((attribute) => [
    { types: ['azurerm_network_security_rule'], path: attribute, kind: 'peer' as const, bareAddress: true, serviceTags: true },
    { types: ['azurerm_network_security_group'], path: `security_rule.${attribute}`, kind: 'peer' as const, bareAddress: true, serviceTags: true },
  ]),
];

/** No `:::`, and a single colon neither first nor last (Node's parser counts groups, not their separators). */
function wellPlacedColons(address: string): boolean {
  return !address.includes(':::') && !/^:[^:]/.test(address) && !/[^:]:$/.test(address);
}

/** Why a range is not one the cloud accepts there, if it is not. */
export function rangeFault(value: string, field: Pick<RangeField, 'kind' | 'bareAddress' | 'serviceTags'>): string | undefined {
  if (field.serviceTags && /^(\*|[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)?)$/.test(value)) return undefined;
  const ipv6 = value.includes(':');
  if (!value.includes('/') && field.bareAddress && (ipv6 ? parseIpv6(value) !== undefined && wellPlacedColons(value) : parseIpv4(value) !== undefined)) {
    return undefined;
  }
  const network = ipv6 ? (wellPlacedColons(value.split('/')[0]) ? parseIpv6Cidr(value) : undefined) : parseIpv4Cidr(value);
  if (!network) return ipv6 ? 'is not an IPv6 CIDR' : 'is not an IPv4 CIDR (a.b.c.d/n, prefix 0-32)';
  if (network.hostBitsSet && (field.kind === 'network' || !field.bareAddress)) return 'has host bits set after the prefix';
  return undefined;
}

/** The values at an attribute path: `block.attribute` reads the attribute of every nested block. */
function valuesAt(attributes: Attributes, path: string): string[] {
  const [first, second] = path.split('.');
  return second === undefined ? strings(attributes[first]) : blocks(attributes[first]).flatMap((block) => strings(block[second]));
}

/** Every literal address range is one the cloud accepts in that place; providers reject malformed ranges at plan time. */
export function rangeSyntaxProblems(stack: LintStack): LintProblem[] {
  return RANGE_FIELDS.flatMap((field) =>
    resourcesOfType(stack, ...field.types).flatMap((resource) =>
      valuesAt(resource.attributes, field.path)
        .filter((value) => !isComputed(value))
        .flatMap((value) => {
          const fault = rangeFault(value, field);
          return fault ? [problem(CHECK, resource.address, `${field.path} "${value}" ${fault}`)] : [];
        }),
    ),
  );
}
