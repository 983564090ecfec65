import { join } from 'node:path';

/** The kit's repository root, from this file's place in src/util. */
export const KIT_ROOT = join(__dirname, '..', '..');

/**
 * The command that runs the CDKTF app exactly as `npm run synth` and cdktf.json do: node with the kit's cached
 * TypeScript require hook, on main.ts. Tools that synthesize first spawn this.
 */
export function appCommand(kitRoot: string = KIT_ROOT): { readonly command: string; readonly args: readonly string[] } {
  return { command: process.execPath, args: ['--require', join(kitRoot, 'scripts', 'register-ts.js'), join(kitRoot, 'main.ts')] };
}
