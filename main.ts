import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'cdktf';
import { assertSameInstallation, recordOf, REPLACE_FLAG, replaceAllowed, writeRecord } from './src/cli/installation-record';
import { leftoverStackFolders, removeFolders, writtenLine } from './src/cli/stack-folders';
import { parseFlags, UsageError } from './src/cli/usage-error';
import { loadTopologyFile, resolveAll, TopologyError } from './src/topology';
import { fromTypedIn } from './src/util/typed-in';
import { addInstallationStack } from './stacks/installation-stack';
import { tidyHclOutput } from './stacks/hcl-output';
import { writeTerraformModules } from './stacks/module-output';

/**
 * `--module`: also write each stack as a plain Terraform module to cdktf.out/modules/<cloud>/.
 * `--replace-installation`: let this topology's installation take an output folder that holds another one.
 */
const FLAGS = { module: { type: 'boolean' }, [REPLACE_FLAG]: { type: 'boolean' } } as const;

/** Where cdktf's manifest says each stack's file is. */
function stackFiles(outdir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as { stacks: Record<string, { synthesizedStackPath: string }> };
  return Object.values(manifest.stacks).map((stack) => join(outdir, stack.synthesizedStackPath));
}

// Flags, the topology and the output folder's owner are checked before the App exists, so bad input writes no
// output at all. Paths mean the folder the command was typed in (INIT_CWD under npm).
const given = process.env.TOPOLOGY_FILE ?? 'topology.yaml';
try {
  const flags = parseFlags(FLAGS);
  const file = fromTypedIn(given);
  const outdir = fromTypedIn(process.env.CDKTF_OUTDIR ?? 'cdktf.out');
  const installations = resolveAll(loadTopologyFile(file, given), given);
  const name = installations[0].name;
  assertSameInstallation(outdir, { name, topology: file }, replaceAllowed(flags[REPLACE_FLAG]));
  // cdktf's App creates the output folder without its parents.
  mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir });
  const stacks = installations.map((topology) => addInstallationStack(app, topology));
  app.synth();
  // `cdktf synth --hcl` asks the app for HCL through this variable, then formats what the app wrote.
  if (process.env.SYNTH_HCL_OUTPUT === 'true') tidyHclOutput(app.outdir, stacks);
  if (flags.module) writeTerraformModules(stacks, app.outdir);
  const removed = removeFolders(leftoverStackFolders(outdir, stacks.map((stack) => stack.node.id)));
  writeRecord(outdir, recordOf(name, file));
  process.stdout.write(`${[...stackFiles(outdir).map(writtenLine), ...removed].join('\n')}\n`);
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
