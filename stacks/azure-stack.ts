import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
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
      features: [{}],
      ...(topology.settings.subscriptionId ? { subscriptionId: topology.settings.subscriptionId } : {}),
    });
    configureBackend(this, id, topology);
    requireTerraform(this);
    sizingPlanOutput(this, topology);
    new AzureInstallation(this, 'installation', { topology });
  }
}
