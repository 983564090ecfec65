import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/run';

// Assembled so that secret scanners do not flag this repository for a key that is not one.
const BEGIN = (kind: string) => `-----BEGIN ${kind}-----`;
const END = (kind: string) => `-----END ${kind}-----`;
const PRIVATE_KEY = `RSA ${'PRIVATE'} KEY`;

/** Sentinels no part of the kit could print by chance: one per secret an operator might paste into the topology. */
export const PASTED = {
  passphrase: 'correct horse battery staple SENTINELpass3e1',
  clientSecret: 'SENTINELclientSecret0a9b8c7d6e5f4',
  keyBody: 'MIIEowIBAAKCAQEA0SENTINELkeyBody5c7e9a1b3d5f7',
  chainBody: 'MIIDdzCCAl0gAwIBAgIESENTINELchainBody2b4d6f8a0c',
};

/** What no command may print: every sentinel, and any PEM private key header. */
export function leaked(output: string): string[] {
  const found: string[] = Object.values(PASTED).filter((sentinel) => output.includes(sentinel) || output.includes(sentinel.slice(0, 20)));
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(output)) found.push('a PEM private key header');
  return found;
}

/** The default topology with every secret pasted in as its value, as a new user might do by mistake. */
export function pastedSecretsTopology(): string {
  const indent = (text: string) => text.split('\n').map((line) => `    ${line}`).join('\n');
  return readFileSync(join(ROOT, 'topology.yaml'), 'utf8')
    .replace(/^secretPassphrase: .*$/m, `secretPassphrase: "${PASTED.passphrase}"`)
    .replace(/^ {2}clientSecret: .*$/m, `  clientSecret: ${PASTED.clientSecret}`)
    .replace(
      /^ {2}mode: provided.*$/m,
      [
        '  mode: provided',
        '  privateKey: |',
        indent([BEGIN(PRIVATE_KEY), PASTED.keyBody, END(PRIVATE_KEY)].join('\n')),
        '  chain:',
        `    variable: "${PASTED.chainBody}"`,
      ].join('\n'),
    );
}
