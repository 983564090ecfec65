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
import { Fn, type ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { hostOf } from '../../topology/cidr';
import type { ResolvedTopology } from '../../topology/resolved';
import { AWS_PRIVATE_SUBNET_OFFSET, awsSubnet, SERVICES_BOX_HOST } from '../../topology/subnet-layout';
import { AwsFlowLog } from './flow-log';
import { awsName } from './names';
import { AwsSubnetMembership } from './subnet-membership';

/** A VPC made elsewhere (the topology's aws.network.existing, or another CDKTF app's outputs). */
export interface AwsExistingNetwork {
  /** The VPC id. */
  readonly vpcId: string;
  /** Subnets of the services box (the first) and, unless builderSubnetIds is given, of the builders. */
  readonly subnetIds: readonly string[];
  /** Subnets of the builders. @default subnetIds */
  readonly builderSubnetIds?: readonly string[];
  /** The services box's fixed address in its subnet: topology.aws.servicesBox.privateIp is checked against the topology's own network, so an address in a network passed in comes with it. @default the topology's aws.servicesBox.privateIp, else the 10th address of the first subnet */
  readonly servicesPrivateIp?: string;
}

/** Props of AwsNetwork. */
export interface AwsNetworkProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** An existing network to use instead of creating one. @default topology aws.network.existing, else a new VPC */
  readonly existing?: AwsExistingNetwork;
}

/**
 * Where the installation lives: a new VPC with a flow log and a public subnet per availability zone (and, for
 * private builders, a private subnet per zone behind one NAT gateway), or an existing VPC and subnets, of which
 * nothing is created.
 */
export class AwsNetwork extends Construct {
  /** The VPC id. */
  readonly vpcId: string;
  /** The services box's subnet. */
  readonly servicesSubnetId: string;
  /** The builders' subnets. */
  readonly builderSubnetIds: string[];
  /** The services box subnet's availability zone, where its data volume must be. */
  readonly servicesAvailabilityZone: string;
  /** The services box's fixed private IP (a literal, or cidrhost() of an existing subnet). */
  readonly servicesPrivateIp: string;
  /** Whether builders get public addresses (public subnets) or reach the internet through NAT. */
  readonly buildersPublic: boolean;
  /** What the services box's route to the internet is made of, for its boot and its Elastic IP to wait on; empty for an existing network, whose routes exist already. */
  readonly servicesRoute: readonly ITerraformDependable[] = [];
  /** What the builders' route to the internet is made of (gateway or NAT, route table, associations), for the first builders to wait on; empty for an existing network. */
  readonly buildersRoute: readonly ITerraformDependable[] = [];

