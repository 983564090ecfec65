import { App } from 'cdktf';
import { parseFlags, UsageError } from './src/cli/usage-error';
import { loadTopologyFile, resolveAll, TopologyError } from './src/topology';
import { addInstallationStack } from './stacks';
import { tidyHclOutput } from './stacks/hcl-output';
import { writeTerraformModules } from './stacks/module-output';

/** `--module`: also write each stack as a plain Terraform module to cdktf.out/modules/<cloud>/. */
const FLAGS = { module: { type: 'boolean' } } as const;

// Flags and the topology are read and validated before the App exists, so bad input writes no output at all.
const file = process.env.TOPOLOGY_FILE ?? 'topology.yaml';
const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
try {
  const flags = parseFlags(FLAGS);
  const installations = resolveAll(loadTopologyFile(file), file);
  const app = new App({ outdir });
  const stacks = installations.map((topology) => addInstallationStack(app, topology));
  app.synth();
  // `cdktf synth --hcl` asks the app for HCL through this variable, then formats what the app wrote.
  if (process.env.SYNTH_HCL_OUTPUT === 'true') tidyHclOutput(app.outdir, stacks);
  if (flags.module) writeTerraformModules(stacks, app.outdir);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`synth: ${error.message}\n`);
  } else if (error instanceof TopologyError) {
    process.stderr.write(`${error.report()}\n`);
  } else {
    throw error;
  }
  process.exitCode = 2;
}
