import { formatPort } from '../../firewall/ports';
import { normalProtocol, type RenderedPorts } from '../policy/firewall-rule';
import { numberOf } from '../policy/values';

/** Every protocol on every port, as the matrix writes all traffic. */
export const ALL_TRAFFIC: RenderedPorts = { protocol: 'all', from: 0, to: 65535 };

/** A protocol and a from / to pair as AWS writes them (`-1` for all traffic, which has no ports). */
export function awsPorts(protocol: unknown, from: unknown, to: unknown): RenderedPorts {
  const p = normalProtocol(protocol);
  if (p === 'all') return ALL_TRAFFIC;
  const first = numberOf(from) ?? 0;
  return { protocol: p, from: first, to: numberOf(to) ?? first };
}

/** A comparable key for ports: `tcp:22-22`. */
export function portKey(port: RenderedPorts): string {
  return `${port.protocol}:${port.from}-${port.to}`;
}

/** True for the protocols the matrix knows (tcp, udp, all); other protocols have no place in its tables. */
export function isMatrixProtocol(port: RenderedPorts): port is RenderedPorts & { protocol: 'tcp' | 'udp' | 'all' } {
  return port.protocol === 'tcp' || port.protocol === 'udp' || port.protocol === 'all';
}

/** Ports as the seed document writes them (`22`, `64535-65535`, `53/udp`), other protocols by name. */
export function formatRenderedPort(port: RenderedPorts): string {
  return isMatrixProtocol(port) ? formatPort(port) : `${port.protocol} ${port.from}-${port.to}`;
}
