import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';
import { SecretsmanagerSecretVersion } from '@cdktf/provider-aws/lib/secretsmanager-secret-version';
import { Construct } from 'constructs';
import type { CloudSecret, ResolvedTopology } from '../../topology/resolved';
import { sensitiveVariable } from '../shared/sensitive-variable';
import { awsName } from './names';

/** Where a secret's value comes from: an existing secret's ARN, a sensitive variable, or a Terraform expression. */
export type SecretSource = CloudSecret | { readonly kind: 'value'; readonly value: string };

/** Props of AwsStoredSecret. */
export interface AwsStoredSecretProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** What the secret is, as its name ends: `github-client-secret`. */
  readonly slug: string;
  /** What the secret holds, in words. */
  readonly description: string;
  /** Where the value comes from. */
  readonly source: SecretSource;
}

/**
 * A value in Secrets Manager: an existing secret used as it is, or a new secret holding a sensitive variable or a
 * Terraform expression (the self-signed key). Boxes read it at boot with their own instance role; the value is
 * never a literal in the synthesized JSON.
 */
export class AwsStoredSecret extends Construct {
  /** The secret's ARN. */
  readonly arn: string;

  constructor(scope: Construct, id: string, props: AwsStoredSecretProps) {
    super(scope, id);
    const { topology, source } = props;
    if (source.kind === 'existing') {
      this.arn = source.id;
      return;
    }
    const secret = new SecretsmanagerSecret(this, 'secret', {
      name: awsName(topology, props.slug),
      description: props.description,
      // The topology's customer-managed key, else Secrets Manager's AWS-managed key (CKV_AWS_149).
      ...(topology.settings.kmsKeyArn ? { kmsKeyId: topology.settings.kmsKeyArn } : {}),
      // A throwaway installation must be re-creatable at once under the same names; others keep the 30-day recovery.
      ...(topology.throwaway ? { recoveryWindowInDays: 0 } : {}),
    });
    // A variable's value is written write-only (Terraform >= 1.11), so it is never kept in state; a computed value
    // (the self-signed key) is in state anyway, through the resource that computes it.
    new SecretsmanagerSecretVersion(this, 'value', {
      secretId: secret.id,
      ...(source.kind === 'variable'
        ? { secretStringWo: sensitiveVariable(this, source.variable, props.description).stringValue, secretStringWoVersion: source.version }
        : { secretString: source.value }),
    });
    this.arn = secret.arn;
  }
}
