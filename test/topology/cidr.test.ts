import { parseIpv6, parseIpv6Cidr } from '../../src/topology/cidr';

describe('IPv6 addresses', () => {
  it.each([
    ['::', 0n],
    ['::1', 1n],
    ['1:2:3:4:5:6:7:8', 0x0001_0002_0003_0004_0005_0006_0007_0008n],
    ['2001:db8::', 0x2001_0db8n << 96n],
    ['2001:db8::ff00:42:8329', (0x2001_0db8n << 96n) + 0xff00_0042_8329n],
    ['::ffff:192.0.2.1', 0xffff_c000_0201n],
    ['1::', 1n << 112n],
  ])('GIVEN %s THEN it reads as its 128-bit number', (address, value) => {
    expect(parseIpv6(address)).toBe(value);
  });

  it.each(['fe80::1%eth0', '1::2::3', '12345::', '::ffff:300.0.2.1', '203.0.113.1', ''])('GIVEN %s THEN it is not an address', (address) => {
    expect(parseIpv6(address)).toBeUndefined();
  });
});

describe('IPv6 networks', () => {
  it('GIVEN a network address THEN no host bits are set', () => {
    expect(parseIpv6Cidr('2001:db8::/32')).toEqual({ base: 0x2001_0db8n << 96n, prefix: 32, hostBitsSet: false });
    expect(parseIpv6Cidr('::/0')).toEqual({ base: 0n, prefix: 0, hostBitsSet: false });
    expect(parseIpv6Cidr('2001:db8::1/128')?.hostBitsSet).toBe(false);
  });

  it('GIVEN bits past the prefix THEN they are reported, and the base is the network address', () => {
    expect(parseIpv6Cidr('2001:db8::1/32')).toEqual({ base: 0x2001_0db8n << 96n, prefix: 32, hostBitsSet: true });
    expect(parseIpv6Cidr('2001:db8:0:1::/63')?.hostBitsSet).toBe(true);
    expect(parseIpv6Cidr('2001:db8:0:2::/63')?.hostBitsSet).toBe(false);
  });

  it.each(['2001:db8::/129', '2001:db8::/064', '2001:db8::', '2001:db8::/32/1', 'fe80::%eth0/64', '2001:db8::/-1'])('GIVEN %s THEN it is not a network', (cidr) => {
    expect(parseIpv6Cidr(cidr)).toBeUndefined();
  });
});
