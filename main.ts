import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { App } from 'cdktf';
import { explainParseError, UsageError } from './src/cli/usage-error';
import { loadTopologyFile, resolveAll, TopologyError } from './src/topology';
import { addInstallationStack } from './stacks';
import { tidyHclOutput } from './stacks/hcl-output';
import { writeTerraformModules } from './stacks/module-output';

const FLAGS = ['module'] as const;

/** `--module`: also write each stack as a plain Terraform module to cdktf.out/modules/<cloud>/. */
function readFlags(args: readonly string[]): { module: boolean } {
  try {
    const { values } = parseArgs({ args: [...args], options: { module: { type: 'boolean' } }, strict: true, allowPositionals: false });
    return { module: values.module === true };
  } catch (error) {
    throw explainParseError(error, FLAGS);
  }
}

// Flags and the topology are read and validated before the App exists, so bad input writes no output at all.
const file = process.env.TOPOLOGY_FILE ?? 'topology.yaml';
const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
const outdirExisted = existsSync(outdir);
try {
  const flags = readFlags(process.argv.slice(2));
  const installations = resolveAll(loadTopologyFile(file), file);
  const app = new App({ outdir });
  const stacks = installations.map((topology) => addInstallationStack(app, topology));
  app.synth();
  // `cdktf synth --hcl` asks the app for HCL through this variable, then formats what the app wrote.
  if (process.env.SYNTH_HCL_OUTPUT === 'true') tidyHclOutput(app.outdir);
  if (flags.module) writeTerraformModules(stacks, app.outdir);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`synth: ${error.message}\n`);
  } else if (error instanceof TopologyError) {
    // An adapter's own check (e.g. Azure backup times) fails after the App made its folder: take back only a folder
    // this run created, so nothing of an earlier synth is lost.
    if (!outdirExisted) rmSync(outdir, { recursive: true, force: true });
    process.stderr.write(`${error.report()}\n`);
  } else {
    throw error;
  }
  process.exitCode = 2;
}
