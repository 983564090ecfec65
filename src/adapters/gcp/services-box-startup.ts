import type { ResolvedTopology } from '../../topology/resolved';
import { adminAccess } from '../shared/admin-access';
import { cloudInit } from '../shared/cloud-init';
import { environmentFile } from '../shared/builder-settings';
import { FETCH_SECRET_PATH, FETCH_SECRET_SCRIPT, fetchSecretCommand } from './fetch-secret';

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
  githubClientSecret: '/etc/circleci/secrets/github-client-secret',
  secretPassphrase: '/etc/circleci/secrets/circle-secret-passphrase',
  tlsPrivateKey: '/etc/circleci/tls/private-key.pem',
  tlsCertificateChain: '/etc/circleci/tls/certificate-chain.pem',
} as const;

/**
 * The services box's first-boot document: the installation settings (hostname, GitHub OAuth app, its own fixed
 * private IP, and the names of its secrets, never their values), then the secrets fetched from Secret Manager into
 * root-only files with the box's own identity; the topology's administrator and keys beside OS Login.
 */
export function servicesBoxUserData(
  topology: ResolvedTopology<'gcp'>,
  privateIp: string,
  secretReader: string,
  secrets: ServicesBoxSecretIds,
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
  const fetch = (secret: string, target: string) => fetchSecretCommand(secretReader, secret, target);
  const admin = adminAccess(topology);
  return cloudInit({
    packages: ['jq'],
    files: [
      ...admin.files,
      { path: SERVICES_BOX_PATHS.settings, content: environmentFile(settings), permissions: '0644' },
      { path: FETCH_SECRET_PATH, content: FETCH_SECRET_SCRIPT, permissions: '0755' },
    ],
    commands: [
      ...admin.commands,
      fetch(secrets.githubClientSecret, SERVICES_BOX_PATHS.githubClientSecret),
      fetch(secrets.secretPassphrase, SERVICES_BOX_PATHS.secretPassphrase),
      fetch(secrets.tlsPrivateKey, SERVICES_BOX_PATHS.tlsPrivateKey),
      fetch(secrets.tlsCertificateChain, SERVICES_BOX_PATHS.tlsCertificateChain),
    ],
  });
}
