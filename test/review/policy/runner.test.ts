import { CLOSED_CONTEXT, hasUnacknowledgedErrors, runPolicies, unacknowledged, type PolicyRule } from '../../../src/review/policy';
import { compliant, nonCompliant } from '../../../src/review/policy/rule';
import { FIXTURE_CONTEXT, failingStack, passingStack, resources } from './fixtures';

/** GIVEN a stack whose services box allows IMDSv1 (an error) and has a rule without description (a warning). */
function flawedAws() {
  return failingStack('aws', (s) => {
    resources(s, 'aws_instance').services_box.metadata_options.http_tokens = 'optional';
    delete resources(s, 'aws_vpc_security_group_ingress_rule').services_ssh.description;
  });
}

describe('running the pack', () => {
  it('GIVEN the passing fixture WHEN run THEN nothing fails and every rule for the cloud passes', () => {
    const result = runPolicies(passingStack('aws'), 'aws', FIXTURE_CONTEXT, []);
    expect(hasUnacknowledgedErrors(result)).toBe(false);
    expect(unacknowledged(result)).toEqual([]);
    expect(result.rules.every((rule) => rule.outcome === 'passed')).toBe(true);
  });

  it('GIVEN an error WHEN nobody acknowledges it THEN the result has unacknowledged errors', () => {
    const result = runPolicies(flawedAws(), 'aws', FIXTURE_CONTEXT, []);
    expect(hasUnacknowledgedErrors(result)).toBe(true);
    expect(result.rules.find((r) => r.id === 'CIK-META-001')?.outcome).toBe('failed');
  });

  it('GIVEN an error WHEN the topology acknowledges its rule THEN it is marked with the reason and no longer counts', () => {
    const result = runPolicies(flawedAws(), 'aws', FIXTURE_CONTEXT, [{ rule: 'CIK-META-001', reason: 'legacy AMI reads IMDSv1 until March' }]);
    const finding = result.findings.find((f) => f.rule === 'CIK-META-001' && f.status === 'non-compliant');
    expect(finding?.acknowledged).toBe('legacy AMI reads IMDSv1 until March');
    expect(hasUnacknowledgedErrors(result)).toBe(false);
    // The warning is still unacknowledged, but warnings do not fail the review.
    expect(unacknowledged(result).map((f) => f.rule)).toEqual(['CIK-NET-004']);
  });

  it('GIVEN an error WHEN the topology acknowledges another rule THEN the error still counts and the acknowledgement is reported unused', () => {
    const ack = { rule: 'CIK-NET-001', reason: 'lab network behind a perimeter firewall' };
    const result = runPolicies(flawedAws(), 'aws', FIXTURE_CONTEXT, [ack]);
    expect(hasUnacknowledgedErrors(result)).toBe(true);
    expect(result.unusedAcknowledgements).toEqual([ack]);
  });

  it('GIVEN compliant findings of an acknowledged rule THEN they are not marked acknowledged', () => {
    const result = runPolicies(passingStack('aws'), 'aws', FIXTURE_CONTEXT, [{ rule: 'CIK-META-001', reason: 'not needed after all' }]);
    expect(result.findings.filter((f) => f.acknowledged !== undefined)).toEqual([]);
  });

  it('GIVEN a stack with no resources a rule looks at WHEN run THEN the rule is not applicable and has no findings', () => {
    const result = runPolicies({ resource: { aws_vpc: { main: { cidr_block: '10.0.0.0/16' } } } }, 'aws', CLOSED_CONTEXT, []);
    expect(result.rules.find((r) => r.id === 'CIK-DRAIN-001')?.outcome).toBe('not-applicable');
    expect(result.findings.filter((f) => f.rule === 'CIK-DRAIN-001')).toEqual([]);
    expect(hasUnacknowledgedErrors(result)).toBe(false);
  });

  it('GIVEN a cloud WHEN run THEN only the rules for that cloud apply', () => {
    const ids = runPolicies(passingStack('gcp'), 'gcp', FIXTURE_CONTEXT, []).rules.map((r) => r.id);
    expect(ids).toContain('CIK-IAM-001');
    expect(ids).not.toContain('CIK-META-001');
    expect(ids).not.toContain('CIK-AUTH-001');
  });

  it('GIVEN findings of several levels WHEN run THEN they come errors first, then by rule and resource', () => {
    const rules: PolicyRule[] = [
      { id: 'CIK-T-002', level: 'warning', title: 't', explanation: 'e', fix: 'f', mirrors: [], clouds: ['aws'], check: () => [nonCompliant('b', 'w')] },
      { id: 'CIK-T-001', level: 'error', title: 't', explanation: 'e', fix: 'f', mirrors: [], clouds: ['aws'], check: () => [compliant('z', 'ok'), nonCompliant('a', 'x')] },
    ];
    const result = runPolicies({}, 'aws', CLOSED_CONTEXT, [], rules);
    expect(result.findings.map((f) => `${f.level} ${f.rule} ${f.resource}`)).toEqual(['error CIK-T-001 a', 'error CIK-T-001 z', 'warning CIK-T-002 b']);
    expect(result.rules.map((r) => r.id)).toEqual(['CIK-T-001', 'CIK-T-002']);
  });
});
