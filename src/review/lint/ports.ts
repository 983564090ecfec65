import { nsgRules } from '../firewall/azure';
import { resourcesOfType, type Attributes } from '../terraform/json';
import { blocks, numberOf, strings } from '../terraform/values';
import { isComputed } from '../terraform/references';
import { problem, type LintProblem, type LintStack } from './problem';

const CHECK = 'ports';
const MAX_PORT = 65535;

/** Why a port range text (`80`, `64535-65535`) is malformed or out of order, if it is. */
export function portRangeFault(text: string): string | undefined {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!m) return 'is not a port (80) or a range (64535-65535)';
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (to > MAX_PORT) return `is beyond ${MAX_PORT}`;
  if (from > to) return `starts after it ends (${from} > ${to})`;
  return undefined;
}

/**
 * AWS: TCP and UDP rules need from_port <= to_port within 0-65535; all-traffic rules (-1) carry no ports or -1;
 * ICMP ports are a type and a code, -1 to 255 each.
 */
function awsRule(address: string, a: Attributes, protocolKey: string): LintProblem[] {
  const protocol = String(a[protocolKey] ?? '').toLowerCase();
  const from = numberOf(a.from_port);
  const to = numberOf(a.to_port);
  if (['tcp', 'udp', '6', '17'].includes(protocol)) {
    if (from === undefined || to === undefined) return isComputed(String(a.from_port ?? '') + String(a.to_port ?? '')) ? [] : [problem(CHECK, address, `${protocol} needs from_port and to_port`)];
    if (from < 0 || to > MAX_PORT || from > to) return [problem(CHECK, address, `ports ${from}-${to} are not an ordered range within 0-${MAX_PORT}`)];
  } else if (['icmp', '1', 'icmpv6', '58'].includes(protocol)) {
    if ([from, to].some((n) => n !== undefined && (n < -1 || n > 255))) return [problem(CHECK, address, `ICMP type ${from} / code ${to} must be -1 to 255`)];
  } else if (['-1', 'all'].includes(protocol) && [from, to].some((n) => n !== undefined && n !== -1 && n !== 0)) {
    return [problem(CHECK, address, `all-traffic (${protocol}) rules take no ports, found ${from}-${to}`)];
  }
  return [];
}

function awsProblems(stack: LintStack): LintProblem[] {
  const standalone = resourcesOfType(stack, 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule').flatMap((r) => awsRule(r.address, r.attributes, 'ip_protocol'));
  const inline = resourcesOfType(stack, 'aws_security_group').flatMap((r) =>
    [...blocks(r.attributes.ingress), ...blocks(r.attributes.egress)].flatMap((rule) => awsRule(r.address, rule, 'protocol')),
  );
  return [...standalone, ...inline];
}

/** GCP protocols by name, or an IP protocol number; only TCP, UDP and SCTP take ports. */
const GCP_PROTOCOLS = new Set(['tcp', 'udp', 'icmp', 'esp', 'ah', 'sctp', 'ipip', 'all']);
const GCP_PORTED = new Set(['tcp', 'udp', 'sctp', '6', '17', '132']);

function gcpProblems(stack: LintStack): LintProblem[] {
  return resourcesOfType(stack, 'google_compute_firewall').flatMap((rule) => {
    const entries = [...blocks(rule.attributes.allow), ...blocks(rule.attributes.deny)];
    return entries.flatMap((entry) => {
      const protocol = String(entry.protocol ?? '').toLowerCase();
      const ports = strings(entry.ports).filter((port) => !isComputed(port));
      const found: LintProblem[] = [];
      if (!GCP_PROTOCOLS.has(protocol) && !(/^\d{1,3}$/.test(protocol) && Number(protocol) <= 255)) {
        found.push(problem(CHECK, rule.address, `protocol "${protocol}" is not tcp, udp, icmp, esp, ah, sctp, ipip, all or an IP protocol number`));
      }
      if (ports.length > 0 && !GCP_PORTED.has(protocol)) found.push(problem(CHECK, rule.address, `ports are only allowed with tcp, udp or sctp, not ${protocol}`));
      for (const port of ports) {
        const fault = portRangeFault(port);
        if (fault) found.push(problem(CHECK, rule.address, `port "${port}" ${fault}`));
      }
      return found;
    });
  });
}

/** Azure: one of *_port_range (`*`, `80` or `a-b`) and *_port_ranges (a list of those) per side, never both. */
function azureRule(address: string, a: Attributes): LintProblem[] {
  return ['source', 'destination'].flatMap((side) => {
    const single = a[`${side}_port_range`];
    const list = a[`${side}_port_ranges`];
    const found: LintProblem[] = [];
    if (single !== undefined && strings(list).length > 0) found.push(problem(CHECK, address, `sets both ${side}_port_range and ${side}_port_ranges`));
    if (single === undefined && strings(list).length === 0) found.push(problem(CHECK, address, `needs ${side}_port_range or ${side}_port_ranges`));
    for (const port of [...strings(single), ...strings(list)].filter((p) => !isComputed(p) && p !== '*')) {
      const fault = portRangeFault(port);
      if (fault) found.push(problem(CHECK, address, `${side} port "${port}" ${fault}`));
    }
    return found;
  });
}

function azureProblems(stack: LintStack): LintProblem[] {
  return nsgRules(stack).flatMap((rule) => azureRule(rule.resource, rule.attributes));
}

/**
 * Firewall ports are well-formed, ordered and within 0-65535 on every cloud: AWS from_port/to_port, GCP port
 * strings (`80`, `64535-65535`) on protocols that take ports, Azure port ranges (`*`, `80`, `a-b`).
 */
export function portRangeProblems(stack: LintStack): LintProblem[] {
  return [...awsProblems(stack), ...gcpProblems(stack), ...azureProblems(stack)];
}
