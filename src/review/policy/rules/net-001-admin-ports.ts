import { carriesTcp } from '../../firewall/ports';
import { firewallRules } from '../../firewall/read';
import { worldPeers } from '../../firewall/rule';
import { verdict, type PolicyRule } from '../rule';

/** SSH and the admin console: the ports CircleCI's own templates opened to 0.0.0.0/0. */
const ADMIN_PORTS = [22, 8800];

/** Administrator ports open to the world. The topology validator names this id for its acknowledgement. */
export const adminPortsOpenToWorld: PolicyRule = {
  id: 'CIK-NET-001',
  level: 'error',
  title: 'Administrator ports (22, 8800) open to the world',
  explanation:
    'SSH (22) and the admin console (8800) give control of the whole installation. Opened to the internet they are scanned and brute-forced within minutes; CircleCI’s own templates did this, and the seed asks not to.',
  fix: 'List the administrators’ networks in `network.administrators`; if the world really must reach them, acknowledge CIK-NET-001 in the topology with a reason.',
  mirrors: ['checkov CKV_AWS_24', 'checkov CKV_GCP_2', 'checkov CKV_AZURE_10', 'trivy AWS-0107', 'trivy GCP-0071', 'trivy AZU-0050', 'terrascan AC_AWS_0227', 'terrascan AC_AWS_0276', 'CIS AWS 5.2', 'CIS GCP 3.6', 'CIS Azure 6.2'],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) =>
    firewallRules(stack)
      .filter((rule) => rule.access === 'allow' && rule.direction === 'inbound')
      .map((rule) => {
        const world = worldPeers(rule);
        const open = world.length === 0 ? [] : ADMIN_PORTS.filter((port) => rule.ports.some((ports) => carriesTcp(ports, port)));
        return verdict(rule.resource, open.length === 0, 'opens no administrator port to the world', `opens port ${open.join(' and ')} to ${world.join(', ')}`);
      }),
};
