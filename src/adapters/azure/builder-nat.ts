import { NatGateway } from '@cdktf/provider-azurerm/lib/nat-gateway';
import { NatGatewayPublicIpAssociation } from '@cdktf/provider-azurerm/lib/nat-gateway-public-ip-association';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { SubnetNatGatewayAssociation } from '@cdktf/provider-azurerm/lib/subnet-nat-gateway-association';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { azureName, tagsFor } from './names';

/** Props of {@link AzureBuilderNat}. */
export interface AzureBuilderNatProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group of the gateway and its address. */
  readonly resourceGroupName: string;
  /** The builders' subnet, which the kit made. */
  readonly subnetId: string;
}

/**
 * Outbound for builders without public IPs: the kit's subnets have default outbound access off (and Azure retires it
 * for new networks), so without this gateway private builders could reach neither GitHub nor the package mirrors.
 * A Standard NAT gateway and its Standard static address, both without a zone: a "no zone" gateway takes no-zone
 * addresses, and Azure places it in a zone of its choosing, serving builders of every zone
 * (learn.microsoft.com/azure/nat-gateway/nat-availability-zones). Tagged as the builders', so the review files them
 * there, not under the services box's addresses.
 */
export class AzureBuilderNat extends Construct {
  constructor(scope: Construct, id: string, props: AzureBuilderNatProps) {
    super(scope, id);
    const { topology, resourceGroupName } = props;
    const tags = tagsFor(topology, 'builders');
    const address = new PublicIp(this, 'public_ip', {
      name: azureName(topology, 'builders-nat-ip'),
      resourceGroupName,
      location: topology.region,
      sku: 'Standard',
      allocationMethod: 'Static',
      ipVersion: 'IPv4',
      tags,
    });
    const gateway = new NatGateway(this, 'gateway', {
      name: azureName(topology, 'builders-nat'),
      resourceGroupName,
      location: topology.region,
      skuName: 'Standard',
      tags,
    });
    new NatGatewayPublicIpAssociation(this, 'public_ip_association', { natGatewayId: gateway.id, publicIpAddressId: address.id });
    new SubnetNatGatewayAssociation(this, 'subnet_association', { subnetId: props.subnetId, natGatewayId: gateway.id });
  }
}
