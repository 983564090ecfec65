import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Construct } from 'constructs';
import { firewallEntries, type FirewallEntry } from '../../firewall/entries';
import { PEER_TITLES, ROLES, type RoleName } from '../../firewall/model';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS, terraformId } from '../shared/naming';
import { awsName, roleTags } from './names';

/** Props of AwsFirewall. */
export interface AwsFirewallProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The VPC the security groups belong to. */
  readonly vpcId: string;
}

/** Characters AWS accepts in a VPC security group rule description; anything else would fail at apply. */
const DESCRIPTION_REJECTS = /[^a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]/g;
const DESCRIPTION_MAX = 255;

/** The matrix rule's use as AWS accepts it in a description. */
export function awsRuleDescription(text: string): string {
  return text.replace(DESCRIPTION_REJECTS, '-').slice(0, DESCRIPTION_MAX);
}

/** The protocol and ports of an entry as the rule resources take them: all traffic is protocol -1 without ports. */
function protocolOf(entry: FirewallEntry): { ipProtocol: string; fromPort?: number; toPort?: number } {
  if (entry.port.protocol === 'all') return { ipProtocol: '-1' };
  return { ipProtocol: entry.port.protocol, fromPort: entry.port.from, toPort: entry.port.to };
}

/**
 * One security group per role, without inline rules, and one rule resource per firewall entry (one port range and
 * one peer): the matrix exactly. Role peers are security-group references, CIDR peers cidr_ipv4. The
 * groups are created empty of egress too: Terraform removes the allow-all egress AWS adds to a new group.
 */
export class AwsFirewall extends Construct {
  /** Security group id per role. */
  readonly securityGroupIds: Readonly<Record<RoleName, string>>;

  constructor(scope: Construct, id: string, props: AwsFirewallProps) {
    super(scope, id);
    const { topology } = props;
    const groups = {} as Record<RoleName, string>;
    for (const role of ROLES) {
      const group = new SecurityGroup(this, terraformId(ROLE_SLUGS[role]), {
        name: awsName(topology, ROLE_SLUGS[role]),
        description: `CircleCI ${PEER_TITLES[role]}: the installation firewall matrix, rules as separate resources`,
        vpcId: props.vpcId,
        tags: roleTags(topology, role),
      });
      groups[role] = group.id;
    }
    this.securityGroupIds = groups;

    const seen = new Map<string, string>();
    for (const entry of firewallEntries(topology.firewall)) {
      const ruleId = terraformId(entry.id);
      const clash = seen.get(ruleId);
      if (clash) throw new Error(`firewall entries ${clash} and ${entry.id} map to the same Terraform name ${ruleId}`);
      seen.set(ruleId, entry.id);
      // Validation keeps ranges IPv4: the installation's networks and record are IPv4-only.
      const peer = entry.peer.kind === 'role' ? { referencedSecurityGroupId: groups[entry.peer.role] } : { cidrIpv4: entry.peer.cidr };
      const config = {
        securityGroupId: groups[entry.role],
        description: awsRuleDescription(entry.description),
        ...protocolOf(entry),
        ...peer,
        tags: { ...roleTags(topology, entry.role, entry.direction === 'inbound' ? 'in' : 'out'), 'firewall-rules': entry.rules.join(' ').slice(0, 255) },
      };
      if (entry.direction === 'inbound') new VpcSecurityGroupIngressRule(this, ruleId, config);
      else new VpcSecurityGroupEgressRule(this, ruleId, config);
    }
  }
}
