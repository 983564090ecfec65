import type { ResolvedTopology } from '../../topology/resolved';
import { BLOCK_METADATA_FROM_CONTAINERS, BLOCK_METADATA_UNIT, builderEnvironment, environmentFile } from '../shared/builder-settings';
import { cloudInit } from '../shared/cloud-init';
import { secretsUnits, START_SECRETS } from '../shared/boot-units';
import { builderInstall } from '../shared/circleci-install';
import { KEY_VAULT_SECRET_PATH, KEY_VAULT_SECRET_SCRIPT, secretFetchScript } from './boot-scripts';
import { drainAgent } from './drain';
import { AZURE_BUILDER_PUBLIC_ADDRESS } from './builder-address';

/** What a builder's first boot needs beyond the topology. */
export interface BuilderInitProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** The services box's private IP. */
  readonly servicesPrivateIp: string;
  /** Key Vault URL of CIRCLE_SECRET_PASSPHRASE. */
  readonly passphraseUrl: string;
}

const SETTINGS = '/etc/circleci/builder.env';
const SECRETS = '/etc/circleci/builder-secrets.env';
const FETCH = '/usr/local/sbin/fetch-builder-passphrase';

const FETCH_SCRIPT = secretFetchScript(SETTINGS, [{ path: SECRETS, from: { CIRCLE_SECRET_PASSPHRASE_URL: 'CIRCLE_SECRET_PASSPHRASE' } }]);

/**
 * A builder's cloud-init: the CIRCLE_* settings from the sizing plan and SERVICES_PRIVATE_IP, CIRCLE_SECRET_PASSPHRASE
 * read from Key Vault with the builders' own identity into a root-only file (every boot and hourly), Docker and the
 * block that keeps build containers away from 169.254.0.0/16, the drain agent (started first, so that no failed step
 * after it leaves a builder that cannot drain), and the CircleCI builder as `builders.install` says.
 */
export function builderCloudInit(props: BuilderInitProps): string {
  const { topology } = props;
  const drain = drainAgent(topology.builders.drainTimeoutSeconds);
  const settings = {
    ...builderEnvironment(topology, props.servicesPrivateIp),
    CIRCLE_SECRET_PASSPHRASE_URL: props.passphraseUrl,
  };
  const install = builderInstall({ choice: topology.builders.install, environmentFiles: [SETTINGS, SECRETS], publicAddress: AZURE_BUILDER_PUBLIC_ADDRESS });
  return cloudInit({
    // The metadata block needs Docker's DOCKER-USER chain: without Docker it fails on every boot.
    packages: ['docker.io'],
    files: [
      { path: SETTINGS, content: environmentFile(settings) },
      { path: KEY_VAULT_SECRET_PATH, content: KEY_VAULT_SECRET_SCRIPT, permissions: '0755' },
      { path: FETCH, content: FETCH_SCRIPT, permissions: '0755' },
      ...secretsUnits('Fetch CIRCLE_SECRET_PASSPHRASE from Key Vault', FETCH),
      { path: '/usr/local/sbin/block-metadata-from-containers', content: BLOCK_METADATA_FROM_CONTAINERS, permissions: '0755' },
      { path: '/etc/systemd/system/block-metadata-from-containers.service', content: BLOCK_METADATA_UNIT },
      ...drain.files,
      ...install.files,
    ],
    commands: ['systemctl daemon-reload', drain.command, 'systemctl enable --now block-metadata-from-containers.service', ...START_SECRETS, ...install.commands],
  });
}
