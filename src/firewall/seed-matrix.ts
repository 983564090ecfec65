import type { FirewallRule } from './model';
import { Port } from './ports';

const http = [Port.tcp(80), Port.tcp(443)];

/**
 * The seed document's three tables, row for row (services box inbound, builder inbound, outbound to GitHub).
 * Names say role, purpose and peer, in the style of terraform-aws-modules/security-group.
 */
export const SEED_RULES: readonly FirewallRule[] = [
  { name: 'services-http-end-users', role: 'servicesBox', direction: 'inbound', peer: 'endUsers', ports: http, use: 'HTTP/HTTPS Traffic', origin: 'seed' },
  { name: 'services-ssh-administrators', role: 'servicesBox', direction: 'inbound', peer: 'administrators', ports: [Port.tcp(22)], use: 'SSH', origin: 'seed' },
  { name: 'services-admin-console-administrators', role: 'servicesBox', direction: 'inbound', peer: 'administrators', ports: [Port.tcp(8800)], use: 'Admin Console', origin: 'seed' },
  { name: 'services-all-builders', role: 'servicesBox', direction: 'inbound', peer: 'builders', ports: [Port.allTraffic()], use: 'Internal Communication', origin: 'seed' },
  { name: 'services-webhooks-github', role: 'servicesBox', direction: 'inbound', peer: 'github', ports: http, use: 'Incoming Webhooks', origin: 'seed' },
  { name: 'builders-ssh-builds-end-users', role: 'builders', direction: 'inbound', peer: 'endUsers', ports: [Port.tcpRange(64535, 65535)], use: 'SSH into builds feature', origin: 'seed' },
  { name: 'builders-api-administrators', role: 'builders', direction: 'inbound', peer: 'administrators', ports: http, use: 'CircleCI API Access (graceful shutdown, etc)', origin: 'seed' },
  { name: 'builders-ssh-administrators', role: 'builders', direction: 'inbound', peer: 'administrators', ports: [Port.tcp(22)], use: 'SSH', origin: 'seed' },
  { name: 'builders-all-services', role: 'builders', direction: 'inbound', peer: 'servicesBox', ports: [Port.allTraffic()], use: 'Internal Communication', origin: 'seed' },
  { name: 'builders-all-builders', role: 'builders', direction: 'inbound', peer: 'builders', ports: [Port.allTraffic()], use: 'Internal Communication', origin: 'seed' },
  { name: 'services-git-github', role: 'servicesBox', direction: 'outbound', peer: 'github', ports: [Port.tcp(22)], use: 'Git Access', origin: 'seed' },
  { name: 'services-api-github', role: 'servicesBox', direction: 'outbound', peer: 'github', ports: http, use: 'API Access', origin: 'seed' },
  { name: 'builders-git-github', role: 'builders', direction: 'outbound', peer: 'github', ports: [Port.tcp(22)], use: 'Git Access', origin: 'seed' },
  { name: 'builders-api-github', role: 'builders', direction: 'outbound', peer: 'github', ports: http, use: 'API Access', origin: 'seed' },
];

/**
 * What the boxes need to boot beyond the seed's tables: package mirrors, the clouds' secret-store and API endpoints
 * and container registries, all over HTTP(S). DNS and time go to the clouds' link-local services, which no
 * security group, firewall or NSG filters, so they need no rule.
 */
export const BOOT_RULES: readonly FirewallRule[] = [
  { name: 'services-packages-internet', role: 'servicesBox', direction: 'outbound', peer: 'internet', ports: http, use: 'Package mirrors and cloud APIs (boot)', origin: 'boot' },
  { name: 'builders-packages-internet', role: 'builders', direction: 'outbound', peer: 'internet', ports: http, use: 'Package mirrors, image registries and cloud APIs (boot)', origin: 'boot' },
];

/**
 * GitHub.com's `hooks` ranges (IPv4) as GitHub's meta API published them. GitHub adds ranges over time, so the
 * list goes stale: operators should compare it with https://api.github.com/meta and set `network.github.hooks`.
 */
export const PUBLISHED_GITHUB_HOOKS: readonly string[] = [
  '192.30.252.0/22',
  '185.199.108.0/22',
  '140.82.112.0/20',
  '143.55.64.0/20',
];
