import { ComputeFirewall, type ComputeFirewallAllow } from '@cdktf/provider-google/lib/compute-firewall';
import { Construct } from 'constructs';
import type { PlatformAllowance } from '../../clouds';
import { isRolePeer, ROLES, ruleCidrs, type FirewallRule, type RoleName } from '../../firewall/model';
import type { PortRange } from '../../firewall/ports';
import type { ResolvedTopology } from '../../topology/resolved';
import { terraformId } from '../shared/naming';
import { gcpName, roleTag } from './naming';

/** Priority of the matrix's allow rules. */
export const ALLOW_PRIORITY = 1000;

/** Priority of the explicit deny-all rules: below every allow, above GCP's implied rules (65535). */
export const DENY_PRIORITY = 65000;

/** Props of GcpFirewall. */
export interface GcpFirewallProps {
  /** The resolved topology. */
  readonly topology: ResolvedTopology<'gcp'>;
  /** Name or self link of the network. */
  readonly network: string;
  /** Where each role's VMs are, for egress rules (GCP egress rules take destination ranges only, not tags). */
  readonly roleRanges: Readonly<Record<RoleName, string>>;
  /** Rules GCP itself needs (the profile's platform allowances). @default none */
  readonly platformRules?: readonly PlatformAllowance[];
}

function allowOf(ports: readonly PortRange[]): ComputeFirewallAllow[] {
  if (ports.some((port) => port.protocol === 'all')) return [{ protocol: 'all' }];
  const byProtocol = new Map<string, string[]>();
  for (const port of ports) {
    const list = byProtocol.get(port.protocol) ?? [];
    list.push(port.from === port.to ? String(port.from) : `${port.from}-${port.to}`);
    byProtocol.set(port.protocol, list);
  }
  return [...byProtocol.entries()].map(([protocol, list]) => ({ protocol, ports: list }));
}

/**
 * The firewall matrix as VPC firewall rules: one rule per matrix rule, carrying all its ports, named after it and
 * described by its `use`. Roles are network tags: targets, and sources of inbound rules; outbound rules to a role go
 * to that role's addresses. A deny-all pair at DENY_PRIORITY, limited to the installation's tags, closes everything
 * else (GCP's implied rules allow all egress).
 */
export class GcpFirewall extends Construct {
  /** Every rule rendered, by construct id. */
  readonly rules: Record<string, ComputeFirewall> = {};

  constructor(scope: Construct, id: string, props: GcpFirewallProps) {
    super(scope, id);
    const { topology } = props;
    for (const rule of topology.firewall.rules) this.addMatrixRule(props, rule);
    for (const rule of props.platformRules ?? []) {
      const inbound = rule.direction === 'inbound';
      this.add(terraformId(rule.name), {
        name: gcpName(topology.name, rule.name),
        description: rule.why,
        direction: inbound ? 'INGRESS' : 'EGRESS',
        targetTags: [roleTag(topology.name, rule.role)],
        ...(inbound ? { sourceRanges: [...rule.cidrs] } : { destinationRanges: [...rule.cidrs] }),
        allow: allowOf([rule.port]),
      }, props);
    }
    const allTags = ROLES.map((role) => roleTag(topology.name, role));
    this.add('deny_all_ingress', {
      name: gcpName(topology.name, 'deny-all-ingress'),
      description: 'Everything the firewall matrix does not allow',
      direction: 'INGRESS',
      priority: DENY_PRIORITY,
      targetTags: allTags,
      sourceRanges: ['0.0.0.0/0'],
      deny: [{ protocol: 'all' }],
    }, props);
    this.add('deny_all_egress', {
      name: gcpName(topology.name, 'deny-all-egress'),
      description: 'Everything the firewall matrix does not allow',
      direction: 'EGRESS',
      priority: DENY_PRIORITY,
      targetTags: allTags,
      destinationRanges: ['0.0.0.0/0'],
      deny: [{ protocol: 'all' }],
    }, props);
  }

  private addMatrixRule(props: GcpFirewallProps, rule: FirewallRule): void {
    const prefix = props.topology.name;
    const inbound = rule.direction === 'inbound';
    const common = {
      description: rule.use,
      direction: inbound ? 'INGRESS' : 'EGRESS',
      targetTags: [roleTag(prefix, rule.role)],
      allow: allowOf(rule.ports),
    };
    if (isRolePeer(rule.peer)) {
      const peer = inbound ? { sourceTags: [roleTag(prefix, rule.peer)] } : { destinationRanges: [props.roleRanges[rule.peer]] };
      this.add(terraformId(rule.name), { ...common, ...peer, name: gcpName(prefix, rule.name) }, props);
      return;
    }
    // Validation keeps ranges IPv4, so no rule mixes address families (which GCP refuses).
    const cidrs = [...ruleCidrs(props.topology.firewall, rule)];
    const ranges = inbound ? { sourceRanges: cidrs } : { destinationRanges: cidrs };
    this.add(terraformId(rule.name), { ...common, ...ranges, name: gcpName(prefix, rule.name) }, props);
  }

  private add(id: string, config: Omit<ConstructorParameters<typeof ComputeFirewall>[2], 'network'>, props: GcpFirewallProps): void {
    this.rules[id] = new ComputeFirewall(this, id, { priority: ALLOW_PRIORITY, ...config, network: props.network });
  }
}
