import { createHash } from 'node:crypto';
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
 * The lookup's construct id: readable where Azure's names allow, and told apart by a hash of the whole subnet id,
 * since names such as `-` leave nothing readable and `a-b` and `a_b` read alike.
 */
function lookupId(subnetId: string, vnet: string, subnet: string): string {
  const hash = createHash('sha256').update(subnetId).digest('hex').slice(0, 8);
  return [terraformId(vnet, subnet), hash].filter(Boolean).join('_');
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
      new DataAzurermSubnet(this, lookupId(subnetId, parts.vnet, parts.subnet), {
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
