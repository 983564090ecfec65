import type { App, TerraformStack } from 'cdktf';
import type { Cloud } from '../src/cloud';
import type { ResolvedTopology } from '../src/topology/resolved';
import { AwsStack } from './aws-stack';
import { AzureStack } from './azure-stack';
import { GcpStack } from './gcp-stack';

export { AwsStack, AzureStack, GcpStack };

/** Adds the stack for a resolved topology's cloud to the app, named after the cloud unless an id is given. */
export function addInstallationStack(app: App, topology: ResolvedTopology, id: string = topology.cloud): TerraformStack {
  const cloud: Cloud = topology.cloud;
  switch (cloud) {
    case 'aws':
      return new AwsStack(app, id, topology as ResolvedTopology<'aws'>);
    case 'gcp':
      return new GcpStack(app, id, topology as ResolvedTopology<'gcp'>);
    case 'azure':
      return new AzureStack(app, id, topology as ResolvedTopology<'azure'>);
  }
}
