import { Port } from '../../firewall/ports';
import type { PlatformAllowance } from '../profile';

/**
 * The builders' auto-healing health check: TCP 22, which sshd answers on every healthy builder, probed from Google's
 * two health-check ranges (cloud.google.com/load-balancing/docs/health-check-concepts#ip-ranges).
 */
export const GCP_HEALTH_CHECK: PlatformAllowance = {
  name: 'builders-health-check-probes',
  role: 'builders',
  direction: 'inbound',
  port: Port.tcp(22),
  cidrs: ['35.191.0.0/16', '130.211.0.0/22'],
  why: "Google's health-check probers, for the builders' auto-healing",
};

/**
 * The APIs the stack calls on a project: Compute Engine (network, firewall, boxes, disks, snapshots, groups), IAM
 * (service accounts), Resource Manager (project IAM members), Cloud DNS, Secret Manager, and IAM Credentials for the
 * boxes to impersonate their secret readers. A new project has only a few of these on
 * (cloud.google.com/service-usage/docs/enabled-service#default); Service Usage itself, which enables the rest, is.
 */
export const GCP_REQUIRED_APIS: readonly string[] = [
  'compute.googleapis.com',
  'iam.googleapis.com',
  'cloudresourcemanager.googleapis.com',
  'dns.googleapis.com',
  'secretmanager.googleapis.com',
  'iamcredentials.googleapis.com',
];
