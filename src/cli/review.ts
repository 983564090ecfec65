import { KIT_ROOT } from '../util/app-command';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLOUDS, type Cloud } from '../cloud';
import { ReviewInputError, readTextFile } from '../review/input-file';
import { resolve } from 'node:path';
import { TopologyError } from '../topology/errors';
import { typedIn } from '../util/typed-in';
import { assertSameInstallation, recordMismatch, REPLACE_FLAG, REPLACE_VARIABLE, replaceAllowed } from './installation-record';
import { choiceFlag, parseFlags, runCli, UsageError } from './usage-error';

const OPTIONS = {
  stack: { type: 'string' },
  json: { type: 'boolean' },
  plan: { type: 'string' },
  [REPLACE_FLAG]: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

const USAGE = `Usage:
  npm run --silent review -- [--stack aws|gcp|azure] [--json]     review the synthesized stacks of the topology
                                                                  (TOPOLOGY_FILE, default topology.yaml); writes
                                                                  cdktf.out/review/<stack>.md and .json;
                                                                  --replace-installation lets it re-synthesize a
                                                                  folder that holds another installation
  npm run --silent review -- [--stack aws|gcp|azure] --plan plan.json [--json]
                                                                  review the JSON of \`terraform show -json <planfile>\``;

/** The kit's root, whose src/, stacks/ and main.ts make the stacks. */

function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

// The reviews are imported once the flags are known to be good: a bad flag or a plan answers without loading the
// topology schema, the catalogs and the rule pack.

async function planReview(file: string, stack: Cloud | undefined, json: boolean): Promise<number> {
  const { reviewPlan } = await import('../review/plan');
  const result = reviewPlan(readTextFile(file, `--plan ${JSON.stringify(file)}`), file, stack);
  if (result.exitCode === 2) throw new ReviewInputError(result.error);
  write(json ? result.json : result.markdown);
  return result.exitCode;
}

async function stackReviews(stack: Cloud | undefined, json: boolean, replace: boolean): Promise<number> {
  const { loadTopologyFile, resolveAll } = await import('../topology');
  const { outDir, readStack, renderStackMarkdown, reviewStack, stackFile, stackReviewJson, staleness, synthesize } = await import('../review');
  const topologyFile = process.env.TOPOLOGY_FILE ?? 'topology.yaml';
  const spec = loadTopologyFile(topologyFile);
  resolveAll(spec, topologyFile);
  const selected = CLOUDS.filter((cloud) => spec.clouds.includes(cloud));
  if (stack !== undefined && !selected.includes(stack)) {
    throw new UsageError(`--stack ${JSON.stringify(stack)}: ${topologyFile} renders only ${selected.join(', ')}`);
  }
  const outdir = outDir();
  assertSameInstallation(resolve(outdir), { name: spec.name, topology: resolve(topologyFile) }, replace);
  const stale = recordMismatch(outdir, spec.name, resolve(topologyFile)) ?? staleness({ outdir, topologyFile, kitRoot: KIT_ROOT, clouds: selected });
  if (stale !== undefined) {
    synthesize(KIT_ROOT, replace ? { ...process.env, [REPLACE_VARIABLE]: '1' } : process.env);
    process.stderr.write(`review: ${stale}: synthesized first\n`);
  }
  // Every stack is read and reviewed before anything is written, so a bad stack leaves no partial report.
  const reviews = (stack ? [stack] : selected).map((cloud) => {
    const file = stackFile(outdir, cloud);
    return reviewStack({ stack: readStack(file), cloud, spec, stackFile: file, topologyFile });
  });
  const folder = join(outdir, 'review');
  mkdirSync(folder, { recursive: true });
  for (const review of reviews) {
    writeFileSync(join(folder, `${review.cloud}.md`), renderStackMarkdown(review));
    writeFileSync(join(folder, `${review.cloud}.json`), `${JSON.stringify(stackReviewJson(review), null, 2)}\n`);
  }
  write(json ? JSON.stringify(reviews.map(stackReviewJson), null, 2) : reviews.map(renderStackMarkdown).join('\n---\n\n'));
  return reviews.some((review) => review.exitCode === 1) ? 1 : 0;
}

function main(): Promise<number> {
  const values = parseFlags(OPTIONS);
  if (values.help) {
    write(USAGE);
    return Promise.resolve(0);
  }
  // Paths (--plan, TOPOLOGY_FILE, CDKTF_OUTDIR) mean the folder the command was typed in, also for the synthesis.
  process.chdir(typedIn());
  const stack = choiceFlag('stack', values.stack, CLOUDS);
  const json = values.json === true;
  return values.plan !== undefined ? planReview(values.plan, stack, json) : stackReviews(stack, json, replaceAllowed(values[REPLACE_FLAG]));
}

runCli('review', main, (error) => {
  if (error instanceof TopologyError) return error.report();
  if (error instanceof ReviewInputError) return error.message;
  return undefined;
});
