import type { ResolvedTopology } from '../../topology/resolved';
import { cloudInit } from '../shared/cloud-init';
import { dataDiskBoot } from '../shared/data-disk';
import { environmentFile } from '../shared/builder-settings';
import { secretsUnits, START_SECRETS } from '../shared/boot-units';
import { servicesBoxInstall } from '../shared/circleci-install';
import { KEY_VAULT_SECRET_PATH, KEY_VAULT_SECRET_SCRIPT, secretFetchScript } from './boot-scripts';
import type { SecretName } from './secret-sources';

/** What the services box's first boot needs beyond the topology. */
export interface ServicesBoxInitProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** The box's own private IP. */
  readonly privateIp: string;
  /** Key Vault URL of each secret the box reads. */
  readonly secretUrls: Readonly<Record<SecretName, string>>;
  /** Where the data disk appears on the box. */
  readonly dataDevices: readonly string[];
}

const SETTINGS = '/etc/circleci/installation.env';
const FETCH = '/usr/local/sbin/fetch-installation-secrets';

const SECRETS = '/etc/circleci/secrets.env';

/**
 * Reads the secrets into root-only files: GITHUB_CLIENT_SECRET and CIRCLE_SECRET_PASSPHRASE into secrets.env, the
 * TLS key and chain into PEM files where the installation terminates TLS.
 */
const FETCH_SCRIPT = secretFetchScript(SETTINGS, [
  { path: SECRETS, from: { GITHUB_CLIENT_SECRET_URL: 'GITHUB_CLIENT_SECRET', CIRCLE_SECRET_PASSPHRASE_URL: 'CIRCLE_SECRET_PASSPHRASE' } },
  { path: '/etc/circleci/tls/private-key.pem', from: 'TLS_PRIVATE_KEY_URL' },
  { path: '/etc/circleci/tls/certificate-chain.pem', from: 'TLS_CERTIFICATE_CHAIN_URL' },
]);

/**
 * The services box's cloud-init: the installation settings (domain, GitHub OAuth app, addresses, and where each
 * secret lives, never a secret itself), the Key Vault reader, units that fetch the secrets with the box's own
 * identity on every boot and hourly, and CircleCI's services as `servicesBox.install` says.
 */
export function servicesBoxCloudInit(props: ServicesBoxInitProps): string {
  const { topology, secretUrls } = props;
  const settings: Record<string, string> = {
    CIRCLE_DOMAIN: topology.domain,
    CIRCLE_URL: `https://${topology.domain}`,
    GITHUB_CLIENT_ID: topology.github.clientId,
    GITHUB_OAUTH_CALLBACK_URL: topology.github.callbackUrl,
    ...(topology.github.enterpriseServer ? { GITHUB_ENTERPRISE_SERVER: topology.github.enterpriseServer } : {}),
    SERVICES_PRIVATE_IP: props.privateIp,
    GITHUB_CLIENT_SECRET_URL: secretUrls['github-client-secret'],
    CIRCLE_SECRET_PASSPHRASE_URL: secretUrls['circle-secret-passphrase'],
    TLS_PRIVATE_KEY_URL: secretUrls['tls-private-key'],
    TLS_CERTIFICATE_CHAIN_URL: secretUrls['tls-certificate-chain'],
  };
  const install = servicesBoxInstall({ choice: topology.servicesBox.install, environmentFiles: [SETTINGS, SECRETS] });
  const data = dataDiskBoot(props.dataDevices);
  return cloudInit({
    files: [
      { path: SETTINGS, content: environmentFile(settings) },
      { path: KEY_VAULT_SECRET_PATH, content: KEY_VAULT_SECRET_SCRIPT, permissions: '0755' },
      { path: FETCH, content: FETCH_SCRIPT, permissions: '0755' },
      ...secretsUnits("Fetch the CircleCI installation's TLS key, certificate chain and secrets from Key Vault", FETCH),
      ...data.files,
      ...install.files,
    ],
    // The data disk is mounted before anything installs Docker, so the services' state is on it from the start.
    commands: [...data.commands, 'systemctl daemon-reload', ...START_SECRETS, ...install.commands],
  });
}
