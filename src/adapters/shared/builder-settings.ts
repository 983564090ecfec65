import { Token } from 'cdktf';
import type { ResolvedTopology } from '../../topology/resolved';

/**
 * The builder's CircleCI settings from the sizing plan, by their exact names. SERVICES_PRIVATE_IP is passed in
 * because each cloud knows it differently (a literal, or a Terraform expression).
 */
export function builderEnvironment(topology: ResolvedTopology, servicesPrivateIp: string): Record<string, string> {
  const b = topology.builders;
  return {
    SERVICES_PRIVATE_IP: servicesPrivateIp,
    CIRCLE_NUM_CONTAINERS: String(b.containersPerBuilder),
    CIRCLE_CONTAINER_CPUS: String(b.containerCpus),
    CIRCLE_CONTAINER_MEMORY_LIMIT: `${b.containerMemoryGiB}G`,
  };
}

/**
 * Shell that keeps build containers away from the link-local range (instance metadata, and on some clouds the
 * host's identity endpoints): builds would otherwise act with the builder's cloud identity. DOCKER-USER is the
 * chain Docker leaves to operators and evaluates before its own rules; the unit re-applies it on every boot.
 */
export const BLOCK_METADATA_FROM_CONTAINERS = `#!/bin/sh
set -eu
iptables -C DOCKER-USER -d 169.254.0.0/16 -j REJECT 2>/dev/null || iptables -I DOCKER-USER -d 169.254.0.0/16 -j REJECT
`;

/** The systemd unit that applies BLOCK_METADATA_FROM_CONTAINERS after Docker starts, on every boot. */
export const BLOCK_METADATA_UNIT = `[Unit]
Description=Keep build containers away from instance metadata (169.254.0.0/16)
After=docker.service
Requires=docker.service

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/block-metadata-from-containers
RemainAfterExit=yes

[Install]
WantedBy=multi-user.target
`;

/**
 * Renders an environment file: KEY="value" lines, quoted for systemd and sh alike. A value may be a Terraform
 * reference (an ARN, a cidrhost() address): escaping its `$` would break the reference, and what it resolves to
 * (ids, ARNs, addresses, e-mails) holds no quote, backslash, dollar or backtick, so it is written as it is.
 */
export function environmentFile(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${Token.isUnresolved(value) ? value : value.replace(/(["\\$`])/g, '\\$1')}"\n`)
    .join('');
}
