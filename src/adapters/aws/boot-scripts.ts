/**
 * Shell pieces both roles' cloud-init uses on AWS: the AWS CLI, and reading a Secrets Manager secret with the
 * instance's own role (IMDSv2) into a root-only file.
 */

/** Path of INSTALL_AWS_CLI on the boxes. */
export const INSTALL_AWS_CLI_PATH = '/usr/local/sbin/circleci-install-aws-cli';

/**
 * The AWS CLI, which Ubuntu's AMIs do not ship: Canonical publishes it as a classic snap. Retried for a few
 * minutes, because the services box reaches the internet only once its Elastic IP is associated, after boot. A
 * script of its own (the secrets unit's ExecStartPre), so that giving up fails that unit, not every boot step after.
 */
export const INSTALL_AWS_CLI = `#!/bin/sh
set -eu
attempt=1
until [ -x /snap/bin/aws ] || command -v aws >/dev/null 2>&1; do
  if [ "$attempt" -gt 30 ]; then
    echo "circleci-install-aws-cli: cannot install the AWS CLI" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  snap install aws-cli --classic || sleep 10
done
`;

/** Where the AWS CLI is once installed as a snap; systemd units do not have it on their PATH otherwise. */
export const UNIT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin';

/** Path of FETCH_SECRET on the boxes. */
export const FETCH_SECRET_PATH = '/usr/local/sbin/circleci-fetch-secret';

/**
 * `circleci-fetch-secret <arn> <file>`: writes the secret's value to a root-only file, whole or not at all (an empty
 * answer counts as a failure). The region comes from the ARN (an existing secret may live elsewhere). Retries for a
 * few minutes: a new instance role can take that long to be usable, and the network may still be coming up.
 */
export const FETCH_SECRET = `#!/bin/sh
set -eu
PATH="$PATH:/snap/bin"
arn="$1"
target="$2"
region=$(echo "$arn" | cut -d: -f4)
umask 077
mkdir -p "$(dirname "$target")"
trap 'rm -f "$target.partial"' EXIT
attempt=1
until aws secretsmanager get-secret-value --region "$region" --secret-id "$arn" --query SecretString --output text >"$target.partial" && [ -s "$target.partial" ]; do
  if [ "$attempt" -ge 30 ]; then
    echo "circleci-fetch-secret: cannot read $arn" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 10
done
mv "$target.partial" "$target"
`;
