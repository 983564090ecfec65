
/** Where the helper that reads a Key Vault secret is installed. */
export const KEY_VAULT_SECRET_PATH = '/usr/local/sbin/key-vault-secret';

/** One file of secrets a box writes: the secrets' URL variables and, when it is an environment file, their names. */
export interface SecretTarget {
  /** Where the file goes. */
  readonly path: string;
  /** One secret's URL variable (its value is the file), or variable names by URL variable (an environment file). */
  readonly from: string | Readonly<Record<string, string>>;
}

/**
 * The box's fetch script, run by the secrets unit on every boot and hourly: exports the settings file's variables
 * (among them the secrets' Key Vault URLs) and reads each secret with the helper into a file only root can read,
 * written whole or not at all, so that a failed fetch leaves the last good file in place.
 */
export function secretFetchScript(settings: string, targets: readonly SecretTarget[]): string {
  const fetch = (target: SecretTarget) => {
    const reads =
      typeof target.from === 'string'
        ? `${KEY_VAULT_SECRET_PATH} "$${target.from}"`
        : `{\n${Object.entries(target.from).map(([url, name]) => `  ${KEY_VAULT_SECRET_PATH} "$${url}" ${name}`).join('\n')}\n}`;
    return `${reads} >${target.path}.partial\nmv ${target.path}.partial ${target.path}`;
  };
  return `#!/bin/sh
set -eu
set -a
. ${settings}
set +a
umask 077
mkdir -p /etc/circleci/tls
trap 'rm -f ${targets.map((target) => `${target.path}.partial`).join(' ')}' EXIT
${targets.map(fetch).join('\n')}
`;
}

/**
 * Reads one Key Vault secret with the VM's one user-assigned identity (IMDS picks it when the VM has no other)
 * through the instance metadata token endpoint; prints the value, or `NAME='value'` for an environment file when a name is given.
 * Retries for about ten minutes: a first deploy's role assignments take minutes to reach Key Vault. An empty value
 * counts as a failure. CIRCLECI_RETRY_SECONDS shortens the wait between attempts for the boot tests.
 */
export const KEY_VAULT_SECRET_SCRIPT = `#!/usr/bin/env python3
import json, os, sys, time, urllib.parse, urllib.request

TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token'
ATTEMPTS = 60
RETRY_SECONDS = float(os.environ.get('CIRCLECI_RETRY_SECONDS', '10'))


def token():
    query = urllib.parse.urlencode({'api-version': '2018-02-01', 'resource': 'https://vault.azure.net'})
    request = urllib.request.Request(TOKEN_URL + '?' + query, headers={'Metadata': 'true'})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)['access_token']


def secret(url):
    request = urllib.request.Request(url + '?api-version=7.4', headers={'Authorization': 'Bearer ' + token()})
    with urllib.request.urlopen(request, timeout=10) as response:
        value = json.load(response)['value']
    if not value:
        raise ValueError('the secret is empty')
    return value


def main():
    for attempt in range(ATTEMPTS):
        try:
            value = secret(sys.argv[1])
            break
        except Exception as error:
            if attempt == ATTEMPTS - 1:
                sys.exit('key-vault-secret: ' + str(error))
            time.sleep(RETRY_SECONDS)
    if len(sys.argv) > 2:
        sys.stdout.write(sys.argv[2] + "='" + value.replace("'", "'\\\\''") + "'\\n")
    else:
        sys.stdout.write(value)


main()
`;
