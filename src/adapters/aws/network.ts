import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones';
import { DataAwsSubnet } from '@cdktf/provider-aws/lib/data-aws-subnet';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { hostOf, ipv4InCidr, parseIpv4, parseIpv4Cidr, subnetOf } from '../../topology/cidr';
import { TopologyError } from '../../topology/errors';
import type { ResolvedTopology } from '../../topology/resolved';
import { awsName } from './names';

/** A VPC made elsewhere (the topology's aws.network.existing, or another CDKTF app's outputs). */
export interface AwsExistingNetwork {
  /** The VPC id. */
  readonly vpcId: string;
  /** Subnets of the services box (the first) and, unless builderSubnetIds is given, of the builders. */
  readonly subnetIds: readonly string[];
  /** Subnets of the builders. @default subnetIds */
  readonly builderSubnetIds?: readonly string[];
}

/** Props of AwsNetwork. */
export interface AwsNetworkProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** An existing network to use instead of creating one. @default topology aws.network.existing, else a new VPC */
  readonly existing?: AwsExistingNetwork;
}

/** The services box's host number in its subnet when the topology pins no address (the kit's documented default). */
export const SERVICES_BOX_HOST = 10;

/** Bits added to the VPC prefix for each subnet: 16 subnets, half public and half private, 6 AZs at most of each. */
const SUBNET_BITS = 4;

/** True when the address lies in the subnet and is not one of the five addresses AWS reserves in every subnet. */
function isUsableHost(address: string, cidr: string): boolean {
  const network = parseIpv4Cidr(cidr);
  const value = parseIpv4(address);
  if (!network || value === undefined || !ipv4InCidr(address, cidr)) return false;
  const offset = value - network.base;
  return offset >= 4 && offset < 2 ** (32 - network.prefix) - 1;
}

/**
 * Where the installation lives: a new VPC with a public subnet per availability zone (and, for private builders,
 * a private subnet per zone behind one NAT gateway), or an existing VPC and subnets, of which nothing is created.
 */
export class AwsNetwork extends Construct {
  /** The VPC id. */
  readonly vpcId: string;
  /** The services box's subnet. */
  readonly servicesSubnetId: string;
  /** The builders' subnets. */
  readonly builderSubnetIds: string[];
  /** The services box's fixed private IP (a literal, or cidrhost() of an existing subnet). */
  readonly servicesPrivateIp: string;
  /** Whether builders get public addresses (public subnets) or reach the internet through NAT. */
  readonly buildersPublic: boolean;

