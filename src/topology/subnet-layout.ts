import type { Cloud } from '../cloud';
import { profileOf } from '../clouds';
import { ipv4InCidr, parseIpv4, parseIpv4Cidr, subnetOf } from './cidr';

/** The smallest network, as a prefix length, each cloud's layout fits in (AWS: 16 subnets of /28 at the smallest). */
export const SMALLEST_NETWORK: Readonly<Record<Cloud, number>> = { aws: 24, gcp: 28, azure: 27 };

/** The services box's host number in its subnet when the topology pins no address: past what every cloud reserves. */
export const SERVICES_BOX_HOST = 10;

/** Bits added to the VPC prefix for each AWS subnet: 16 subnets, half public and half private, 6 AZs at most of each. */
const AWS_SUBNET_BITS = 4;

/** The index-th of the 16 subnets the kit carves from a new AWS VPC: public ones from 0, private ones from 8. */
export function awsSubnet(vpcCidr: string, index: number): string {
  const prefix = parseIpv4Cidr(vpcCidr)?.prefix ?? 32;
  return subnetOf(vpcCidr, prefix + AWS_SUBNET_BITS, index);
}

/** Where the private subnets start among the 16 of an AWS VPC. */
export const AWS_PRIVATE_SUBNET_OFFSET = 2 ** (AWS_SUBNET_BITS - 1);

/** The subnets of a new Azure virtual network: the services box's is its first quarter, the builders' its second half. */
export function azureSubnets(vnetCidr: string): { readonly services: string; readonly builders: string } {
  const prefix = parseIpv4Cidr(vnetCidr)?.prefix ?? 32;
  return { services: subnetOf(vnetCidr, prefix + 2, 0), builders: subnetOf(vnetCidr, prefix + 1, 1) };
}

/** Why the address cannot be a VM's fixed address in the subnet on this cloud, or undefined when it can. */
export function hostAddressFault(cloud: Cloud, address: string, subnet: string): string | undefined {
  const network = parseIpv4Cidr(subnet);
  const value = parseIpv4(address);
  const reserved = profileOf(cloud).reservedAddresses;
  const usable = (offset: number) => offset >= reserved.first && offset < 2 ** (32 - (network?.prefix ?? 32)) - reserved.last;
  if (network && value !== undefined && ipv4InCidr(address, subnet) && usable(value - network.base)) return undefined;
  return `must be a host address in the services box's subnet ${subnet} (${reserved.words})`;
}
