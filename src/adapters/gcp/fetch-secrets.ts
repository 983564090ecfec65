import { secretEnvironmentFile } from '../shared/secret-env';
import { FETCH_SECRET_PATH } from './fetch-secret';

/** Where each box's script that fetches all its secrets is. */
export const FETCH_SECRETS_PATH = '/usr/local/sbin/circleci-fetch-secrets';

/** One secret a box reads: the settings variable holding its name, and the file it goes to. */
export interface SecretFile {
  readonly nameVariable: string;
  readonly file: string;
}

/**
 * The box's fetch script: reads the settings (the reader's e-mail and the secrets' names live there, not on a
 * command line of the boot), fetches each secret with fetch-secret, and writes the environment-file ones into
 * `environment`. Run by the secrets unit on every boot and hourly.
 */
export function fetchSecretsScript(settings: string, files: readonly SecretFile[], environment: { readonly path: string; readonly values: Readonly<Record<string, string>> }): string {
  return `#!/bin/sh
set -eu
. ${settings}
${files.map((f) => `${FETCH_SECRET_PATH} "$SECRET_READER" "$${f.nameVariable}" ${f.file}`).join('\n')}
umask 077
${secretEnvironmentFile(environment.path, environment.values)}`;
}
