import { isIPv6 } from 'node:net';

/** Parsed IPv4 network: base address as an unsigned 32-bit number and prefix length. */
export interface Ipv4Network {
  /** The network address. */
  readonly base: number;
  /** Prefix length, 0-32. */
  readonly prefix: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses a dotted-quad IPv4 address into an unsigned 32-bit number, or undefined when it is not one. */
export function parseIpv4(address: string): number | undefined {
  const m = IPV4.exec(address);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  if (octets.some((o, i) => o > 255 || (m[i + 1].length > 1 && m[i + 1].startsWith('0')))) return undefined;
  return ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
}

/** Formats an unsigned 32-bit number as a dotted-quad IPv4 address. */
export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Parses `a.b.c.d/n` into a network, or undefined when the text is not an IPv4 CIDR. */
export function parseIpv4Cidr(cidr: string): (Ipv4Network & { readonly hostBitsSet: boolean }) | undefined {
  const [address, prefixText, extra] = cidr.split('/');
  // No leading zero ("/08"), as in the address: one network, one spelling.
  if (extra !== undefined || prefixText === undefined || !/^(0|[1-9]\d?)$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const value = parseIpv4(address);
  if (value === undefined || prefix > 32) return undefined;
  const base = (value & maskOf(prefix)) >>> 0;
  return { base, prefix, hostBitsSet: base !== value };
}

/** True when `inner` lies entirely inside `outer`. */
export function ipv4CidrContains(outer: string, inner: string): boolean {
  const o = parseIpv4Cidr(outer);
  const i = parseIpv4Cidr(inner);
  if (!o || !i || i.prefix < o.prefix) return false;
  return ((i.base & maskOf(o.prefix)) >>> 0) === o.base;
}

/** True when the address lies inside the IPv4 CIDR. */
export function ipv4InCidr(address: string, cidr: string): boolean {
  return ipv4CidrContains(cidr, `${address}/32`);
}

/** The n-th subnet of the given prefix length inside a network, e.g. subnet('10.0.0.0/16', 24, 2) = 10.0.2.0/24. */
export function subnetOf(cidr: string, newPrefix: number, index: number): string {
  const network = parseIpv4Cidr(cidr);
  if (!network || newPrefix < network.prefix || newPrefix > 32) {
    throw new RangeError(`cannot carve a /${newPrefix} out of ${cidr}`);
  }
  const count = 2 ** (newPrefix - network.prefix);
  if (index < 0 || index >= count) throw new RangeError(`${cidr} holds ${count} /${newPrefix} subnets, not ${index + 1}`);
  return `${formatIpv4(network.base + index * 2 ** (32 - newPrefix))}/${newPrefix}`;
}

/** The n-th host address of a network (0 is the network address itself). */
export function hostOf(cidr: string, index: number): string {
  const network = parseIpv4Cidr(cidr);
  if (!network) throw new RangeError(`${cidr} is not an IPv4 CIDR`);
  return formatIpv4(network.base + index);
}

/** True when the CIDR (IPv4 or IPv6) is the whole address space. */
export function isWorldOpen(cidr: string): boolean {
  return /\/0$/.test(cidr.trim());
}

/** Parses an IPv6 address (any form Node's own parser accepts, without a zone) into a 128-bit number. */
export function parseIpv6(address: string): bigint | undefined {
  if (address.includes('%') || !isIPv6(address)) return undefined;
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]);
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, dotted.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const written = [...groups(head), ...groups(tail)];
  const all = tail === undefined ? written : [...groups(head), ...Array<string>(8 - written.length).fill('0'), ...groups(tail)];
  return all.reduce((value, group) => (value << 16n) + BigInt(`0x${group}`), 0n);
}

/** Parses `address/n` into an IPv6 network, or undefined when the text is not an IPv6 CIDR (prefix 0-128). */
export function parseIpv6Cidr(cidr: string): { readonly base: bigint; readonly prefix: number; readonly hostBitsSet: boolean } | undefined {
  const [address, prefixText, extra] = cidr.split('/');
  if (extra !== undefined || prefixText === undefined || !/^(0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > 128) return undefined;
  const value = parseIpv6(address);
  if (value === undefined) return undefined;
  const prefix = Number(prefixText);
  const hostMask = (1n << BigInt(128 - prefix)) - 1n;
  return { base: value & ~hostMask, prefix, hostBitsSet: (value & hostMask) !== 0n };
}

/** Private and shared address space (RFC 1918, RFC 6598): reachable only through routes a network owner sets up. */
const PRIVATE_IPV4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];

/** The private block an IPv4 CIDR lies in, or undefined for a range that is (or holds) public space. */
export function privateBlockOf(cidr: string): string | undefined {
  return PRIVATE_IPV4.find((block) => ipv4CidrContains(block, cidr));
}
