import { DataAzurermSubnet } from '@cdktf/provider-azurerm/lib/data-azurerm-subnet';
import { Construct } from 'constructs';
import { terraformId } from '../shared/naming';
import { subnetIdParts } from './network';

/** The service endpoint Key Vault's firewall admits a subnet through. */
export const KEY_VAULT_ENDPOINT = 'Microsoft.KeyVault';

/** Props of KeyVaultEndpointCheck. */
export interface KeyVaultEndpointCheckProps {
  /** Subnets the kit did not make, which the vault's network rules name. */
  readonly subnetIds: readonly string[];
}

/**
 * Each existing subnet looked up with a postcondition that it has the Microsoft.KeyVault service endpoint. The kit
 * adds nothing to a network it did not make, and Azure refuses a vault whose `virtual_network_subnet_ids` names a
 * subnet without it (400 SubnetsHaveNoServiceEndpointsConfigured) only at apply: the plan stops here instead, saying
 * what the operator must enable.
 */
export class KeyVaultEndpointCheck extends Construct {
  constructor(scope: Construct, id: string, props: KeyVaultEndpointCheckProps) {
    super(scope, id);
    for (const subnetId of new Set(props.subnetIds)) {
      const parts = subnetIdParts(subnetId);
      new DataAzurermSubnet(this, terraformId(parts.vnet, parts.subnet), {
        name: parts.subnet,
        virtualNetworkName: parts.vnet,
        resourceGroupName: parts.resourceGroup,
        lifecycle: {
          postcondition: [
            {
              condition: `\${contains(self.service_endpoints, "${KEY_VAULT_ENDPOINT}")}`,
              errorMessage: `Subnet ${parts.subnet} of virtual network ${parts.vnet} (azure.network.existing) has no ${KEY_VAULT_ENDPOINT} service endpoint, which the installation's Key Vault admits its boxes through: enable it (az network vnet subnet update -g ${parts.resourceGroup} --vnet-name ${parts.vnet} -n ${parts.subnet} --service-endpoints ${KEY_VAULT_ENDPOINT}, keeping the endpoints it has) and plan again.`,
            },
          ],
        },
      });
    }
  }
}
