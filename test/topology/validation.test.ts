import { parseTopology, parseTopologyText } from '../../src/topology';
import { defaultTopologyData, issueAt, issuesOf, merge } from '../helpers/topology';

describe('topology validation', () => {
  it('GIVEN the default topology WHEN it is parsed THEN it is valid and defaults are applied', () => {
    const spec = parseTopology(defaultTopologyData());
    expect(spec.clouds).toEqual(['aws', 'gcp', 'azure']);
    expect(spec.servicesBox.protection).toBe(true);
    expect(spec.servicesBox.backup).toEqual({ frequency: 'daily', at: '03:00', weekday: 'SUN', retention: 7 });
    expect(spec.builders.drainTimeoutSeconds).toBeUndefined();
    expect(spec.network.administrators).toEqual(['203.0.113.0/24']);
  });

  it('GIVEN a wrong type THEN the message names the path, the value and the expected type', () => {
    const issue = issueAt({ builders: { container: { cpus: 'two' } } }, 'builders.container.cpus');
    expect(issue.value).toBe('two');
    expect(issue.message).toMatch(/must be number, not a string/);
  });

  it('GIVEN an unknown key THEN the message lists the keys allowed there', () => {
    const issue = issueAt({ builders: { containerz: 3 } }, 'builders.containerz');
    expect(issue.message).toMatch(/not a known key/);
    expect(issue.message).toMatch(/containers, count, container, reserve/);
  });

  it.each([
    ['10.0.0.0/33', /not a CIDR/],
    ['10.0.0.5/16', /host bits/],
    ['300.1.1.1/32', /not a CIDR/],
    ['banana', /not a CIDR/],
  ])('GIVEN the administrator range %s THEN it is rejected at its index', (cidr, message) => {
    const issue = issueAt({ network: { administrators: ['203.0.113.0/24', cidr] } }, 'network.administrators[1]');
    expect(issue.message).toMatch(message);
    expect(issue.value).toBe(cidr);
  });

  it('GIVEN no administrator ranges THEN they are required', () => {
    expect(issueAt({ network: { administrators: undefined } }, 'network.administrators').message).toMatch(/required/);
    expect(issueAt({ network: { administrators: [] } }, 'network.administrators').message).toMatch(/at least 1/);
  });

  it('GIVEN administrators open to the world without acknowledgement THEN it is refused; WITH one and a reason THEN it passes', () => {
    expect(issueAt({ network: { administrators: ['0.0.0.0/0'] } }, 'network.administrators[0]').message).toMatch(/CIK-NET-001/);
    const spec = parseTopology(
      merge(defaultTopologyData(), {
        network: { administrators: ['0.0.0.0/0'] },
        acknowledgements: [{ rule: 'CIK-NET-001', reason: 'lab network behind a separate perimeter firewall' }],
      }),
    );
    expect(spec.network.administrators).toEqual(['0.0.0.0/0']);
  });

  it('GIVEN an acknowledgement without a reason THEN it is a validation error', () => {
    expect(issueAt({ acknowledgements: [{ rule: 'CIK-AWS-001' }] }, 'acknowledgements[0].reason').message).toMatch(/required/);
    expect(issueAt({ acknowledgements: [{ rule: 'CIK-AWS-001', reason: ' ' }] }, 'acknowledgements[0].reason').message).toMatch(/reason/);
  });

  it('GIVEN containers < 1 THEN the message says what is allowed', () => {
    const issue = issueAt({ builders: { containers: 0 } }, 'builders.containers');
    expect(issue.value).toBe(0);
    expect(issue.message).toMatch(/at least 1/);
  });

  it('GIVEN a selected cloud without its section THEN the section is named', () => {
    expect(issueAt({ gcp: undefined }, 'gcp').message).toMatch(/clouds includes gcp/);
  });

  it('GIVEN both containers and count THEN count is refused; GIVEN count THEN every cloud needs an instance type', () => {
    expect(issueAt({ builders: { count: 3 } }, 'builders.count').message).toMatch(/together with builders.containers/);
    const issues = issuesOf({ builders: { containers: undefined, count: 3 } });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['aws.builders.instanceType', 'gcp.builders.instanceType', 'azure.builders.instanceType']));
  });

  it('GIVEN protection off in a lasting installation THEN it is refused; in a throwaway one THEN it is allowed', () => {
    expect(issueAt({ servicesBox: { protection: false } }, 'servicesBox.protection').message).toMatch(/throwaway/);
    expect(parseTopology(merge(defaultTopologyData(), { throwaway: true, servicesBox: { protection: false } })).servicesBox.protection).toBe(false);
  });

  it('GIVEN several problems THEN every one is reported', () => {
    const issues = issuesOf({ name: 'Bad_Name', builders: { containers: -1 }, clouds: ['aws', 'mars'] });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['name', 'builders.containers', 'clouds[1]']));
    expect(issues.find((i) => i.path === 'clouds[1]')?.message).toMatch(/aws, gcp, azure/);
  });

  it('GIVEN a firewall rule with a bad port THEN the port is named', () => {
    const rule = { name: 'services-metrics', role: 'servicesBox', peer: 'administrators', ports: [9100, '9100-90'], use: 'metrics scrape' };
    expect(issueAt({ firewall: { add: [rule] } }, 'firewall.add[0].ports[1]').message).toMatch(/starts after it ends/);
  });

  it('GIVEN a firewall rule with an unknown peer THEN the known peers are listed', () => {
    const rule = { name: 'services-metrics', role: 'servicesBox', peer: 'nobody', ports: [9100], use: 'metrics scrape' };
    expect(issueAt({ firewall: { add: [rule] } }, 'firewall.add[0].peer').message).toMatch(/not a known peer \(allowed: servicesBox, builders, endUsers/);
  });

  it('GIVEN an existing secret without an entry for a selected cloud THEN that entry is named', () => {
    const issue = issueAt(
      { github: { clientSecret: { variable: undefined, existing: { aws: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:gh-AbCdEf' } } } },
      'github.clientSecret.existing.gcp',
    );
    expect(issue.message).toMatch(/gcp is selected/);
  });

  it('GIVEN a file that is not YAML, not a mapping, or binary THEN the file itself is the problem', () => {
    expect(() => parseTopologyText('name: [unclosed', 'x.yaml')).toThrow(/not valid YAML\/JSON at line 1/);
    expect(() => parseTopologyText('- just\n- a list\n', 'x.yaml')).toThrow(/must be a mapping/);
    expect(() => parseTopologyText('\u0000\u0001binary', 'x.yaml')).toThrow(/binary/);
  });

  it('GIVEN JSON text THEN it is accepted like YAML', () => {
    expect(parseTopologyText(JSON.stringify(defaultTopologyData())).name).toBe('ci');
  });
});

describe('topology validation of edge values', () => {
  it.each(['2001:db8:::/48', ':1::/64', '2001:db8::/129', '2001:db8::'])('GIVEN the malformed IPv6 range %s THEN it is refused', (cidr) => {
    expect(issueAt({ network: { endUsers: [cidr] } }, 'network.endUsers[0]').message).toMatch(/IPv6/);
  });

  it.each(['2001:db8::1/32', '2001:db8:0:1::/63', '::ffff:192.0.2.1/120'])('GIVEN the IPv6 range %s with host bits set THEN it is refused as an IPv4 one would be', (cidr) => {
    expect(issueAt({ network: { endUsers: [cidr] } }, 'network.endUsers[0]').message).toMatch(/host bits/);
  });

  it.each(['2001:db8::/32', '::/0', '::ffff:192.0.2.0/120'])('GIVEN the well-formed IPv6 range %s THEN it is refused: the installation is IPv4-only', (cidr) => {
    expect(issueAt({ network: { endUsers: [cidr] } }, 'network.endUsers[0]').message).toMatch(/is an IPv6 range .*IPv4-only .*A record/);
  });

  it('GIVEN 46 tags THEN the tag map is refused, as AWS would refuse the resources', () => {
    const tags = Object.fromEntries(Array.from({ length: 46 }, (_, i) => [`k${i}`, 'v']));
    expect(issueAt({ tags }, 'tags').message).toMatch(/at most 45 tags/);
  });
});
