import { App } from 'cdktf';
import { loadTopologyFile, resolveAll, TopologyError } from './src/topology';
import { addInstallationStack } from './stacks';

// Everything is read and validated before the App exists, so a bad topology writes no output at all.
const file = process.env.TOPOLOGY_FILE ?? 'topology.yaml';
try {
  const installations = resolveAll(loadTopologyFile(file), file);
  const app = new App();
  for (const topology of installations) addInstallationStack(app, topology);
  app.synth();
} catch (error) {
  if (!(error instanceof TopologyError)) throw error;
  process.stderr.write(`${error.report()}\n`);
  process.exitCode = 2;
}
