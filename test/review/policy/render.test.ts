import { policyJson, renderPolicyMarkdown, runPolicies } from '../../../src/review/policy';
import { FIXTURE_CONTEXT, failingStack, passingStack, resources } from './fixtures';

function flawed() {
  return failingStack('aws', (s) => {
    resources(s, 'aws_instance').services_box.disable_api_termination = false;
    resources(s, 'aws_launch_template').builders.metadata_options.http_tokens = 'optional';
  });
}

describe('rendering policy results', () => {
  it('GIVEN findings WHEN rendered as markdown THEN a table lists level, rule, resource, message, fix, mirrors and the reason of acknowledged ones', () => {
    const result = runPolicies(flawed(), 'aws', FIXTURE_CONTEXT, [{ rule: 'CIK-PROT-001', reason: 'throwaway | staging box' }]);
    const markdown = renderPolicyMarkdown(result);
    expect(markdown).toMatch(/^2 errors \(1 acknowledged\), 0 warnings, 0 info;/);
    expect(markdown).toContain('| Level | Rule');
    expect(markdown).toMatch(/\| error +\| CIK-META-001 +\| aws_launch_template\.builders +\| sets metadata_options\.http_tokens to "optional" +\| Set `metadata_options/);
    expect(markdown).toContain('checkov CKV_AWS_79');
    expect(markdown).toContain('throwaway \\| staging box');
    expect(markdown).toContain('**Unacknowledged errors: the review fails.**');
  });

  it('GIVEN no non-compliant finding WHEN rendered as markdown THEN it says so and shows no table', () => {
    const markdown = renderPolicyMarkdown(runPolicies(passingStack('aws'), 'aws', FIXTURE_CONTEXT, [{ rule: 'CIK-NET-001', reason: 'kept for the lab' }]));
    expect(markdown).toContain('No findings: every applicable rule passes.');
    expect(markdown).not.toContain('| Level');
    expect(markdown).toContain('Acknowledgements not needed here: CIK-NET-001 (kept for the lab).');
  });

  it('GIVEN the same stack twice WHEN rendered as JSON THEN the text is identical and starts with the summary', () => {
    const once = JSON.stringify(policyJson(runPolicies(flawed(), 'aws', FIXTURE_CONTEXT, [])));
    const twice = JSON.stringify(policyJson(runPolicies(flawed(), 'aws', FIXTURE_CONTEXT, [])));
    expect(once).toBe(twice);
    expect(Object.keys(JSON.parse(once))).toEqual(['cloud', 'summary', 'rules', 'findings', 'unusedAcknowledgements']);
  });

  it('GIVEN findings WHEN rendered as JSON THEN the summary counts non-compliant findings per level and says whether the review fails', () => {
    const json = policyJson(runPolicies(flawed(), 'aws', FIXTURE_CONTEXT, [{ rule: 'CIK-PROT-001', reason: 'throwaway staging box' }]));
    expect(json.summary).toEqual({ nonCompliant: { error: 2, warning: 0, info: 0 }, acknowledged: 1, failing: true });
    expect(json.findings.find((f) => f.rule === 'CIK-PROT-001' && f.status === 'non-compliant')).toEqual({
      rule: 'CIK-PROT-001',
      level: 'error',
      resource: 'aws_instance.services_box',
      status: 'non-compliant',
      message: 'disable_api_termination is not true',
      acknowledged: 'throwaway staging box',
    });
  });
});
