import type { ResolvedTopology } from '../../topology/resolved';
import { BLOCK_METADATA_FROM_CONTAINERS, BLOCK_METADATA_UNIT, builderEnvironment, environmentFile } from '../shared/builder-settings';
import { adminAccess } from '../shared/admin-access';
import { cloudInit } from '../shared/cloud-init';
import { secretsUnits, START_SECRETS } from '../shared/boot-units';
import { builderInstall } from '../shared/circleci-install';
import { SECRETS_DIR } from '../shared/secret-env';
import { FETCH_SECRET_PATH, FETCH_SECRET_SCRIPT } from './fetch-secret';
import { FETCH_SECRETS_PATH, fetchSecretsScript } from './fetch-secrets';
import { GCP_BUILDER_PUBLIC_ADDRESS } from './builder-address';

/** Where builders keep their settings and, root-only, the passphrase fetched at boot. */
export const BUILDER_PATHS = {
  environment: '/etc/circleci/builder.env',
  secretPassphrase: `${SECRETS_DIR}/circle-secret-passphrase`,
  secretsEnvironment: '/etc/circleci/builder-secrets.env',
  blockMetadataScript: '/usr/local/sbin/block-metadata-from-containers',
  blockMetadataUnit: '/etc/systemd/system/block-metadata-from-containers.service',
} as const;

/**
 * On GCP the metadata server (169.254.169.254) is also the VPC's DNS resolver, and Docker hands it to containers:
 * blocking the whole link-local range would leave builds without DNS. DNS to it stays open, re-inserted above the
 * reject on every run so that it always comes first; the metadata API (HTTP) stays closed.
 */
const KEEP_DNS_FOR_CONTAINERS = ['udp', 'tcp']
  .map((protocol) => {
    const rule = `DOCKER-USER -d 169.254.169.254/32 -p ${protocol} --dport 53 -j ACCEPT`;
    return `while iptables -D ${rule} 2>/dev/null; do :; done\niptables -I ${rule}`;
  })
  .join('\n');

/** The shared metadata block plus GCP's DNS exception. */
export const GCP_BLOCK_METADATA_SCRIPT = `${BLOCK_METADATA_FROM_CONTAINERS}${KEEP_DNS_FOR_CONTAINERS}\n`;

/**
 * The guest agent runs the shutdown script from google-shutdown-scripts.service, which is not ordered against Docker:
 * at shutdown the two could stop together, killing the builds circle-shutdown is waiting for. systemd stops units in
 * the reverse of their start order, so ordering the shutdown-script unit after docker.service stops it (and runs
 * circle-shutdown) before Docker stops.
 */
export const SHUTDOWN_BEFORE_DOCKER = {
  path: '/etc/systemd/system/google-shutdown-scripts.service.d/10-circleci-before-docker.conf',
  content: `[Unit]
After=docker.service
`,
} as const;

/**
 * The drain agent: the `shutdown-script` the guest agent runs when the MIG deletes the VM (scale-in, rolling update,
 * repair). `circle-shutdown` lets running builds finish for the drain time, which validation keeps within the
 * shutdown script's best-effort window (about 90 s, 30 s for spot VMs): longer builds are cut off.
 */
export function builderShutdownScript(drainTimeoutSeconds: number): string {
  return `#!/bin/sh
logger -t circleci-drain "VM is shutting down: draining with circle-shutdown for up to ${drainTimeoutSeconds} s"
timeout ${drainTimeoutSeconds} circle-shutdown || logger -t circleci-drain "circle-shutdown failed, timed out or is not installed"
`;
}

/**
 * The builder's first-boot document: the CIRCLE_* settings from the sizing plan and the services box's private IP,
 * the passphrase fetched from Secret Manager into a root-only file (every boot and hourly), the metadata block for
 * build containers, the shutdown script's order before Docker, the CircleCI builder as `builders.install` says, and
 * the topology's administrator and keys beside OS Login.
 */
export function builderUserData(topology: ResolvedTopology<'gcp'>, servicesPrivateIp: string, secretReader: string, passphraseSecret: string): string {
  const environment = {
    ...builderEnvironment(topology, servicesPrivateIp),
    SECRET_READER: secretReader,
    CIRCLE_SECRET_PASSPHRASE_SECRET_NAME: passphraseSecret,
    CIRCLE_SECRET_PASSPHRASE_FILE: BUILDER_PATHS.secretPassphrase,
  };
  const admin = adminAccess(topology);
  const fetch = fetchSecretsScript(BUILDER_PATHS.environment, [{ nameVariable: 'CIRCLE_SECRET_PASSPHRASE_SECRET_NAME', file: BUILDER_PATHS.secretPassphrase }], {
    path: BUILDER_PATHS.secretsEnvironment,
    values: { CIRCLE_SECRET_PASSPHRASE: BUILDER_PATHS.secretPassphrase },
  });
  const install = builderInstall({ choice: topology.builders.install, environmentFiles: [BUILDER_PATHS.environment, BUILDER_PATHS.secretsEnvironment], publicAddress: GCP_BUILDER_PUBLIC_ADDRESS });
  return cloudInit({
    packages: ['docker.io', 'jq'],
    files: [
      ...admin.files,
      { path: BUILDER_PATHS.environment, content: environmentFile(environment), permissions: '0644' },
      { path: FETCH_SECRET_PATH, content: FETCH_SECRET_SCRIPT, permissions: '0755' },
      { path: FETCH_SECRETS_PATH, content: fetch, permissions: '0755' },
      ...secretsUnits('Fetch CIRCLE_SECRET_PASSPHRASE from Secret Manager', FETCH_SECRETS_PATH),
      { path: BUILDER_PATHS.blockMetadataScript, content: GCP_BLOCK_METADATA_SCRIPT, permissions: '0755' },
      { path: BUILDER_PATHS.blockMetadataUnit, content: BLOCK_METADATA_UNIT },
      SHUTDOWN_BEFORE_DOCKER,
      ...install.files,
    ],
    commands: [...admin.commands, 'systemctl daemon-reload', 'systemctl enable --now block-metadata-from-containers.service', ...START_SECRETS, ...install.commands],
  });
}
