
/** Where the helper that reads a Key Vault secret is installed. */
export const KEY_VAULT_SECRET_PATH = '/usr/local/sbin/key-vault-secret';

/**
 * A first-boot script that exports the settings file's variables (among them the secrets' Key Vault URLs) and then
 * runs `body`, which reads the secrets with the helper into files only root can read.
 */
export function secretFetchScript(settings: string, body: string): string {
  return `#!/bin/sh
set -eu
set -a
. ${settings}
set +a
umask 077
${body}`;
}

/**
 * Reads one Key Vault secret with the VM's one user-assigned identity (IMDS picks it when the VM has no other)
 * through the instance metadata token endpoint; prints the value, or `NAME='value'` for an environment file when a name is given.
 * Retries for about ten minutes: a first deploy's role assignments take minutes to reach Key Vault.
 */
export const KEY_VAULT_SECRET_SCRIPT = `#!/usr/bin/env python3
import json, sys, time, urllib.parse, urllib.request

TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token'
ATTEMPTS = 60


def token():
    query = urllib.parse.urlencode({'api-version': '2018-02-01', 'resource': 'https://vault.azure.net'})
    request = urllib.request.Request(TOKEN_URL + '?' + query, headers={'Metadata': 'true'})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)['access_token']


def secret(url):
    request = urllib.request.Request(url + '?api-version=7.4', headers={'Authorization': 'Bearer ' + token()})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)['value']


def main():
    for attempt in range(ATTEMPTS):
        try:
            value = secret(sys.argv[1])
            break
        except Exception as error:
            if attempt == ATTEMPTS - 1:
                sys.exit('key-vault-secret: ' + str(error))
            time.sleep(10)
    if len(sys.argv) > 2:
        sys.stdout.write(sys.argv[2] + "='" + value.replace("'", "'\\\\''") + "'\\n")
    else:
        sys.stdout.write(value)


main()
`;
