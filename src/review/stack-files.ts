import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Cloud } from '../cloud';
import { ReviewInputError, readTextFile } from './input-file';
import type { TerraformJson } from './policy';

/** Where the app writes its output: CDKTF_OUTDIR as cdktf's App reads it, else `cdktf.out`. */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CDKTF_OUTDIR ?? 'cdktf.out';
}

/** What the app wrote, as cdktf's manifest.json says: each stack's cdk.tf.json under the output folder. */
interface Manifest {
  /** Stacks by name, with the path of their cdk.tf.json relative to the output folder. */
  readonly stacks?: Readonly<Record<string, { readonly synthesizedStackPath?: string }>>;
}

function readManifest(outdir: string): Manifest | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    return typeof data === 'object' && data !== null ? (data as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/** The synthesized JSON of a stack: where the manifest says, else cdktf's usual place. */
export function stackFile(outdir: string, cloud: Cloud): string {
  return join(outdir, readManifest(outdir)?.stacks?.[cloud]?.synthesizedStackPath ?? join('stacks', cloud, 'cdk.tf.json'));
}

function mtime(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function filesUnder(path: string): string[] {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return [path];
  }
  return entries.flatMap((entry) => (entry.isDirectory() ? filesUnder(join(path, entry.name)) : [join(path, entry.name)]));
}

/** What decides whether the synthesized stacks are current. */
export interface Freshness {
  /** The app's output folder. */
  readonly outdir: string;
  /** The topology file the stacks come from. */
  readonly topologyFile: string;
  /** The kit's root: its src/, stacks/ and main.ts make the stacks. */
  readonly kitRoot: string;
  /** The clouds the topology selects: each must have a stack. */
  readonly clouds: readonly Cloud[];
}

/**
 * Why the synthesized stacks cannot be trusted to match the topology and the code, or undefined when they can: the
 * output folder or its manifest is missing, a stack the topology selects is missing, or the topology file or any
 * file under src/, stacks/ or main.ts is newer than the manifest.
 */
export function staleness(input: Freshness): string | undefined {
  const manifestPath = join(input.outdir, 'manifest.json');
  const written = mtime(manifestPath);
  if (written === undefined) return mtime(input.outdir) === undefined ? `${input.outdir} is missing` : `${manifestPath} is missing`;
  const manifest = readManifest(input.outdir);
  const missing = input.clouds.find((cloud) => !manifest?.stacks?.[cloud] || mtime(stackFile(input.outdir, cloud)) === undefined);
  if (missing) return `${input.outdir} has no ${missing} stack`;
  const sources = [input.topologyFile, ...['src', 'stacks', 'main.ts'].flatMap((part) => filesUnder(join(input.kitRoot, part)))];
  const newer = sources.find((file) => (mtime(file) ?? 0) > written);
  if (newer === undefined) return undefined;
  const shown = newer === input.topologyFile ? newer : relative(input.kitRoot, newer);
  return `${shown} is newer than ${manifestPath}`;
}

/** Reads a synthesized stack; a file that is not a Terraform JSON object is a ReviewInputError. */
export function readStack(file: string): TerraformJson {
  const text = readTextFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReviewInputError(`${file}: not valid JSON (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || typeof (data as { resource?: unknown }).resource !== 'object') {
    throw new ReviewInputError(`${file}: not a synthesized Terraform stack (no "resource" object)`);
  }
  return data as TerraformJson;
}
