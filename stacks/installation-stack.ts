import type { App, TerraformStack } from 'cdktf';
import type { Cloud } from '../src/cloud';
import type { ResolvedTopology } from '../src/topology/resolved';

/**
 * Each cloud's stack, loaded when a topology first asks for it: a synth of one cloud then never loads the other
 * clouds' provider classes (megabytes of JavaScript each), which is most of a one-cloud synth's time.
 */
const STACKS: { readonly [C in Cloud]: () => new (app: App, id: string, topology: ResolvedTopology<C>) => TerraformStack } = {
  aws: () => (require('./aws-stack') as typeof import('./aws-stack')).AwsStack,
  gcp: () => (require('./gcp-stack') as typeof import('./gcp-stack')).GcpStack,
  azure: () => (require('./azure-stack') as typeof import('./azure-stack')).AzureStack,
};

/** Adds the stack for a resolved topology's cloud to the app, named after the cloud unless an id is given. */
export function addInstallationStack<C extends Cloud>(app: App, topology: ResolvedTopology<C>, id: string = topology.cloud): TerraformStack {
  const Stack = STACKS[topology.cloud]();
  return new Stack(app, id, topology);
}
