import type { Cloud } from '../../src/cloud';
import type { TerraformJson } from '../helpers/synth';
import { all, type Attributes } from './terraform';

/** One matrix rule as a stack renders it, in the topology's terms. */
export interface RenderedRule {
  readonly role: 'servicesBox' | 'builders';
  readonly direction: 'inbound' | 'outbound';
  /** The peer's CIDRs, sorted. */
  readonly cidrs: string[];
  /** `tcp:22`, `tcp:9200-9299`, `udp:53`, `all`, sorted. */
  readonly ports: string[];
  /** The rule's description (its `use`). */
  readonly description: string;
}

function portText(protocol: string, from: unknown, to: unknown): string {
  const p = protocol.toLowerCase();
  if (p === '-1' || p === 'all' || p === '*') return 'all';
  return from === to || to === undefined ? `${p}:${from}` : `${p}:${from}-${to}`;
}

function roleOf(reference: string): RenderedRule['role'] {
  return /services[_-]box/.test(reference) ? 'servicesBox' : 'builders';
}

function merged(parts: readonly RenderedRule[]): RenderedRule | undefined {
  if (parts.length === 0) return undefined;
  const sorted = (list: string[]) => [...new Set(list)].sort();
  return { ...parts[0], cidrs: sorted(parts.flatMap((p) => p.cidrs)), ports: sorted(parts.flatMap((p) => p.ports)) };
}

function awsRules(json: TerraformJson, name: string): RenderedRule[] {
  const of = (type: string, direction: RenderedRule['direction']) =>
    all(json, type)
      .filter((r) => String(r.tags?.['firewall-rules'] ?? '').split(' ').includes(name))
      .map((r: Attributes) => ({
        role: roleOf(r.security_group_id),
        direction,
        cidrs: [r.cidr_ipv4 ?? r.cidr_ipv6 ?? r.referenced_security_group_id],
        ports: [portText(r.ip_protocol, r.from_port, r.to_port)],
        description: r.description,
      }));
  return [...of('aws_vpc_security_group_ingress_rule', 'inbound'), ...of('aws_vpc_security_group_egress_rule', 'outbound')];
}

function gcpRules(json: TerraformJson, name: string): RenderedRule[] {
  return all(json, 'google_compute_firewall')
    .filter((r) => new RegExp(`-${name}(-v6)?$`).test(r.name))
    .map((r) => ({
      role: roleOf(r.target_tags.join(' ')),
      direction: r.direction === 'INGRESS' ? 'inbound' : 'outbound',
      cidrs: r.source_ranges ?? r.destination_ranges ?? r.source_tags,
      ports: (r.allow as Attributes[]).flatMap((a) => (a.ports ?? ['']).map((p: string) => (a.protocol === 'all' ? 'all' : `${a.protocol}:${p}`))),
      description: r.description,
    }));
}

function azureRules(json: TerraformJson, name: string): RenderedRule[] {
  return all(json, 'azurerm_network_security_rule')
    .filter((r) => new RegExp(`^(services-|builders-)?${name}(-tcp|-udp|-v6)*$`).test(r.name))
    .map((r) => ({
      role: roleOf(r.network_security_group_name),
      direction: r.direction === 'Inbound' ? 'inbound' : 'outbound',
      cidrs: r.source_address_prefixes ?? r.destination_address_prefixes ?? [r.source_address_prefix ?? r.destination_address_prefix],
      ports: (r.destination_port_ranges ?? [r.destination_port_range]).map((p: string) => portText(r.protocol, ...(p.split('-') as [string, string?]))),
      description: r.description,
    }));
}

/** The matrix rule of this name as rendered on a cloud, its resources merged; undefined when the stack lacks it. */
export function renderedRule(cloud: Cloud, json: TerraformJson, name: string): RenderedRule | undefined {
  return merged(cloud === 'aws' ? awsRules(json, name) : cloud === 'gcp' ? gcpRules(json, name) : azureRules(json, name));
}

/** Every port opened inbound from a CIDR, on any role: `tcp:22`, ..., sorted. */
export function inboundPortsFrom(cloud: Cloud, json: TerraformJson, cidr: string): string[] {
  let ports: string[];
  if (cloud === 'aws') {
    ports = all(json, 'aws_vpc_security_group_ingress_rule')
      .filter((r) => r.cidr_ipv4 === cidr || r.cidr_ipv6 === cidr)
      .map((r) => portText(r.ip_protocol, r.from_port, r.to_port));
  } else if (cloud === 'gcp') {
    ports = all(json, 'google_compute_firewall')
      .filter((r) => r.direction === 'INGRESS' && r.allow && (r.source_ranges ?? []).includes(cidr))
      .flatMap((r) => (r.allow as Attributes[]).flatMap((a) => (a.ports ?? ['']).map((p: string) => (a.protocol === 'all' ? 'all' : `${a.protocol}:${p}`))));
  } else {
    ports = all(json, 'azurerm_network_security_rule')
      .filter((r) => r.direction === 'Inbound' && r.access === 'Allow' && ((r.source_address_prefixes ?? []).includes(cidr) || r.source_address_prefix === cidr))
      .flatMap((r) => (r.destination_port_ranges ?? [r.destination_port_range]).map((p: string) => portText(r.protocol, ...(p.split('-') as [string, string?]))));
  }
  return [...new Set(ports)].sort();
}
