import { formatPort, parsePort, Port, portToken } from '../../src/firewall';

describe('ports', () => {
  it.each([
    [22, Port.tcp(22)],
    ['80', Port.tcp(80)],
    ['64535-65535', Port.tcpRange(64535, 65535)],
    ['53/udp', Port.udp(53)],
    ['all', Port.allTraffic()],
  ])('GIVEN %p THEN it parses to the right range', (text, expected) => {
    expect(parsePort(text)).toEqual(expected);
  });

  it.each([0, 70000, '20-10', 'ssh', '22/icmp', '-5'])('GIVEN %p THEN it is refused with a sentence', (text) => {
    expect(typeof parsePort(text)).toBe('string');
  });

  it('GIVEN ranges THEN they render as the seed writes them and as stable tokens', () => {
    expect(formatPort(Port.tcpRange(64535, 65535))).toBe('64535-65535');
    expect(formatPort(Port.allTraffic())).toBe('all traffic / all ports');
    expect(portToken(Port.udp(53))).toBe('udp53');
  });
});
