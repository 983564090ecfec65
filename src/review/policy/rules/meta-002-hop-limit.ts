import { computeOfRole } from '../../terraform/roles';
import { verdict, type PolicyRule } from '../rule';
import { block, numberOf } from '../../terraform/values';

/** Builders' metadata reachable from build containers through an extra network hop. */
export const builderHopLimit: PolicyRule = {
  id: 'CIK-META-002',
  level: 'error',
  title: 'Builders’ metadata hop limit above 1',
  explanation:
    'Build containers sit one network hop behind the builder. With a hop limit of 1 the IMDSv2 token response dies at the container bridge, so a build cannot act with the builder’s cloud identity; AMIs such as Amazon Linux 2023 default to 2.',
  fix: 'Set `metadata_options { http_put_response_hop_limit = 1 }` on the builders’ launch template.',
  mirrors: ['checkov CKV_AWS_341'],
  clouds: ['aws'],
  check: (stack) =>
    computeOfRole(stack, 'builders', ['aws_launch_template', 'aws_instance']).map((resource) => {
      const limit = numberOf(block(resource.attributes.metadata_options)?.http_put_response_hop_limit);
      return verdict(
        resource.address,
        limit === 1,
        'limits the metadata response to one hop',
        limit === undefined ? 'does not set http_put_response_hop_limit, so the AMI’s default (2 on some) applies' : `sets http_put_response_hop_limit to ${limit}`,
      );
    }),
};
