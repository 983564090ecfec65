import { buildMatrix } from '../../../src/firewall/matrix';
import type { CidrPeer } from '../../../src/firewall/model';
import { Port } from '../../../src/firewall/ports';
import { policyContextFromMatrix } from '../../../src/review/policy';
import { worldOpenBeyondMatrix } from '../../../src/review/policy/rules/net-002-world-open-inbound';
import { FIXTURE_CONTEXT, failingStack, resources } from './fixtures';

const peer = (name: string, ingressCidrs: string[], egressCidrs: string[] = ingressCidrs): CidrPeer => ({ name, ingressCidrs, egressCidrs });

describe('the policy context', () => {
  it('GIVEN a matrix with administrators open to the world WHEN read THEN SSH and the admin console are allowed world-open inbound', () => {
    const matrix = buildMatrix({
      administrators: peer('administrators', ['0.0.0.0/0']),
      endUsers: peer('endUsers', ['198.51.100.0/24']),
      github: peer('github', ['192.30.252.0/22'], ['0.0.0.0/0']),
      internet: peer('internet', ['0.0.0.0/0']),
    });
    const inbound = policyContextFromMatrix(matrix).worldOpen.filter((a) => a.direction === 'inbound');
    expect(inbound.map((a) => a.rule).sort()).toEqual(['builders-api-administrators', 'builders-ssh-administrators', 'services-admin-console-administrators', 'services-ssh-administrators']);
    expect(inbound.find((a) => a.rule === 'services-admin-console-administrators')).toEqual({
      role: 'servicesBox',
      direction: 'inbound',
      ports: [Port.tcp(8800)],
      cidr: '0.0.0.0/0',
      rule: 'services-admin-console-administrators',
    });
  });

  it('GIVEN a world-open range WHEN the matrix allows it in two pieces THEN the rule is within the matrix', () => {
    const stack = failingStack('aws', (s) => (resources(s, 'aws_vpc_security_group_ingress_rule').services_https_world.to_port = 444));
    const context = { worldOpen: [...FIXTURE_CONTEXT.worldOpen, { role: 'servicesBox' as const, direction: 'inbound' as const, ports: [Port.tcp(444)], cidr: '0.0.0.0/0', rule: 'x' }] };
    const finding = worldOpenBeyondMatrix.check(stack, context).find((f) => f.resource === 'aws_vpc_security_group_ingress_rule.services_https_world');
    expect(finding?.status).toBe('compliant');
    expect(worldOpenBeyondMatrix.check(stack, FIXTURE_CONTEXT).find((f) => f.resource === finding?.resource)?.status).toBe('non-compliant');
  });

  it('GIVEN a world-open rule of no known role WHEN judged THEN it is beyond the matrix', () => {
    const stack = failingStack('aws', (s) => (resources(s, 'aws_vpc_security_group_ingress_rule').stray = { security_group_id: 'sg-123', cidr_ipv4: '0.0.0.0/0', ip_protocol: 'tcp', from_port: 443, to_port: 443 }));
    const finding = worldOpenBeyondMatrix.check(stack, FIXTURE_CONTEXT).find((f) => f.resource === 'aws_vpc_security_group_ingress_rule.stray');
    expect(finding).toMatchObject({ status: 'non-compliant', message: expect.stringMatching(/boxes of no known role/) });
  });
});
