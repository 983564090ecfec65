import type { Direction, RoleName } from '../../firewall/model';

/** A port range as a rendered rule carries it; the protocol may be one the matrix never uses (icmp, esp...). */
export interface RenderedPorts {
  /** `tcp`, `udp`, `all`, or another protocol's name in lower case. */
  readonly protocol: string;
  /** First port, inclusive. */
  readonly from: number;
  /** Last port, inclusive. */
  readonly to: number;
}

/** One allowing firewall rule read back from a stack, whatever the cloud wrote it as. */
export interface RenderedRule {
  /** Address of the resource holding the rule. */
  readonly address: string;
  /** Where in the resource the rule sits when it is one of several inline blocks, e.g. `ingress[1]`. */
  readonly within?: string;
  /** Roles whose boxes the rule applies to; empty when the stack does not say. */
  readonly roles: readonly RoleName[];
  /** Inbound to the boxes or outbound from them. */
  readonly direction: Direction;
  /** The traffic it allows. */
  readonly ports: readonly RenderedPorts[];
  /** Address ranges or tags at the far end that are the whole internet (`0.0.0.0/0`, `::/0`, Azure `Internet`...). */
  readonly worldPeers: readonly string[];
}

/** How a rule reads in a finding: the resource, and the inline block when there is one. */
export function ruleLabel(rule: RenderedRule): string {
  return rule.within ? `${rule.address} (${rule.within})` : rule.address;
}

/** How checkov's Azure checks spell the whole internet, plus the CIDR forms every cloud uses. */
const WORLD_WORDS = new Set(['*', 'internet', 'any', '0.0.0.0']);

/** True when an address range or service tag stands for the whole internet. */
export function isWorldPeer(peer: string): boolean {
  const value = peer.trim().toLowerCase();
  return WORLD_WORDS.has(value) || /\/0$/.test(value);
}

/** A protocol as one word: AWS `-1` and numbers, GCP `all`, Azure `*` and `Tcp`. */
export function normalProtocol(protocol: unknown): string {
  const value = String(protocol ?? 'all').trim().toLowerCase();
  if (value === '-1' || value === '*' || value === 'all' || value === 'asterisk') return 'all';
  if (value === '6') return 'tcp';
  if (value === '17') return 'udp';
  return value;
}

/** Reads `22`, `64535-65535` or `*` as a range. */
export function portSpan(protocol: string, spec: string): RenderedPorts | undefined {
  const value = spec.trim();
  if (value === '*' || value === '') return { protocol, from: 0, to: 65535 };
  const m = /^(\d+)(?:-(\d+))?$/.exec(value);
  return m ? { protocol, from: Number(m[1]), to: Number(m[2] ?? m[1]) } : undefined;
}

/** True when the ports carry traffic on the given TCP port. */
export function carriesTcp(ports: RenderedPorts, port: number): boolean {
  return (ports.protocol === 'all' || ports.protocol === 'tcp') && ports.from <= port && port <= ports.to;
}

/** True when the ports are every protocol on every port. */
export function isAllTraffic(ports: RenderedPorts): boolean {
  return ports.protocol === 'all';
}
