import { compareText } from '../util/compare-text';

/** Transport protocols a firewall rule can carry; `all` is every protocol on every port. */
export type Protocol = 'tcp' | 'udp' | 'all';

/**
 * A single port or an inclusive range of ports on one protocol (or all traffic). The matrix only has its own
 * protocols; a firewall read back from Terraform may name any other (`PortRange<string>`: icmp, esp...).
 */
export interface PortRange<P extends string = Protocol> {
  /** The protocol. */
  readonly protocol: P;
  /** First port, inclusive (0 for all traffic). */
  readonly from: number;
  /** Last port, inclusive (65535 for all traffic). */
  readonly to: number;
}

/** Constructors in the style of aws-cdk's `Port`: `Port.tcp(22)`, `Port.tcpRange(64535, 65535)`, `Port.allTraffic()`. */
export const Port = {
  tcp: (port: number): PortRange => ({ protocol: 'tcp', from: port, to: port }),
  udp: (port: number): PortRange => ({ protocol: 'udp', from: port, to: port }),
  tcpRange: (from: number, to: number): PortRange => ({ protocol: 'tcp', from, to }),
  udpRange: (from: number, to: number): PortRange => ({ protocol: 'udp', from, to }),
  allTraffic: (): PortRange => ({ protocol: 'all', from: 0, to: 65535 }),
};

const PORT_TEXT = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp))?$/;

/**
 * Reads a port as the topology file writes it: `22`, `"80"`, `"64535-65535"`, `"53/udp"` or `"all"`.
 * Returns an error sentence instead of a range when the text is not a port.
 */
export function parsePort(text: string | number): PortRange | string {
  const value = String(text).trim().toLowerCase();
  if (value === 'all') return Port.allTraffic();
  const m = PORT_TEXT.exec(value);
  if (!m) return 'must be a port (22), a range (64535-65535), either with /tcp or /udp, or "all"';
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to > 65535) return 'ports must be between 1 and 65535';
  if (from > to) return `the range starts after it ends (${from} > ${to})`;
  return { protocol: (m[3] as 'tcp' | 'udp' | undefined) ?? 'tcp', from, to };
}

/** How the seed document writes a port: `22`, `64535-65535`, `53/udp`, `all traffic / all ports`. */
export function formatPort(port: PortRange): string {
  if (port.protocol === 'all') return 'all traffic / all ports';
  const span = port.from === port.to ? String(port.from) : `${port.from}-${port.to}`;
  return port.protocol === 'udp' ? `${span}/udp` : span;
}

/** A short token for names and ids: `tcp22`, `tcp64535-65535`, `udp53`, `all`. */
export function portToken(port: PortRange): string {
  if (port.protocol === 'all') return 'all';
  return port.from === port.to ? `${port.protocol}${port.from}` : `${port.protocol}${port.from}-${port.to}`;
}

/** Orders ports by protocol, then first port, then last port: a stable order independent of how they were written. */
export function comparePorts(a: PortRange, b: PortRange): number {
  return compareText(a.protocol, b.protocol) || a.from - b.from || a.to - b.to;
}

/** True when both describe the same traffic. */
export function samePort(a: PortRange, b: PortRange): boolean {
  return comparePorts(a, b) === 0;
}

/** True when `port` falls within the range (all traffic covers every port). */
export function rangeCovers(range: PortRange, port: number, protocol: 'tcp' | 'udp' = 'tcp'): boolean {
  if (range.protocol === 'all') return true;
  return range.protocol === protocol && range.from <= port && port <= range.to;
}
