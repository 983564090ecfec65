/** Where boxes install the secret fetcher. */
export const FETCH_SECRET_PATH = '/usr/local/sbin/fetch-secret';

/**
 * Reads the latest version of one Secret Manager secret into a root-only file, as the role's secret reader: the
 * VM's own token (scope `iam`) mints a five-minute `cloud-platform` token for the reader, which may read only the
 * role's secrets (see identity.ts). Usage: fetch-secret <reader e-mail> <projects/p/secrets/name> <file>.
 * Written without `${`/`%{` sequences, which Terraform would take for interpolation in the rendered user data.
 */
export const FETCH_SECRET_SCRIPT = `#!/bin/sh
set -eu
reader="$1"; secret="$2"; target="$3"
md=http://metadata.google.internal/computeMetadata/v1
own=$(curl -sSf -H 'Metadata-Flavor: Google' "$md/instance/service-accounts/default/token" | jq -r .access_token)
minted=$(curl -sSf -X POST -H "Authorization: Bearer $own" -H 'Content-Type: application/json' \\
  -d '{"scope":["https://www.googleapis.com/auth/cloud-platform"],"lifetime":"300s"}' \\
  "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/$reader:generateAccessToken" | jq -r .accessToken)
umask 077
mkdir -p "$(dirname "$target")"
curl -sSf -H "Authorization: Bearer $minted" "https://secretmanager.googleapis.com/v1/$secret/versions/latest:access" \\
  | jq -r .payload.data | base64 -d > "$target.tmp"
mv "$target.tmp" "$target"
`;

/** The boot command that fetches one secret; retried because IAM grants can take a minute to reach a new VM. */
export function fetchSecretCommand(readerEmail: string, secretId: string, target: string): string {
  return `for i in 1 2 3 4 5 6 7 8 9 10; do ${FETCH_SECRET_PATH} ${readerEmail} ${secretId} ${target} && break; sleep 30; done; test -s ${target}`;
}