  constructor(scope: Construct, id: string, props: AwsNetworkProps) {
    super(scope, id);
    const { topology } = props;
    const network = topology.settings.network;
    const existing: AwsExistingNetwork | undefined = props.existing ?? network.existing;
    this.buildersPublic = !network.privateBuilders;
    if (existing) {
      this.vpcId = existing.vpcId;
      this.servicesSubnetId = existing.subnetIds[0];
      this.builderSubnetIds = [...(existing.builderSubnetIds ?? existing.subnetIds)];
      // The topology's own subnet ids are literals worth checking; a network passed in is its app's to check.
      const membership = props.existing
        ? undefined
        : new AwsSubnetMembership(this, 'subnet_membership', { vpcId: existing.vpcId, subnetIds: [...existing.subnetIds, ...this.builderSubnetIds] });
      // The data volume must be in the box's zone, so the services subnet is always looked up (once).
      const servicesSubnet = membership?.lookups.get(this.servicesSubnetId) ?? new DataAwsSubnet(this, 'services_subnet', { id: this.servicesSubnetId });
      this.servicesAvailabilityZone = servicesSubnet.availabilityZone;
      this.servicesPrivateIp = existing.servicesPrivateIp ?? topology.servicesBox.privateIp ?? Fn.cidrhost(servicesSubnet.cidrBlock, SERVICES_BOX_HOST);
      return;
    }

    const vpcCidr = network.vpcCidr;
    const subnetCidr = (index: number) => awsSubnet(vpcCidr, index);

    const vpc = new Vpc(this, 'vpc', { cidrBlock: vpcCidr, enableDnsSupport: true, enableDnsHostnames: true, tags: { Name: awsName(topology) } });
    // The default security group of a new VPC allows all traffic between its members: emptied, so only the
    // matrix's groups open anything (CKV2_AWS_12).
    new AwsFlowLog(this, 'flow_log', { topology, vpcId: vpc.id });
    new DefaultSecurityGroup(this, 'default_security_group', { vpcId: vpc.id, tags: { Name: awsName(topology, 'default-closed') } });
    const gateway = new InternetGateway(this, 'internet_gateway', { vpcId: vpc.id, tags: { Name: awsName(topology) } });
    // Only the region's own zones: in an account opted into Local or Wavelength Zones, those are `available` too and
    // can come first in `names` (us-east-1-bos-1a), where most instance types and NAT gateways are not offered.
    const zones = new DataAwsAvailabilityZones(this, 'availability_zones', {
      state: 'available',
      filter: [{ name: 'opt-in-status', values: ['opt-in-not-required'] }],
    });
    const zoneName = (ordinal: number): string => Fn.lookupNested(zones.names, [ordinal - 1]) as string;

    const publicRoutes = new RouteTable(this, 'public_route_table', {
      vpcId: vpc.id,
      route: [{ cidrBlock: '0.0.0.0/0', gatewayId: gateway.id }],
      tags: { Name: awsName(topology, 'public') },
    });
    // Subnets are named by availability-zone ordinal: raising availabilityZones adds subnets and renames none.
    const ordinals = Array.from({ length: network.availabilityZones }, (_, i) => i + 1);
    const publicAssociations: RouteTableAssociation[] = [];
    const publicSubnets = ordinals.map((ordinal) => {
      const subnet = new Subnet(this, `public_subnet_az${ordinal}`, {
        vpcId: vpc.id,
        cidrBlock: subnetCidr(ordinal - 1),
        availabilityZone: zoneName(ordinal),
        // Nothing gets a public address by accident: the services box has an Elastic IP, public builders ask for one.
        mapPublicIpOnLaunch: false,
        tags: { Name: awsName(topology, 'public', `az${ordinal}`) },
      });
      publicAssociations.push(new RouteTableAssociation(this, `public_subnet_az${ordinal}_routes`, { subnetId: subnet.id, routeTableId: publicRoutes.id }));
      return subnet;
    });

    this.vpcId = vpc.id;
    this.servicesSubnetId = publicSubnets[0].id;
    this.servicesAvailabilityZone = publicSubnets[0].availabilityZone;
    // A pinned address was checked against this subnet with the rest of the topology (topology/schema/cloud-rules.ts).
    this.servicesPrivateIp = topology.servicesBox.privateIp ?? hostOf(subnetCidr(0), SERVICES_BOX_HOST);

    // Nothing references the gateway or the routes but the route table itself: without these, EC2 may associate the
    // Elastic IP before the gateway is attached (Gateway.NotAttached; the aws_eip document says to depend on the
    // gateway) and a box may boot, and run its first-boot package installs, before its subnet has a route out.
    this.servicesRoute = [gateway, publicRoutes, publicAssociations[0]];
    if (this.buildersPublic) {
      this.builderSubnetIds = publicSubnets.map((subnet) => subnet.id);
      this.buildersRoute = [gateway, publicRoutes, ...publicAssociations];
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
    const privateAssociations: RouteTableAssociation[] = [];
    this.builderSubnetIds = ordinals.map((ordinal) => {
      const subnet = new Subnet(this, `private_subnet_az${ordinal}`, {
        vpcId: vpc.id,
        cidrBlock: subnetCidr(AWS_PRIVATE_SUBNET_OFFSET + ordinal - 1),
        availabilityZone: zoneName(ordinal),
        mapPublicIpOnLaunch: false,
        tags: { Name: awsName(topology, 'private', `az${ordinal}`) },
      });
      privateAssociations.push(new RouteTableAssociation(this, `private_subnet_az${ordinal}_routes`, { subnetId: subnet.id, routeTableId: privateRoutes.id }));
      return subnet.id;
    });
    this.buildersRoute = [nat, privateRoutes, ...privateAssociations];
  }
}
