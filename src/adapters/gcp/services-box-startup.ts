import type { ResolvedTopology } from '../../topology/resolved';
import { adminAccess } from '../shared/admin-access';
import { cloudInit } from '../shared/cloud-init';
import { dataDiskBoot } from '../shared/data-disk';
import { environmentFile } from '../shared/builder-settings';
import { secretsUnits, START_SECRETS } from '../shared/boot-units';
import { servicesBoxInstall } from '../shared/circleci-install';
import { SECRETS_DIR } from '../shared/secret-env';
import { FETCH_SECRET_PATH, FETCH_SECRET_SCRIPT } from './fetch-secret';
import { FETCH_SECRETS_PATH, fetchSecretsScript } from './fetch-secrets';

/** Secret Manager resource names of the services box's secrets. */
export interface ServicesBoxSecretIds {
  /** GitHub OAuth client secret. */
  readonly githubClientSecret: string;
  /** CIRCLE_SECRET_PASSPHRASE. */
  readonly secretPassphrase: string;
  /** TLS private key (PEM). */
  readonly tlsPrivateKey: string;
  /** TLS certificate chain (PEM). */
  readonly tlsCertificateChain: string;
}

/** Where the services box keeps its settings and, root-only, the secrets fetched at boot. */
export const SERVICES_BOX_PATHS = {
  settings: '/etc/circleci/installation.env',
  secrets: '/etc/circleci/secrets.env',
  githubClientSecret: `${SECRETS_DIR}/github-client-secret`,
  secretPassphrase: `${SECRETS_DIR}/circle-secret-passphrase`,
  tlsPrivateKey: '/etc/circleci/tls/private-key.pem',
  tlsCertificateChain: '/etc/circleci/tls/certificate-chain.pem',
} as const;

/**
 * The services box's first-boot document: the installation settings (hostname, GitHub OAuth app, its own fixed
 * private IP, and the names of its secrets, never their values), the secrets fetched from Secret Manager into
 * root-only files with the box's own identity on every boot and hourly, CircleCI's services as
 * `servicesBox.install` says, and the topology's administrator and keys beside OS Login.
 */
export function servicesBoxUserData(
  topology: ResolvedTopology<'gcp'>,
  privateIp: string,
  secretReader: string,
  secrets: ServicesBoxSecretIds,
  dataDevices: readonly string[],
): string {
  const settings: Record<string, string> = {
    CIRCLE_HOSTNAME: topology.domain,
    GITHUB_CLIENT_ID: topology.github.clientId,
    GITHUB_OAUTH_CALLBACK_URL: topology.github.callbackUrl,
    ...(topology.github.enterpriseServer ? { GITHUB_ENTERPRISE_SERVER: topology.github.enterpriseServer } : {}),
    SERVICES_PRIVATE_IP: privateIp,
    SECRET_READER: secretReader,
    GITHUB_CLIENT_SECRET_SECRET_NAME: secrets.githubClientSecret,
    CIRCLE_SECRET_PASSPHRASE_SECRET_NAME: secrets.secretPassphrase,
    TLS_PRIVATE_KEY_SECRET_NAME: secrets.tlsPrivateKey,
    TLS_CERTIFICATE_CHAIN_SECRET_NAME: secrets.tlsCertificateChain,
  };
  const fetch = fetchSecretsScript(
    SERVICES_BOX_PATHS.settings,
    [
      { nameVariable: 'GITHUB_CLIENT_SECRET_SECRET_NAME', file: SERVICES_BOX_PATHS.githubClientSecret },
      { nameVariable: 'CIRCLE_SECRET_PASSPHRASE_SECRET_NAME', file: SERVICES_BOX_PATHS.secretPassphrase },
      { nameVariable: 'TLS_PRIVATE_KEY_SECRET_NAME', file: SERVICES_BOX_PATHS.tlsPrivateKey },
      { nameVariable: 'TLS_CERTIFICATE_CHAIN_SECRET_NAME', file: SERVICES_BOX_PATHS.tlsCertificateChain },
    ],
    { path: SERVICES_BOX_PATHS.secrets, values: { GITHUB_CLIENT_SECRET: SERVICES_BOX_PATHS.githubClientSecret, CIRCLE_SECRET_PASSPHRASE: SERVICES_BOX_PATHS.secretPassphrase } },
  );
  const admin = adminAccess(topology);
  const install = servicesBoxInstall({ choice: topology.servicesBox.install, environmentFiles: [SERVICES_BOX_PATHS.settings, SERVICES_BOX_PATHS.secrets] });
  const data = dataDiskBoot(dataDevices);
  return cloudInit({
    packages: ['jq'],
    files: [
      ...admin.files,
      { path: SERVICES_BOX_PATHS.settings, content: environmentFile(settings), permissions: '0644' },
      { path: FETCH_SECRET_PATH, content: FETCH_SECRET_SCRIPT, permissions: '0755' },
      { path: FETCH_SECRETS_PATH, content: fetch, permissions: '0755' },
      ...secretsUnits("Fetch the CircleCI installation's TLS key, certificate chain and secrets from Secret Manager", FETCH_SECRETS_PATH),
      ...data.files,
      ...install.files,
    ],
    // The data disk is mounted before anything installs Docker, so the services' state is on it from the start.
    commands: [...admin.commands, ...data.commands, 'systemctl daemon-reload', ...START_SECRETS, ...install.commands],
  });
}
