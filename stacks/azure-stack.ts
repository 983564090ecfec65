import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { AzureInstallation } from '../src/adapters/azure';
import { sizingPlanOutput } from '../src/adapters/shared/sizing-output';
import type { ResolvedTopology } from '../src/topology/resolved';
import { configureBackend } from './backend';
import { requireTerraform } from './terraform-version';

/** The `azure` stack: provider, backend and the installation on Azure. */
export class AzureStack extends TerraformStack {
  constructor(scope: Construct, id: string, topology: ResolvedTopology<'azure'>) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', {
      // Destroy purges a Key Vault without purge protection (a throwaway installation's), so its name is free again;
      // one with purge protection stays soft-deleted. This is the provider's default, written out because the README's
      // teardown relies on it.
      features: [{ keyVault: [{ purgeSoftDeleteOnDestroy: true }] }],
      ...(topology.settings.subscriptionId ? { subscriptionId: topology.settings.subscriptionId } : {}),
    });
    // hashicorp/time: the Key Vault's wait for the deployer's role to propagate (src/adapters/azure/key-vault.ts).
    new TimeProvider(this, 'time');
    configureBackend(this, id, topology);
    requireTerraform(this);
    sizingPlanOutput(this, topology);
    new AzureInstallation(this, 'installation', { topology });
  }
}
