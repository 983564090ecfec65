import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { AwsInstallation } from '../src/adapters/aws';
import { sizingPlanOutput } from '../src/adapters/shared/sizing-output';
import type { ResolvedTopology } from '../src/topology/resolved';
import { configureBackend } from './backend';
import { requireTerraform } from './terraform-version';

/** The `aws` stack: provider, backend and the installation on AWS. */
export class AwsStack extends TerraformStack {
  constructor(scope: Construct, id: string, topology: ResolvedTopology<'aws'>) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: topology.region, defaultTags: [{ tags: topology.tags }] });
    configureBackend(this, id, topology);
    requireTerraform(this);
    sizingPlanOutput(this, topology);
    new AwsInstallation(this, 'installation', { topology });
  }
}
