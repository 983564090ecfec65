import { ipv4CidrContains, parseIpv4, parseIpv4Cidr } from '../../topology/cidr';
import { profileOf } from '../../clouds';
import { resourceAt, resourcesOfType, type StackResource } from '../terraform/json';
import { blocks, strings } from '../terraform/values';
import { isComputed, soleReference } from '../terraform/references';
import { problem, type LintProblem, type LintStack } from './problem';

const CHECK = 'subnets';

/** How one cloud models networks, subnets and fixed addresses in Terraform. */
interface CloudNetworking {
  /** Subnet resource type. */
  readonly subnet: string;
  /** Its attribute holding its range(s). */
  readonly subnetRanges: string;
  /** Its attribute referring to its network. */
  readonly parent: string;
  /** The network resource type and its range attribute, when the network has ranges a subnet must sit in. */
  readonly network?: { readonly type: string; readonly ranges: string };
  /** Subnet prefix lengths the cloud accepts. */
  readonly prefixes: { readonly largest: number; readonly smallest: number };
  /** Addresses the cloud reserves at the start and at the end of every subnet. */
  readonly reserved: { readonly first: number; readonly last: number };
  /** Where resources pin a private address, and the subnet reference next to it. */
  readonly fixedAddresses: readonly { readonly type: string; readonly block?: string; readonly address: string; readonly subnet: string }[];
  /** Where the cloud documents it. */
  readonly source: string;
}

const NETWORKING: readonly CloudNetworking[] = [
  {
    subnet: 'aws_subnet',
    subnetRanges: 'cidr_block',
    parent: 'vpc_id',
    network: { type: 'aws_vpc', ranges: 'cidr_block' },
    prefixes: { largest: 16, smallest: 28 },
    reserved: profileOf('aws').reservedAddresses,
    fixedAddresses: [{ type: 'aws_instance', address: 'private_ip', subnet: 'subnet_id' }],
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html',
  },
  {
    subnet: 'google_compute_subnetwork',
    subnetRanges: 'ip_cidr_range',
    parent: 'network',
    prefixes: { largest: 8, smallest: 29 },
    reserved: profileOf('gcp').reservedAddresses,
    fixedAddresses: [
      { type: 'google_compute_address', address: 'address', subnet: 'subnetwork' },
      { type: 'google_compute_instance', block: 'network_interface', address: 'network_ip', subnet: 'subnetwork' },
    ],
    source: 'https://cloud.google.com/vpc/docs/subnets#valid-ranges',
  },
  {
    subnet: 'azurerm_subnet',
    subnetRanges: 'address_prefixes',
    parent: 'virtual_network_name',
    network: { type: 'azurerm_virtual_network', ranges: 'address_space' },
    prefixes: { largest: 2, smallest: 29 },
    reserved: profileOf('azure').reservedAddresses,
    fixedAddresses: [{ type: 'azurerm_network_interface', block: 'ip_configuration', address: 'private_ip_address', subnet: 'subnet_id' }],
    source: 'https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq#are-there-any-restrictions-on-using-ip-addresses-within-these-subnets',
  },
];

/** The literal IPv4 ranges of an attribute. */
function literalRanges(value: unknown): string[] {
  return strings(value).filter((range) => !isComputed(range) && parseIpv4Cidr(range) !== undefined);
}

function overlap(a: string, b: string): boolean {
  return ipv4CidrContains(a, b) || ipv4CidrContains(b, a);
}

function subnetProblems(stack: LintStack, cloud: CloudNetworking): LintProblem[] {
  const found: LintProblem[] = [];
  const seen: { parent: string; range: string; address: string }[] = [];
  for (const subnet of resourcesOfType(stack, cloud.subnet)) {
    const parentRef = soleReference(subnet.attributes[cloud.parent]);
    const parentKey = parentRef ?? String(subnet.attributes[cloud.parent] ?? '');
    const network = cloud.network && parentRef?.startsWith(`${cloud.network.type}.`) ? resourceAt(stack, parentRef) : undefined;
    const networkRanges = network && cloud.network ? literalRanges(network.attributes[cloud.network.ranges]) : [];
    for (const range of literalRanges(subnet.attributes[cloud.subnetRanges])) {
      const prefix = parseIpv4Cidr(range)!.prefix;
      if (prefix < cloud.prefixes.largest || prefix > cloud.prefixes.smallest) {
        found.push(problem(CHECK, subnet.address, `${range} is a /${prefix}; subnets are /${cloud.prefixes.largest} to /${cloud.prefixes.smallest} (${cloud.source})`));
      }
      if (network && networkRanges.length > 0 && !networkRanges.some((outer) => ipv4CidrContains(outer, range))) {
        found.push(problem(CHECK, subnet.address, `${range} is not inside its network ${network.address} (${networkRanges.join(', ')})`));
      }
      for (const other of seen.filter((s) => s.parent === parentKey && overlap(s.range, range))) {
        found.push(problem(CHECK, subnet.address, `${range} overlaps ${other.range} of ${other.address} in the same network`));
      }
      seen.push({ parent: parentKey, range, address: subnet.address });
    }
  }
  return found;
}

/** Why an address cannot be pinned in the range, if it cannot. */
function addressFault(address: string, range: string, cloud: CloudNetworking): string | undefined {
  const network = parseIpv4Cidr(range)!;
  const value = parseIpv4(address);
  if (value === undefined) return 'is not an IPv4 address';
  const size = 2 ** (32 - network.prefix);
  const offset = value - network.base;
  if (offset < 0 || offset >= size) return `is outside its subnet ${range}`;
  if (offset < cloud.reserved.first || offset >= size - cloud.reserved.last) {
    return `is one of the addresses the cloud reserves in ${range} (the first ${cloud.reserved.first} and the last ${cloud.reserved.last})`;
  }
  return undefined;
}

function fixedAddressProblems(stack: LintStack, cloud: CloudNetworking): LintProblem[] {
  return cloud.fixedAddresses.flatMap((spot) =>
    resourcesOfType(stack, spot.type).flatMap((resource: StackResource) => {
      const holders = spot.block ? blocks(resource.attributes[spot.block]) : [resource.attributes];
      return holders.flatMap((holder) => {
        const address = holder[spot.address];
        const subnetRef = soleReference(holder[spot.subnet]);
        const subnet = subnetRef?.startsWith(`${cloud.subnet}.`) ? resourceAt(stack, subnetRef) : undefined;
        if (typeof address !== 'string' || isComputed(address) || !subnet) return [];
        const ranges = literalRanges(subnet.attributes[cloud.subnetRanges]);
        const faults = ranges.map((range) => addressFault(address, range, cloud));
        if (ranges.length === 0 || faults.some((fault) => fault === undefined)) return [];
        return [problem(CHECK, resource.address, `${spot.address} ${address} ${faults[0]} (${subnet.address})`)];
      });
    }),
  );
}

/**
 * Subnets sit inside their network's literal range, within the cloud's prefix limits and without overlapping each
 * other; fixed private addresses sit inside their subnet and off its reserved addresses. Each cloud rejects the
 * subnet or the address at apply time otherwise.
 */
export function subnetLayoutProblems(stack: LintStack): LintProblem[] {
  return NETWORKING.flatMap((cloud) => [...subnetProblems(stack, cloud), ...fixedAddressProblems(stack, cloud)]);
}
