import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { AwsStoredSecret } from './secret-store';

/** Props of AwsSecrets. */
export interface AwsSecretsProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
}

/** The GitHub OAuth client secret and CIRCLE_SECRET_PASSPHRASE in Secrets Manager. */
export class AwsSecrets extends Construct {
  /** ARN of the GitHub OAuth client secret. */
  readonly githubClientSecretArn: string;
  /** ARN of CIRCLE_SECRET_PASSPHRASE. */
  readonly passphraseArn: string;

  constructor(scope: Construct, id: string, props: AwsSecretsProps) {
    super(scope, id);
    const { topology } = props;
    this.githubClientSecretArn = new AwsStoredSecret(this, 'github_client_secret', {
      topology,
      slug: 'github-client-secret',
      description: `GitHub OAuth app client secret of ${topology.domain} (client id ${topology.github.clientId})`,
      source: topology.github.clientSecret,
    }).arn;
    this.passphraseArn = new AwsStoredSecret(this, 'circle_secret_passphrase', {
      topology,
      slug: 'circle-secret-passphrase',
      description: `CIRCLE_SECRET_PASSPHRASE shared by the services box and builders of ${topology.domain}`,
      source: topology.secretPassphrase,
    }).arn;
  }
}
