import type { ResolvedTopology } from '../../topology/resolved';
import { cloudInit } from '../shared/cloud-init';
import { adminAccess } from '../shared/admin-access';
import { FETCH_SECRET, FETCH_SECRET_PATH, INSTALL_AWS_CLI, UNIT_PATH } from './boot-scripts';
import { environmentFile } from '../shared/builder-settings';

/** Secret ARNs the services box reads at boot. */
export interface ServicesBoxSecretArns {
  /** GitHub OAuth client secret. */
  readonly githubClientSecret: string;
  /** CIRCLE_SECRET_PASSPHRASE. */
  readonly passphrase: string;
  /** TLS private key (PEM). */
  readonly tlsPrivateKey: string;
  /** TLS certificate chain (PEM). */
  readonly tlsCertificateChain: string;
}

/** Where the services box keeps its settings and the secrets it fetched. */
export const SERVICES_BOX_PATHS = {
  settings: '/etc/circleci/installation.env',
  secrets: '/etc/circleci/secrets.env',
  tlsPrivateKey: '/etc/circleci/tls/private-key.pem',
  tlsCertificateChain: '/etc/circleci/tls/certificate-chain.pem',
} as const;

const FETCH_SCRIPT_PATH = '/usr/local/sbin/circleci-fetch-installation-secrets';
const FETCH_UNIT = 'circleci-fetch-installation-secrets.service';

/** Reads the settings' secret ARNs and writes the TLS files and a root-only environment file of the secret values. */
const FETCH_INSTALLATION_SECRETS = `#!/bin/sh
set -eu
. ${SERVICES_BOX_PATHS.settings}
${FETCH_SECRET_PATH} "$TLS_PRIVATE_KEY_SECRET_ARN" "$TLS_PRIVATE_KEY_PATH"
${FETCH_SECRET_PATH} "$TLS_CERTIFICATE_CHAIN_SECRET_ARN" "$TLS_CERTIFICATE_PATH"
dir=$(mktemp -d)
${FETCH_SECRET_PATH} "$GITHUB_CLIENT_SECRET_ARN" "$dir/github"
${FETCH_SECRET_PATH} "$CIRCLE_SECRET_PASSPHRASE_ARN" "$dir/passphrase"
quote() { sed -e 's/["\\\\$\`]/\\\\&/g' -e '1s/^/"/' -e '$s/$/"/' "$1"; }
umask 077
{
  printf 'GITHUB_CLIENT_SECRET='; quote "$dir/github"
  printf 'CIRCLE_SECRET_PASSPHRASE='; quote "$dir/passphrase"
} >${SERVICES_BOX_PATHS.secrets}.tmp
mv ${SERVICES_BOX_PATHS.secrets}.tmp ${SERVICES_BOX_PATHS.secrets}
rm -rf "$dir"
`;

/** Runs the fetch on every boot, so a rotated certificate or secret is picked up by a restart. */
const FETCH_UNIT_TEXT = `[Unit]
Description=Fetch the CircleCI installation's TLS key, certificate chain and secrets from Secrets Manager
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
Environment=${UNIT_PATH}
ExecStart=${FETCH_SCRIPT_PATH}
RemainAfterExit=yes

[Install]
WantedBy=multi-user.target
`;

/**
 * The services box's cloud-init: the installation's settings (domain, GitHub OAuth client id and callback, the
 * secrets' ARNs, where the TLS files are), a unit that fetches the secrets with the box's own role, and the
 * administrators' account and SSH keys. It holds no
 * secret value, and nothing that depends on the builders, so a builder change never touches the box.
 */
export function servicesBoxUserData(topology: ResolvedTopology<'aws'>, arns: ServicesBoxSecretArns): string {
  const settings = {
    CIRCLE_HOSTNAME: topology.domain,
    CIRCLE_URL: `https://${topology.domain}`,
    GITHUB_CLIENT_ID: topology.github.clientId,
    GITHUB_OAUTH_CALLBACK_URL: topology.github.callbackUrl,
    ...(topology.github.enterpriseServer ? { GITHUB_ENTERPRISE_SERVER: topology.github.enterpriseServer } : {}),
    TLS_PRIVATE_KEY_PATH: SERVICES_BOX_PATHS.tlsPrivateKey,
    TLS_CERTIFICATE_PATH: SERVICES_BOX_PATHS.tlsCertificateChain,
    CIRCLE_SECRETS_FILE: SERVICES_BOX_PATHS.secrets,
  };
  const secretArns = {
    GITHUB_CLIENT_SECRET_ARN: arns.githubClientSecret,
    CIRCLE_SECRET_PASSPHRASE_ARN: arns.passphrase,
    TLS_PRIVATE_KEY_SECRET_ARN: arns.tlsPrivateKey,
    TLS_CERTIFICATE_CHAIN_SECRET_ARN: arns.tlsCertificateChain,
  };
  const admin = adminAccess(topology);
  return cloudInit({
    files: [
      ...admin.files,
      { path: SERVICES_BOX_PATHS.settings, content: environmentFile({ ...settings, ...secretArns }) },
      { path: FETCH_SECRET_PATH, content: FETCH_SECRET, permissions: '0755' },
      { path: FETCH_SCRIPT_PATH, content: FETCH_INSTALLATION_SECRETS, permissions: '0755' },
      { path: `/etc/systemd/system/${FETCH_UNIT}`, content: FETCH_UNIT_TEXT },
    ],
    commands: [...admin.commands, INSTALL_AWS_CLI, 'systemctl daemon-reload', `systemctl enable --now ${FETCH_UNIT}`],
  });
}
