import { SecretManagerSecret, type SecretManagerSecretReplication } from '@cdktf/provider-google/lib/secret-manager-secret';
import { SecretManagerSecretVersion } from '@cdktf/provider-google/lib/secret-manager-secret-version';
import { Construct } from 'constructs';
import type { CloudSecret } from '../../topology/resolved';
import { sensitiveVariable } from '../shared/sensitive-variable';
import { gcpName } from './naming';

/** Where a secret's value comes from. */
export type SecretSource =
  | CloudSecret
  /** A value another resource computes, e.g. a self-signed key from the tls provider (a reference, never a literal). */
  | { readonly kind: 'computed'; readonly value: string };

/** Props of GcpSecret. */
export interface GcpSecretProps {
  /** Resource name prefix (topology name). */
  readonly prefix: string;
  /** What the secret holds, in kebab-case; names the Secret Manager secret. */
  readonly purpose: string;
  /** Where the value comes from. */
  readonly source: SecretSource;
  /** Description of the sensitive variable, when one is created. */
  readonly description: string;
  /** Where a new secret is kept and under which key (encryption.ts secretReplication). */
  readonly replication: SecretManagerSecretReplication;
}

/**
 * One secret in Secret Manager: an existing secret by resource name, or a new secret whose single version holds a
 * sensitive variable or a computed value. Boxes read `<secretId>/versions/latest` at boot with their own identity.
 */
export class GcpSecret extends Construct {
  /** Resource name `projects/<project>/secrets/<name>`. */
  readonly secretId: string;
  /** The version holding the value, when this construct stores it; boxes must boot after it exists. */
  readonly version?: SecretManagerSecretVersion;

  constructor(scope: Construct, id: string, props: GcpSecretProps) {
    super(scope, id);
    const { source } = props;
    if (source.kind === 'existing') {
      this.secretId = source.id;
      return;
    }
    const secret = new SecretManagerSecret(this, 'secret', {
      secretId: gcpName(props.prefix, props.purpose),
      replication: props.replication,
    });
    // A variable's value is written write-only (Terraform >= 1.11), so it is never kept in state; a computed value
    // (the self-signed key) is in state anyway, through the resource that computes it.
    this.version = new SecretManagerSecretVersion(this, 'version', {
      secret: secret.id,
      ...(source.kind === 'variable'
        ? { secretDataWo: sensitiveVariable(this, source.variable, props.description).stringValue, secretDataWoVersion: source.version }
        : { secretData: source.value }),
    });
    this.secretId = secret.id;
  }
}
