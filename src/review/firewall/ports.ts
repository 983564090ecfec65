import { formatPort, Port, type PortRange, type Protocol } from '../../firewall/ports';
import { numberOf } from '../terraform/values';

/** Every protocol on every port, as the matrix writes all traffic. */
export const ALL_TRAFFIC: PortRange<string> = Port.allTraffic();

/** A protocol as one word: AWS `-1` and numbers, GCP `all`, Azure `*` and `Tcp`. */
export function normalProtocol(protocol: unknown): string {
  const value = String(protocol ?? 'all').trim().toLowerCase();
  if (value === '-1' || value === '*' || value === 'all' || value === 'asterisk') return 'all';
  if (value === '6') return 'tcp';
  if (value === '17') return 'udp';
  return value;
}

/** Reads `22`, `64535-65535` or `*` (every port) as a range of the protocol; undefined for anything else. */
export function portSpan(protocol: string, spec: string): PortRange<string> | undefined {
  const value = spec.trim();
  if (value === '*' || value === '') return { protocol, from: 0, to: 65535 };
  const m = /^(\d+)(?:-(\d+))?$/.exec(value);
  return m ? { protocol, from: Number(m[1]), to: Number(m[2] ?? m[1]) } : undefined;
}

/** A protocol and a from / to pair as AWS writes them (`-1` for all traffic, which has no ports). */
export function awsPorts(protocol: unknown, from: unknown, to: unknown): PortRange<string> {
  const p = normalProtocol(protocol);
  if (p === 'all') return ALL_TRAFFIC;
  const first = numberOf(from) ?? 0;
  return { protocol: p, from: first, to: numberOf(to) ?? first };
}

/** A comparable key for ports: `tcp:22-22`. */
export function portKey(port: PortRange<string>): string {
  return `${port.protocol}:${port.from}-${port.to}`;
}

/** True for the protocols the matrix knows (tcp, udp, all); other protocols have no place in its tables. */
export function isMatrixProtocol(port: PortRange<string>): port is PortRange<Protocol> {
  return port.protocol === 'tcp' || port.protocol === 'udp' || port.protocol === 'all';
}

/** Ports as the seed document writes them (`22`, `64535-65535`, `53/udp`), other protocols by name. */
export function formatStackPorts(port: PortRange<string>): string {
  return isMatrixProtocol(port) ? formatPort(port) : `${port.protocol} ${port.from}-${port.to}`;
}

/** True when the ports carry traffic on the given TCP port. */
export function carriesTcp(ports: PortRange<string>, port: number): boolean {
  return (ports.protocol === 'all' || ports.protocol === 'tcp') && ports.from <= port && port <= ports.to;
}

/** True when the ports are every protocol on every port. */
export function isAllTraffic(ports: PortRange<string>): boolean {
  return portKey(ports) === portKey(ALL_TRAFFIC);
}
