import type { ResolvedTopology } from '../../topology/resolved';
import { BLOCK_METADATA_FROM_CONTAINERS, BLOCK_METADATA_UNIT, builderEnvironment, environmentFile } from '../shared/builder-settings';
import { cloudInit } from '../shared/cloud-init';
import { adminAccess } from '../shared/admin-access';
import { secretsUnits, START_SECRETS } from '../shared/boot-units';
import { builderInstall } from '../shared/circleci-install';
import { SECRETS_DIR, secretEnvironmentFile } from '../shared/secret-env';
import { FETCH_SECRET, FETCH_SECRET_PATH, INSTALL_AWS_CLI, INSTALL_AWS_CLI_PATH } from './boot-scripts';
import { DRAIN_AGENT, DRAIN_AGENT_PATH, DRAIN_SERVICE, DRAIN_SETTINGS_PATH, DRAIN_TIMER, DRAIN_UNITS, drainSettings } from './drain-agent';
import { AWS_BUILDER_PUBLIC_ADDRESS } from './builder-address';

/** Where builders keep their CircleCI settings and the passphrase. */
export const BUILDER_PATHS = {
  settings: '/etc/circleci/builder.env',
  passphrase: '/etc/circleci/secret-passphrase.env',
} as const;

const BLOCK_METADATA_SCRIPT = '/usr/local/sbin/block-metadata-from-containers';
const BLOCK_METADATA_UNIT_NAME = 'block-metadata-from-containers.service';
const FETCH_PASSPHRASE_PATH = '/usr/local/sbin/circleci-fetch-builder-secrets';

/** Fetches CIRCLE_SECRET_PASSPHRASE into a root-only environment file; a failed fetch leaves no empty value behind. */
const FETCH_PASSPHRASE = `#!/bin/sh
set -eu
. ${BUILDER_PATHS.settings}
${FETCH_SECRET_PATH} "$CIRCLE_SECRET_PASSPHRASE_ARN" ${SECRETS_DIR}/circle-secret-passphrase
umask 077
${secretEnvironmentFile(BUILDER_PATHS.passphrase, { CIRCLE_SECRET_PASSPHRASE: `${SECRETS_DIR}/circle-secret-passphrase` })}`;

/** What a builder's user data needs beyond the topology. */
export interface BuilderUserDataProps {
  /** The services box's private IP (SERVICES_PRIVATE_IP). */
  readonly servicesPrivateIp: string;
  /** ARN of the CIRCLE_SECRET_PASSPHRASE secret. */
  readonly passphraseArn: string;
  /** The Auto Scaling group's name. */
  readonly groupName: string;
  /** The termination lifecycle hook's name. */
  readonly hookName: string;
}

/**
 * A builder's cloud-init: the sizing plan's CircleCI settings and the services box's private IP, the passphrase
 * fetched from Secrets Manager into a root-only file (every boot and hourly), the block that keeps build containers
 * away from instance metadata, the drain agent, the CircleCI builder as `builders.install` says, and the
 * administrators' account and SSH keys. The drain agent starts first, so that no failed step after it leaves a
 * builder that cannot drain.
 */
export function builderUserData(topology: ResolvedTopology<'aws'>, props: BuilderUserDataProps): string {
  const settings = environmentFile({ ...builderEnvironment(topology, props.servicesPrivateIp), CIRCLE_SECRET_PASSPHRASE_ARN: props.passphraseArn });
  const drain = environmentFile(drainSettings({ region: topology.region, groupName: props.groupName, hookName: props.hookName }));
  const admin = adminAccess(topology);
  const install = builderInstall({ choice: topology.builders.install, environmentFiles: [BUILDER_PATHS.settings, BUILDER_PATHS.passphrase], publicAddress: AWS_BUILDER_PUBLIC_ADDRESS });
  return cloudInit({
    packages: ['docker.io'],
    files: [
      ...admin.files,
      { path: BUILDER_PATHS.settings, content: settings },
      { path: INSTALL_AWS_CLI_PATH, content: INSTALL_AWS_CLI, permissions: '0755' },
      { path: FETCH_SECRET_PATH, content: FETCH_SECRET, permissions: '0755' },
      { path: FETCH_PASSPHRASE_PATH, content: FETCH_PASSPHRASE, permissions: '0755' },
      ...secretsUnits('Fetch CIRCLE_SECRET_PASSPHRASE from Secrets Manager', FETCH_PASSPHRASE_PATH, [`ExecStartPre=${INSTALL_AWS_CLI_PATH}`]),
      { path: BLOCK_METADATA_SCRIPT, content: BLOCK_METADATA_FROM_CONTAINERS, permissions: '0755' },
      { path: `/etc/systemd/system/${BLOCK_METADATA_UNIT_NAME}`, content: BLOCK_METADATA_UNIT },
      { path: DRAIN_SETTINGS_PATH, content: drain },
      { path: DRAIN_AGENT_PATH, content: DRAIN_AGENT, permissions: '0755' },
      { path: `/etc/systemd/system/${DRAIN_UNITS.service}`, content: DRAIN_SERVICE },
      { path: `/etc/systemd/system/${DRAIN_UNITS.timer}`, content: DRAIN_TIMER },
      ...install.files,
    ],
    commands: [
      ...admin.commands,
      'systemctl daemon-reload',
      `systemctl enable --now ${DRAIN_UNITS.timer}`,
      `systemctl enable --now ${BLOCK_METADATA_UNIT_NAME}`,
      ...START_SECRETS,
      ...install.commands,
    ],
  });
}
