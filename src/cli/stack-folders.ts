import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from '../util/typed-in';

/** Stack folders under `<outdir>/stacks` that none of the given stacks wrote: clouds the topology no longer selects. */
export function leftoverStackFolders(outdir: string, stackIds: readonly string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(join(outdir, 'stacks'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  return names.filter((name) => !stackIds.includes(name)).map((name) => join(outdir, 'stacks', name));
}

/** Removes the folders and says so, one line each. */
export function removeFolders(folders: readonly string[]): string[] {
  return folders.map((folder) => {
    rmSync(folder, { recursive: true, force: true });
    return `removed ${shownPath(folder)} (no longer selected by the topology's clouds)`;
  });
}

/** The resources of a synthesized stack: Terraform JSON (`cdk.tf.json`), or HCL (`cdk.tf`, from `--hcl`). */
function resourceCount(stackFile: string): number {
  const text = readFileSync(stackFile, 'utf8');
  if (!stackFile.endsWith('.json')) return (text.match(/^resource "/gm) ?? []).length;
  const json = JSON.parse(text) as { resource?: Record<string, Record<string, unknown>> };
  return Object.values(json.resource ?? {}).reduce((total, ofType) => total + Object.keys(ofType).length, 0);
}

/** `wrote <path> (<n> resources)` for a synthesized stack file. */
export function writtenLine(stackFile: string): string {
  const count = resourceCount(stackFile);
  return `wrote ${shownPath(stackFile)} (${count} resource${count === 1 ? '' : 's'})`;
}
