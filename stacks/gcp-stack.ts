import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { GcpInstallation } from '../src/adapters/gcp';
import { sizingPlanOutput } from '../src/adapters/shared/sizing-output';
import type { ResolvedTopology } from '../src/topology/resolved';
import { configureBackend } from './backend';
import { requireTerraform } from './terraform-version';

/** The `gcp` stack: provider, backend and the installation on GCP. */
export class GcpStack extends TerraformStack {
  constructor(scope: Construct, id: string, topology: ResolvedTopology<'gcp'>) {
    super(scope, id);
    new GoogleProvider(this, 'google', {
      project: topology.settings.project,
      region: topology.region,
      defaultLabels: topology.tags,
    });
    configureBackend(this, id, topology);
    requireTerraform(this);
    sizingPlanOutput(this, topology);
    new GcpInstallation(this, 'installation', { topology });
  }
}
