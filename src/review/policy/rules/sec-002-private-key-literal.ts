import { nonCompliant, verdict, type PolicyRule } from '../rule';
import { hasPrivateKey } from '../secrets';
import { allResources } from '../../terraform/json';
import { stringsWithin } from '../../terraform/values';

/** A private key written literally anywhere in the stack's resources or variable defaults. */
export const privateKeyLiteral: PolicyRule = {
  id: 'CIK-SEC-002',
  level: 'error',
  title: 'Private key as a literal in the configuration',
  explanation:
    'A literal PEM private key in the synthesized Terraform ends up in version control, CI logs, state and plans. The TLS key in particular must reach the services box only through the secret store, from a sensitive variable or an existing secret.',
  fix: 'Pass the key as a sensitive variable (certificate.privateKey: { variable: ... }) or reference an existing secret; never write it into the topology or the code.',
  mirrors: ['checkov CKV_SECRET_13', 'trivy secret private-key'],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) => [
    ...allResources(stack).map((resource) =>
      verdict(resource.address, !stringsWithin(resource.attributes).some(hasPrivateKey), 'holds no literal private key', 'holds a literal PEM private key'),
    ),
    ...Object.entries(stack.variable ?? {})
      .filter(([, variable]) => typeof variable.default === 'string' && hasPrivateKey(variable.default))
      .map(([name]) => nonCompliant(`var.${name}`, 'has a literal PEM private key as its default')),
  ],
};
