import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType } from '../../terraform/json';
import { block } from '../../terraform/values';

/** Instance metadata without session tokens (IMDSv1). */
export const imdsV2NotRequired: PolicyRule = {
  id: 'CIK-META-001',
  level: 'error',
  title: 'Instance metadata without IMDSv2 tokens',
  explanation:
    'IMDSv1 answers any GET to 169.254.169.254, so a server-side request forgery in CircleCI or in a build’s service reads the instance role’s credentials. IMDSv2 needs a PUT for a session token first, which such requests cannot make.',
  fix: 'Set `metadata_options { http_tokens = "required" }` on every aws_instance and launch template (scripts that read metadata must fetch a token first).',
  mirrors: ['checkov CKV_AWS_79', 'trivy AWS-0028', 'trivy AWS-0130', 'KICS Instance Uses Metadata Service IMDSv1', 'terrascan AC_AWS_0479', 'cdk-nag EC2IMDSv2Enabled'],
  clouds: ['aws'],
  check: (stack) =>
    resourcesOfType(stack, 'aws_instance', 'aws_launch_template').map((resource) => {
      const options = block(resource.attributes.metadata_options);
      const disabled = options?.http_endpoint === 'disabled';
      const tokens = options?.http_tokens;
      return verdict(
        resource.address,
        disabled || tokens === 'required',
        disabled ? 'has the metadata endpoint disabled' : 'requires IMDSv2 session tokens',
        tokens === undefined ? 'does not set metadata_options.http_tokens, so IMDSv1 stays on' : `sets metadata_options.http_tokens to "${String(tokens)}"`,
      );
    }),
};
