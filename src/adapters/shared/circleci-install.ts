import type { InstallChoice } from '../../topology/schema/install';
import type { CloudInitFile } from './cloud-init';

/**
 * CircleCI Enterprise's documented install, one place for every cloud. The services box runs Replicated's installer,
 * after which the admin console on port 8800 finishes the setup with the license
 * (circleci.com/docs/enterprise/docker-install/: `curl -sSL https://get.replicated.com/docker | sudo bash`). A
 * builder runs CircleCI's provision script, then init-builder with SERVICES_PRIVATE_IP, CIRCLE_SECRET_PASSPHRASE and
 * the CIRCLE_* sizing settings in its environment (same page, and circleci.com/docs/enterprise/config/), which
 * starts the builder container and provides `circle-shutdown`. `builders.install` / `servicesBox.install` replace
 * these with the operator's own commands (a mirror, a pinned version) or with nothing. The same pages document
 * Replicated's `private-address` and `no-proxy` flags and init-builder's CIRCLE_PRIVATE_IP and CIRCLE_PUBLIC_IP.
 */
export const DOCUMENTED_INSTALL = {
  replicated: 'https://get.replicated.com/docker',
  provisionBuilder: 'https://s3.amazonaws.com/circleci-enterprise/provision-builder.sh',
  initBuilder: 'https://s3.amazonaws.com/circleci-enterprise/init-builder-0.2.sh',
} as const;

/** Where the install script is on every box. */
export const INSTALL_SCRIPT_PATH = '/usr/local/sbin/circleci-install';

/** Where downloaded installers are kept: root's, never /tmp. */
const WORK = '/var/lib/circleci/install';

/** Downloads with retries (the box's outbound path may still be coming up), failing on an HTTP error. */
const DOWNLOAD = `download() { curl -fsSL --retry 10 --retry-delay 10 --retry-all-errors -o "$2" "$1"; }
mkdir -p ${WORK}`;

/** The private address the box's default route leaves from: Replicated's private address and CIRCLE_PRIVATE_IP. */
const OWN_PRIVATE_IP = `own_private_ip() { ip -4 route get 1.1.1.1 | awk '{ for (i = 1; i < NF; i++) if ($i == "src") print $(i + 1) }'; }`;

const SERVICES_DOCUMENTED = `${DOWNLOAD}
${OWN_PRIVATE_IP}
download ${DOCUMENTED_INSTALL.replicated} ${WORK}/replicated.sh
# no-proxy and private-address answer the installer's questions, so it runs without a terminal.
bash ${WORK}/replicated.sh no-proxy private-address="$(own_private_ip)"
`;

const BUILDERS_DOCUMENTED = `${DOWNLOAD}
download ${DOCUMENTED_INSTALL.provisionBuilder} ${WORK}/provision-builder.sh
download ${DOCUMENTED_INSTALL.initBuilder} ${WORK}/init-builder.sh
bash ${WORK}/provision-builder.sh
bash ${WORK}/init-builder.sh
`;

/**
 * The builder's own addresses, exported for init-builder (and the operator's commands): CIRCLE_PRIVATE_IP, which it
 * finds itself only on EC2, and CIRCLE_PUBLIC_IP, the address shown to developers for SSH into builds. A builder
 * without a public address is reached at its private one (over a VPN or peering).
 */
function builderAddresses(publicAddress: string): string {
  return `${OWN_PRIVATE_IP}
own_public_ip() {
${publicAddress.trimEnd().replace(/^/gm, '  ')}
}
CIRCLE_PRIVATE_IP=$(own_private_ip)
CIRCLE_PUBLIC_IP=$(own_public_ip || true)
[ -n "$CIRCLE_PUBLIC_IP" ] || CIRCLE_PUBLIC_IP=$CIRCLE_PRIVATE_IP
export CIRCLE_PRIVATE_IP CIRCLE_PUBLIC_IP
`;
}

/** What a box's install script needs from its cloud. */
export interface InstallProps {
  /** The topology's choice for this box. */
  readonly choice: InstallChoice;
  /** Environment files the install reads (settings, then secrets), exported to the commands. */
  readonly environmentFiles: readonly string[];
}

function script(body: string, props: InstallProps, check: string): string {
  return `#!/bin/bash
# Installs and starts this box's CircleCI part; any failing step fails the boot (cloud-init reports it).
set -euo pipefail
set -a
${props.environmentFiles.map((file) => `. ${file}`).join('\n')}
set +a
${check}${body}`;
}

/** The install script file and the runcmd line that runs it; nothing for `none`. */
function install(props: InstallProps, documented: string, check = ''): { files: CloudInitFile[]; commands: string[] } {
  const { choice } = props;
  if (choice.method === 'none') return { files: [], commands: [] };
  const body = choice.method === 'documented' ? documented : `${choice.commands.join('\n')}\n`;
  return { files: [{ path: INSTALL_SCRIPT_PATH, content: script(body, props, check), permissions: '0700' }], commands: [INSTALL_SCRIPT_PATH] };
}

/** The services box's install: Replicated's installer by default. */
export function servicesBoxInstall(props: InstallProps): { files: CloudInitFile[]; commands: string[] } {
  return install(props, SERVICES_DOCUMENTED);
}

/** What a builder's install needs beyond the box's. */
export interface BuilderInstallProps extends InstallProps {
  /** Shell that prints the builder's public IPv4 address from the cloud's instance metadata, or nothing. */
  readonly publicAddress: string;
}

/**
 * A builder's install: CircleCI's builder by default, started with the settings, the passphrase and the builder's
 * addresses exported. A builder without its passphrase would never join the services box, so an empty one stops the
 * boot.
 */
export function builderInstall(props: BuilderInstallProps): { files: CloudInitFile[]; commands: string[] } {
  const check = `[ -n "$CIRCLE_SECRET_PASSPHRASE" ] || { echo "circleci-install: CIRCLE_SECRET_PASSPHRASE is empty" >&2; exit 1; }
${builderAddresses(props.publicAddress)}`;
  return install(props, BUILDERS_DOCUMENTED, check);
}
