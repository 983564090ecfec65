import { ApplicationSecurityGroup } from '@cdktf/provider-azurerm/lib/application-security-group';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { NetworkSecurityRule, type NetworkSecurityRuleConfig } from '@cdktf/provider-azurerm/lib/network-security-rule';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { Construct } from 'constructs';
import { ROLES, type Direction, type RoleName } from '../../firewall/model';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS, terraformId } from '../shared/naming';
import { azureName, tagsFor } from './names';
import { DENY_ALL_PRIORITY, nsgRules, type NsgPeer, type NsgRule } from './nsg-rules';

/** Props of {@link AzureFirewall}. */
export interface AzureFirewallProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group of the NSGs and ASGs. */
  readonly resourceGroupName: string;
  /** Subnet per role to attach the role's NSG to; without them, the NSGs attach to the boxes' NICs. @default none */
  readonly subnetIds?: Readonly<Record<RoleName, string>>;
}

const AZURE_DIRECTION: Readonly<Record<Direction, string>> = { inbound: 'Inbound', outbound: 'Outbound' };

/**
 * The firewall matrix on Azure: per role an application security group (the role's boxes join it) and a network
 * security group holding exactly the matrix's rules for the role, then an explicit deny-all each way, so Azure's
 * default allow-VNet and allow-internet-outbound rules never apply.
 */
export class AzureFirewall extends Construct {
  /** Application security group per role. */
  readonly applicationSecurityGroups: Readonly<Record<RoleName, ApplicationSecurityGroup>>;
  /** Network security group per role. */
  readonly networkSecurityGroups: Readonly<Record<RoleName, NetworkSecurityGroup>>;

  constructor(scope: Construct, id: string, props: AzureFirewallProps) {
    super(scope, id);
    const { topology, resourceGroupName } = props;
    const asg = (role: RoleName) =>
      new ApplicationSecurityGroup(this, `${terraformId(ROLE_SLUGS[role])}_asg`, {
        name: azureName(topology, ROLE_SLUGS[role], 'asg'),
        resourceGroupName,
        location: topology.region,
        tags: tagsFor(topology, role),
      });
    const nsg = (role: RoleName) =>
      new NetworkSecurityGroup(this, `${terraformId(ROLE_SLUGS[role])}_nsg`, {
        name: azureName(topology, ROLE_SLUGS[role], 'nsg'),
        resourceGroupName,
        location: topology.region,
        tags: tagsFor(topology, role),
      });
    this.applicationSecurityGroups = { servicesBox: asg('servicesBox'), builders: asg('builders') };
    this.networkSecurityGroups = { servicesBox: nsg('servicesBox'), builders: nsg('builders') };

    for (const role of ROLES) {
      const group = this.networkSecurityGroups[role];
      for (const rule of nsgRules(topology.firewall, role)) this.allow(group, rule, resourceGroupName);
      for (const direction of ['inbound', 'outbound'] as const) {
        new NetworkSecurityRule(this, terraformId(ROLE_SLUGS[role], 'deny_all', direction), {
          name: `${ROLE_SLUGS[role]}-deny-all-${direction}`,
          resourceGroupName,
          networkSecurityGroupName: group.name,
          priority: DENY_ALL_PRIORITY[direction],
          direction: AZURE_DIRECTION[direction],
          access: 'Deny',
          protocol: '*',
          sourcePortRange: '*',
          destinationPortRange: '*',
          sourceAddressPrefix: '*',
          destinationAddressPrefix: '*',
          description: `Everything the firewall matrix does not allow (${direction})`,
        });
      }
      const subnetId = props.subnetIds?.[role];
      if (subnetId) {
        new SubnetNetworkSecurityGroupAssociation(this, `${terraformId(ROLE_SLUGS[role])}_subnet_nsg`, {
          subnetId,
          networkSecurityGroupId: group.id,
        });
      }
    }
  }

  private allow(group: NetworkSecurityGroup, rule: NsgRule, resourceGroupName: string): void {
    const own = this.applicationSecurityGroups[rule.role].id;
    const inbound = rule.direction === 'inbound';
    const ends = inbound
      ? { ...this.end('source', rule.peer), destinationApplicationSecurityGroupIds: [own] }
      : { sourceApplicationSecurityGroupIds: [own], ...this.end('destination', rule.peer) };
    new NetworkSecurityRule(this, terraformId(ROLE_SLUGS[rule.role], rule.name), {
      name: rule.name,
      resourceGroupName,
      networkSecurityGroupName: group.name,
      priority: rule.priority,
      direction: AZURE_DIRECTION[rule.direction],
      access: 'Allow',
      protocol: rule.protocol,
      sourcePortRange: '*',
      ...(rule.ports.length === 1 ? { destinationPortRange: rule.ports[0] } : { destinationPortRanges: [...rule.ports] }),
      description: rule.description,
      ...ends,
    });
  }

  private end(side: 'source' | 'destination', peer: NsgPeer): Partial<NetworkSecurityRuleConfig> {
    if (peer.kind === 'role') {
      const ids = [this.applicationSecurityGroups[peer.role].id];
      return side === 'source' ? { sourceApplicationSecurityGroupIds: ids } : { destinationApplicationSecurityGroupIds: ids };
    }
    if (peer.kind === 'tag') return side === 'source' ? { sourceAddressPrefix: peer.tag } : { destinationAddressPrefix: peer.tag };
    return side === 'source' ? { sourceAddressPrefixes: [...peer.prefixes] } : { destinationAddressPrefixes: [...peer.prefixes] };
  }
}