  constructor(scope: Construct, id: string, props: AwsNetworkProps) {
    super(scope, id);
    const { topology } = props;
    const network = topology.settings.network;
    const existing = props.existing ?? network.existing;
    this.buildersPublic = !network.privateBuilders;
    if (existing) {
      this.vpcId = existing.vpcId;
      this.servicesSubnetId = existing.subnetIds[0];
      this.builderSubnetIds = [...(existing.builderSubnetIds ?? existing.subnetIds)];
      this.servicesPrivateIp =
        topology.servicesBox.privateIp ??
        Fn.cidrhost(new DataAwsSubnet(this, 'services_subnet', { id: this.servicesSubnetId }).cidrBlock, SERVICES_BOX_HOST);
      return;
    }

    const vpcCidr = network.vpcCidr;
    const prefix = parseIpv4Cidr(vpcCidr)?.prefix ?? 32;
    if (prefix + SUBNET_BITS > 28) {
      throw TopologyError.at(['aws', 'network', 'vpcCidr'], vpcCidr, `is too small: the kit carves /${prefix + SUBNET_BITS} subnets and AWS subnets are /28 at the smallest; use /24 or larger`);
    }
    const subnetCidr = (index: number) => subnetOf(vpcCidr, prefix + SUBNET_BITS, index);
    const privateOffset = 2 ** (SUBNET_BITS - 1);

    const vpc = new Vpc(this, 'vpc', { cidrBlock: vpcCidr, enableDnsSupport: true, enableDnsHostnames: true, tags: { Name: awsName(topology) } });
    // The default security group of a new VPC allows all traffic between its members: emptied, so only the
    // matrix's groups open anything (CKV2_AWS_12).
    new DefaultSecurityGroup(this, 'default_security_group', { vpcId: vpc.id, tags: { Name: awsName(topology, 'default-closed') } });
    const gateway = new InternetGateway(this, 'internet_gateway', { vpcId: vpc.id, tags: { Name: awsName(topology) } });
    const zones = new DataAwsAvailabilityZones(this, 'availability_zones', { state: 'available' });
    const zoneName = (ordinal: number): string => Fn.lookupNested(zones.names, [ordinal - 1]) as string;

    const publicRoutes = new RouteTable(this, 'public_route_table', {
      vpcId: vpc.id,
      route: [{ cidrBlock: '0.0.0.0/0', gatewayId: gateway.id }],
      tags: { Name: awsName(topology, 'public') },
    });
    // Subnets are named by availability-zone ordinal: raising availabilityZones adds subnets and renames none.
    const ordinals = Array.from({ length: network.availabilityZones }, (_, i) => i + 1);
    const publicSubnets = ordinals.map((ordinal) => {
      const subnet = new Subnet(this, `public_subnet_az${ordinal}`, {
        vpcId: vpc.id,
        cidrBlock: subnetCidr(ordinal - 1),
        availabilityZone: zoneName(ordinal),
        // Nothing gets a public address by accident: the services box has an Elastic IP, public builders ask for one.
        mapPublicIpOnLaunch: false,
        tags: { Name: awsName(topology, 'public', `az${ordinal}`) },
      });
      new RouteTableAssociation(this, `public_subnet_az${ordinal}_routes`, { subnetId: subnet.id, routeTableId: publicRoutes.id });
      return subnet;
    });

    const servicesCidr = subnetCidr(0);
    const pinned = topology.servicesBox.privateIp;
    if (pinned && !isUsableHost(pinned, servicesCidr)) {
      throw TopologyError.at(['aws', 'servicesBox', 'privateIp'], pinned, `must be a host address in the services box's subnet ${servicesCidr} (AWS reserves its first four addresses and the last)`);
    }
    this.vpcId = vpc.id;
    this.servicesSubnetId = publicSubnets[0].id;
    this.servicesPrivateIp = pinned ?? hostOf(servicesCidr, SERVICES_BOX_HOST);

    if (this.buildersPublic) {
      this.builderSubnetIds = publicSubnets.map((subnet) => subnet.id);
      return;
    }
    // One NAT gateway, in the services box's zone: a gateway per zone would survive a zone outage but costs about
    // USD 33 a month each, for builders that are stateless and rebuilt in the remaining zones anyway.
    const natAddress = new Eip(this, 'nat_eip', { domain: 'vpc', tags: { Name: awsName(topology, 'nat') } });
    const nat = new NatGateway(this, 'nat_gateway', {
      allocationId: natAddress.allocationId,
      subnetId: publicSubnets[0].id,
      tags: { Name: awsName(topology, 'nat') },
      dependsOn: [gateway],
    });
    const privateRoutes = new RouteTable(this, 'private_route_table', {
      vpcId: vpc.id,
      route: [{ cidrBlock: '0.0.0.0/0', natGatewayId: nat.id }],
      tags: { Name: awsName(topology, 'private') },
    });
    this.builderSubnetIds = ordinals.map((ordinal) => {
      const subnet = new Subnet(this, `private_subnet_az${ordinal}`, {
        vpcId: vpc.id,
        cidrBlock: subnetCidr(privateOffset + ordinal - 1),
        availabilityZone: zoneName(ordinal),
        mapPublicIpOnLaunch: false,
        tags: { Name: awsName(topology, 'private', `az${ordinal}`) },
      });
      new RouteTableAssociation(this, `private_subnet_az${ordinal}_routes`, { subnetId: subnet.id, routeTableId: privateRoutes.id });
      return subnet.id;
    });
  }
}
