import { verdict, type Finding, type PolicyRule } from '../rule';
import { resourcesOfType, type Attributes, type TerraformJson } from '../terraform-json';
import { blocks, text } from '../values';

/** Resources that are firewall rules (or groups of them) and take a description. */
const DESCRIBED_TYPES = [
  'aws_security_group',
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
  'google_compute_firewall',
  'azurerm_network_security_rule',
];

/** Where rules sit inline inside a group, by the group's type. */
const INLINE_RULES: Readonly<Record<string, readonly string[]>> = {
  aws_security_group: ['ingress', 'egress'],
  aws_default_security_group: ['ingress', 'egress'],
  azurerm_network_security_group: ['security_rule'],
};

function described(resource: string, a: Attributes): Finding {
  return verdict(resource, text(a.description) !== undefined, 'has a description', 'has no description: a reviewer cannot tell what the traffic is for');
}

function inlineRules(stack: TerraformJson): Finding[] {
  return resourcesOfType(stack, ...Object.keys(INLINE_RULES)).flatMap((group) =>
    INLINE_RULES[group.type].flatMap((kind) => blocks(group.attributes[kind]).map((rule, i) => described(`${group.address} (${kind}[${i}])`, rule))),
  );
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
  check: (stack) => [...resourcesOfType(stack, ...DESCRIBED_TYPES).map((r) => described(r.address, r.attributes)), ...inlineRules(stack)],
};
