import { DataAzurermSubnet } from '@cdktf/provider-azurerm/lib/data-azurerm-subnet';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { hostOf } from '../../topology/cidr';
import type { ResolvedTopology } from '../../topology/resolved';
import { azureSubnets, SERVICES_BOX_HOST } from '../../topology/subnet-layout';
import { terraformId } from '../shared/naming';
import { AzureBuilderNat } from './builder-nat';
import { azureName, tagsFor } from './names';

/** Subnets another CDKTF app already made, by id. */
export interface ExistingAzureSubnets {
  /** Subnet of the services box. */
  readonly servicesSubnetId: string;
  /** Subnet of the builders. */
  readonly buildersSubnetId: string;
  /** The services box's fixed address in its subnet: topology.azure.servicesBox.privateIp is checked against the topology's own network, so an address in a network passed in comes with it. @default the topology's azure.servicesBox.privateIp, else the 10th address of the services subnet */
  readonly servicesPrivateIp?: string;
}

/** Props of {@link AzureNetwork}. */
export interface AzureNetworkProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group of the new virtual network. */
  readonly resourceGroupName: string;
  /** Subnets to use instead of creating a network. @default topology azure.network.existing, else a new network */
  readonly existing?: ExistingAzureSubnets;
}

/** Parts of a subnet id, for looking the subnet up. */
export function subnetIdParts(id: string): { resourceGroup: string; vnet: string; subnet: string } {
  const m = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)$/i.exec(id);
  if (!m) throw new Error(`${id} is not a subnet id (validation should have caught this)`);
  return { resourceGroup: m[1], vnet: m[2], subnet: m[3] };
}

/**
 * The installation's network: a virtual network with one subnet per role (services: the first quarter of the
 * address space, builders: the second half), or the existing subnets. Also fixes the services box's private IP.
 * Private builders get a NAT gateway on the kit's builders subnet; an existing builders subnet must already have
 * outbound access (as on AWS, nothing is added to a network the kit did not make).
 */
export class AzureNetwork extends Construct {
  /** Subnet of the services box. */
  readonly servicesSubnetId: string;
  /** Subnet of the builders. */
  readonly buildersSubnetId: string;
  /** The services box's fixed private IP (a literal, or cidrhost() of an existing subnet). */
  readonly servicesPrivateIp: string;
  /** True when the subnets are the kit's own, so NSGs attach to subnets rather than to NICs. */
  readonly ownsSubnets: boolean;
  /** Whether builders get public IPs, or reach the internet through the subnet's NAT gateway (azure.network.privateBuilders). */
  readonly buildersPublic: boolean;

  constructor(scope: Construct, id: string, props: AzureNetworkProps) {
    super(scope, id);
    const { topology } = props;
    const pinnedIp = topology.servicesBox.privateIp;
    const existing: ExistingAzureSubnets | undefined = props.existing ?? topology.settings.network.existing;
    this.buildersPublic = !topology.settings.network.privateBuilders;
    if (existing) {
      this.ownsSubnets = false;
      this.servicesSubnetId = existing.servicesSubnetId;
      this.buildersSubnetId = existing.buildersSubnetId;
      this.servicesPrivateIp = existing.servicesPrivateIp ?? pinnedIp ?? this.hostOfExistingSubnet(existing.servicesSubnetId);
      return;
    }
    this.ownsSubnets = true;
    const vnetCidr = topology.settings.network.vnetCidr;
    // A pinned address was checked against the services subnet with the rest of the topology.
    const { services: servicesCidr, builders: buildersCidr } = azureSubnets(vnetCidr);
    const vnet = new VirtualNetwork(this, 'vnet', {
      name: azureName(topology, 'vnet'),
      resourceGroupName: props.resourceGroupName,
      location: topology.region,
      addressSpace: [vnetCidr],
      tags: tagsFor(topology),
    });
    const subnet = (role: string, cidr: string) =>
      new Subnet(this, `${terraformId(role)}_subnet`, {
        name: azureName(topology, role),
        resourceGroupName: props.resourceGroupName,
        virtualNetworkName: vnet.name,
        addressPrefixes: [cidr],
        // Key Vault's firewall admits these subnets only through the Microsoft.KeyVault service endpoint.
        serviceEndpoints: ['Microsoft.KeyVault'],
        // Every box has its own public IP, or private builders the NAT gateway; nothing should leave through Azure's
        // implicit outbound address, which Azure retires for new networks anyway.
        defaultOutboundAccessEnabled: false,
      });
    this.servicesSubnetId = subnet('services-box', servicesCidr).id;
    this.buildersSubnetId = subnet('builders', buildersCidr).id;
    this.servicesPrivateIp = pinnedIp ?? hostOf(servicesCidr, SERVICES_BOX_HOST);
    if (!this.buildersPublic) {
      new AzureBuilderNat(this, 'builders_nat', { topology, resourceGroupName: props.resourceGroupName, subnetId: this.buildersSubnetId });
    }
  }

  private hostOfExistingSubnet(subnetId: string): string {
    const parts = subnetIdParts(subnetId);
    const subnet = new DataAzurermSubnet(this, 'services_subnet', {
      name: parts.subnet,
      virtualNetworkName: parts.vnet,
      resourceGroupName: parts.resourceGroup,
    });
    return Fn.cidrhost(Fn.element(subnet.addressPrefixes, 0), SERVICES_BOX_HOST);
  }
}
