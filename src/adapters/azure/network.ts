import { DataAzurermSubnet } from '@cdktf/provider-azurerm/lib/data-azurerm-subnet';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { hostOf, ipv4InCidr, parseIpv4Cidr, subnetOf } from '../../topology/cidr';
import { TopologyError } from '../../topology/errors';
import type { ResolvedTopology } from '../../topology/resolved';
import { terraformId } from '../shared/naming';
import { azureName, tagsFor } from './names';

/** Subnets another CDKTF app already made, by id. */
export interface ExistingAzureSubnets {
  /** Subnet of the services box. */
  readonly servicesSubnetId: string;
  /** Subnet of the builders. */
  readonly buildersSubnetId: string;
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

/** The 10th host of a subnet: a fixed address Azure never hands out itself (it reserves the first four). */
const SERVICES_HOST_INDEX = 10;

/** Parts of a subnet id, for looking the subnet up. */
function subnetIdParts(id: string): { resourceGroup: string; vnet: string; subnet: string } {
  const m = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)$/i.exec(id);
  if (!m) {
    throw TopologyError.at(['azure', 'network', 'existing', 'servicesSubnetId'], id, 'must be a subnet id /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<name>');
  }
  return { resourceGroup: m[1], vnet: m[2], subnet: m[3] };
}

/**
 * The installation's network: a virtual network with one subnet per role (services: the first quarter of the
 * address space, builders: the second half), or the existing subnets. Also fixes the services box's private IP.
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

  constructor(scope: Construct, id: string, props: AzureNetworkProps) {
    super(scope, id);
    const { topology } = props;
    const pinnedIp = topology.servicesBox.privateIp;
    const existing = props.existing ?? topology.settings.network.existing;
    if (existing) {
      this.ownsSubnets = false;
      this.servicesSubnetId = existing.servicesSubnetId;
      this.buildersSubnetId = existing.buildersSubnetId;
      this.servicesPrivateIp = pinnedIp ?? this.hostOfExistingSubnet(existing.servicesSubnetId);
      return;
    }
    this.ownsSubnets = true;
    const vnetCidr = topology.settings.network.vnetCidr;
    const network = parseIpv4Cidr(vnetCidr);
    if (!network || network.prefix > 27) {
      throw TopologyError.at(['azure', 'network', 'vnetCidr'], vnetCidr, 'must be an IPv4 network of /27 or larger (it holds a services and a builders subnet)');
    }
    const servicesCidr = subnetOf(vnetCidr, network.prefix + 2, 0);
    const buildersCidr = subnetOf(vnetCidr, network.prefix + 1, 1);
    if (pinnedIp && !ipv4InCidr(pinnedIp, servicesCidr)) {
      throw TopologyError.at(['azure', 'servicesBox', 'privateIp'], pinnedIp, `must lie in the services subnet ${servicesCidr}`);
    }
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
        // Every box has its own public IP; nothing should leave through Azure's implicit outbound address.
        defaultOutboundAccessEnabled: false,
      });
    this.servicesSubnetId = subnet('services-box', servicesCidr).id;
    this.buildersSubnetId = subnet('builders', buildersCidr).id;
    this.servicesPrivateIp = pinnedIp ?? hostOf(servicesCidr, SERVICES_HOST_INDEX);
  }

  private hostOfExistingSubnet(subnetId: string): string {
    const parts = subnetIdParts(subnetId);
    const subnet = new DataAzurermSubnet(this, 'services_subnet', {
      name: parts.subnet,
      virtualNetworkName: parts.vnet,
      resourceGroupName: parts.resourceGroup,
    });
    return Fn.cidrhost(Fn.element(subnet.addressPrefixes, 0), SERVICES_HOST_INDEX);
  }
}
