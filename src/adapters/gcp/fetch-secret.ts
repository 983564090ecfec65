/** Where boxes install the secret fetcher. */
export const FETCH_SECRET_PATH = '/usr/local/sbin/fetch-secret';

/**
 * Reads the latest version of one Secret Manager secret into a root-only file, as the role's secret reader: the
 * VM's own token (scope `iam`) mints a five-minute `cloud-platform` token for the reader, which may read only the
 * role's secrets (see identity.ts). Usage: fetch-secret <reader e-mail> <projects/p/secrets/name> <file>.
 * bash with pipefail, so a refused call (a 403 while a first deploy's IAM grants propagate) fails the attempt
 * instead of decoding nothing; attempts are retried for about ten minutes, and the file is written whole or not at
 * all. Bearer tokens reach curl on stdin (`-H @-`), never on a command line other users could read.
 * FETCH_SECRET_TRIES, where set, replaces the 20 attempts (the boot tests set it to fail fast).
 * Written without dollar-brace sequences, which Terraform would take for interpolation in the rendered user data.
 */
export const FETCH_SECRET_SCRIPT = `#!/bin/bash
set -euo pipefail
reader="$1"; secret="$2"; target="$3"
md=http://metadata.google.internal/computeMetadata/v1
umask 077
mkdir -p "$(dirname "$target")"
partial="$target.partial"
trap 'rm -f "$partial"' EXIT
bearer() { printf 'Authorization: Bearer %s\\n' "$1"; }
attempt() {
  local own minted
  rm -f "$partial"
  own=$(curl -sSf -H 'Metadata-Flavor: Google' "$md/instance/service-accounts/default/token" | jq -er .access_token) &&
    minted=$(bearer "$own" | curl -sSf -X POST -H @- -H 'Content-Type: application/json' \\
      -d '{"scope":["https://www.googleapis.com/auth/cloud-platform"],"lifetime":"300s"}' \\
      "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/$reader:generateAccessToken" | jq -er .accessToken) &&
    bearer "$minted" | curl -sSf -H @- "https://secretmanager.googleapis.com/v1/$secret/versions/latest:access" |
    jq -er .payload.data | base64 -d >"$partial" &&
    [ -s "$partial" ]
}
tries=$(printenv FETCH_SECRET_TRIES || echo 20)
for try in $(seq 1 "$tries"); do
  if attempt; then
    mv "$partial" "$target"
    exit 0
  fi
  echo "fetch-secret: cannot read $secret yet (attempt $try)" >&2
  sleep 30
done
echo "fetch-secret: cannot read $secret" >&2
exit 1
`;
