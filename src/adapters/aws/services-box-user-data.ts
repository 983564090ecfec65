import type { ResolvedTopology } from '../../topology/resolved';
import { cloudInit } from '../shared/cloud-init';
import { adminAccess } from '../shared/admin-access';
import { FETCH_SECRET, FETCH_SECRET_PATH, INSTALL_AWS_CLI, INSTALL_AWS_CLI_PATH } from './boot-scripts';
import { environmentFile } from '../shared/builder-settings';
import { secretsUnits, START_SECRETS } from '../shared/boot-units';
import { servicesBoxInstall } from '../shared/circleci-install';
import { dataDiskBoot } from '../shared/data-disk';
import { SECRETS_DIR, secretEnvironmentFile } from '../shared/secret-env';

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

/**
 * Reads the settings' secret ARNs and writes the TLS files and a root-only environment file of the secret values.
 * The values pass through root-only files under /etc/circleci/secrets, never /tmp, and never a command line.
 */
const FETCH_INSTALLATION_SECRETS = `#!/bin/sh
set -eu
. ${SERVICES_BOX_PATHS.settings}
${FETCH_SECRET_PATH} "$TLS_PRIVATE_KEY_SECRET_ARN" "$TLS_PRIVATE_KEY_PATH"
${FETCH_SECRET_PATH} "$TLS_CERTIFICATE_CHAIN_SECRET_ARN" "$TLS_CERTIFICATE_PATH"
${FETCH_SECRET_PATH} "$GITHUB_CLIENT_SECRET_ARN" ${SECRETS_DIR}/github-client-secret
${FETCH_SECRET_PATH} "$CIRCLE_SECRET_PASSPHRASE_ARN" ${SECRETS_DIR}/circle-secret-passphrase
umask 077
${secretEnvironmentFile(SERVICES_BOX_PATHS.secrets, { GITHUB_CLIENT_SECRET: `${SECRETS_DIR}/github-client-secret`, CIRCLE_SECRET_PASSPHRASE: `${SECRETS_DIR}/circle-secret-passphrase` })}`;

/**
 * The services box's cloud-init: the installation's settings (domain, GitHub OAuth client id and callback, the
 * secrets' ARNs, where the TLS files are), units that fetch the secrets with the box's own role on every boot and
 * hourly, the data disk mounted where the services keep their state (found at `dataDevices`), CircleCI's services as
 * the topology's `servicesBox.install` says, and the administrators' account and SSH
 * keys. It holds no
 * secret value, and nothing that depends on the builders, so a builder change never touches the box.
 */
export function servicesBoxUserData(topology: ResolvedTopology<'aws'>, arns: ServicesBoxSecretArns, dataDevices: readonly string[]): string {
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
  const install = servicesBoxInstall({ choice: topology.servicesBox.install, environmentFiles: [SERVICES_BOX_PATHS.settings, SERVICES_BOX_PATHS.secrets] });
  const data = dataDiskBoot(dataDevices);
  return cloudInit({
    files: [
      ...admin.files,
      { path: SERVICES_BOX_PATHS.settings, content: environmentFile({ ...settings, ...secretArns }) },
      { path: FETCH_SECRET_PATH, content: FETCH_SECRET, permissions: '0755' },
      { path: INSTALL_AWS_CLI_PATH, content: INSTALL_AWS_CLI, permissions: '0755' },
      { path: FETCH_SCRIPT_PATH, content: FETCH_INSTALLATION_SECRETS, permissions: '0755' },
      ...secretsUnits("Fetch the CircleCI installation's TLS key, certificate chain and secrets from Secrets Manager", FETCH_SCRIPT_PATH, [`ExecStartPre=${INSTALL_AWS_CLI_PATH}`]),
      ...data.files,
      ...install.files,
    ],
    // The data disk is mounted before anything installs Docker, so the services' state is on it from the start.
    commands: [...admin.commands, ...data.commands, 'systemctl daemon-reload', ...START_SECRETS, ...install.commands],
  });
}
