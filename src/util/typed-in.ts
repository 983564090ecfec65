import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The kit's npm scripts. npm runs a script in the package root and keeps the folder the command was typed in as
 * INIT_CWD; a script's own paths (--file, TOPOLOGY_FILE, CDKTF_OUTDIR, --out) mean that folder. INIT_CWD is trusted
 * only under these scripts: a test run (`npm test`) or cdktf passes it on to programs started elsewhere.
 */
const KIT_SCRIPTS = new Set(['synth', 'validate', 'review', 'size', 'validate:terraform', 'schema']);

/** The folder the operator typed the command in. */
export function typedIn(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD && KIT_SCRIPTS.has(env.npm_lifecycle_event ?? '') ? env.INIT_CWD : process.cwd();
}

/** A path the operator gave, made absolute from the folder the command was typed in. */
export function fromTypedIn(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(typedIn(env), path);
}

/** An absolute path as the operator would type it: relative to where the command was typed when inside it. */
export function shownPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  const rel = relative(typedIn(env), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
