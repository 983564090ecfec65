import { loadTopologyFile, resolveAll, TopologyError } from '../topology';
import { typedIn } from '../util/typed-in';
import { installationSummary } from './installation-summary';
import { parseFlags, runCli } from './usage-error';

const OPTIONS = {
  file: { type: 'string' },
  help: { type: 'boolean' },
} as const;

const USAGE = `Usage:
  npm run --silent validate [-- --file path/to/topology.yaml]
Checks a topology file (default: $TOPOLOGY_FILE, else topology.yaml), writing nothing: every problem and exit 2,
or what each selected cloud would build, with sizing and cost.`;

function main(): number {
  const values = parseFlags(OPTIONS);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // --file and TOPOLOGY_FILE mean the folder the command was typed in (INIT_CWD under npm).
  process.chdir(typedIn());
  const file = values.file ?? process.env.TOPOLOGY_FILE ?? 'topology.yaml';
  try {
    const installations = resolveAll(loadTopologyFile(file), file);
    process.stdout.write(`${installationSummary(installations, file)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof TopologyError)) throw error;
    process.stderr.write(`${error.report()}\n`);
    return 2;
  }
}

runCli('validate', main);
