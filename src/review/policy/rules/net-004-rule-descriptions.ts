import { firewallRules } from '../../firewall/read';
import { resourcesOfType } from '../../terraform/json';
import { text } from '../../terraform/values';
import { verdict, type Finding, type PolicyRule } from '../rule';

function described(resource: string, description: unknown): Finding {
  return verdict(resource, text(description) !== undefined, 'has a description', 'has no description: a reviewer cannot tell what the traffic is for');
}

/** Firewall rules should say what they are for: the matrix's `use` becomes every rule's description. */
export const ruleWithoutDescription: PolicyRule = {
  id: 'CIK-NET-004',
  level: 'warning',
  title: 'Firewall rule without a description',
  explanation:
    'Every rule of the matrix has a `use` (“SSH”, “Incoming Webhooks”) that the adapters write as the rule’s description. A rule without one cannot be traced back to the matrix by a reviewer or an auditor.',
  fix: 'Set `description` on the security group, rule, firewall or NSG rule from the matrix rule’s `use`.',
  mirrors: ['checkov CKV_AWS_23', 'trivy AWS-0099', 'trivy AWS-0124', 'cdk-nag AwsSolutions-EC27'],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) => [
    // A security group describes itself as well as each of its rules.
    ...resourcesOfType(stack, 'aws_security_group').map((group) => described(group.address, group.attributes.description)),
    ...firewallRules(stack).map((rule) => described(rule.resource, rule.description)),
  ],
};
