import { PrivateKey } from '@cdktf/provider-tls/lib/private-key';
import { TlsProvider } from '@cdktf/provider-tls/lib/provider';
import { SelfSignedCert } from '@cdktf/provider-tls/lib/self-signed-cert';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { selfSignedLifetime } from '../shared/certificate-lifetime';
import { AwsStoredSecret, type SecretSource } from './secret-store';

/** Props of AwsCertificate. */
export interface AwsCertificateProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
}

/**
 * The TLS key and chained certificate the services box terminates TLS with, in Secrets Manager: the operator's
 * (from sensitive variables or existing secrets), or self-signed for staging through the hashicorp/tls provider,
 * which is configured only in that mode.
 */
export class AwsCertificate extends Construct {
  /** ARN of the secret holding the PEM private key. */
  readonly privateKeyArn: string;
  /** ARN of the secret holding the PEM certificate chain. */
  readonly chainArn: string;

  constructor(scope: Construct, id: string, props: AwsCertificateProps) {
    super(scope, id);
    const { topology } = props;
    const certificate = topology.certificate;
    let key: SecretSource;
    let chain: SecretSource;
    if (certificate.mode === 'provided') {
      key = certificate.privateKey;
      chain = certificate.chain;
    } else {
      new TlsProvider(this, 'tls');
      const privateKey = new PrivateKey(this, 'private_key', { algorithm: 'ECDSA', ecdsaCurve: 'P256' });
      const cert = new SelfSignedCert(this, 'self_signed', {
        privateKeyPem: privateKey.privateKeyPem,
        subject: [{ commonName: topology.domain, organization: topology.name }],
        dnsNames: [topology.domain],
        ...selfSignedLifetime(certificate.validityDays),
        allowedUses: ['digital_signature', 'key_encipherment', 'server_auth'],
      });
      key = { kind: 'value', value: privateKey.privateKeyPem };
      chain = { kind: 'value', value: cert.certPem };
    }
    this.privateKeyArn = new AwsStoredSecret(this, 'tls_private_key', {
      topology,
      slug: 'tls-private-key',
      description: `TLS private key (PEM) of ${topology.domain}`,
      source: key,
    }).arn;
    this.chainArn = new AwsStoredSecret(this, 'tls_certificate_chain', {
      topology,
      slug: 'tls-certificate-chain',
      description: `TLS certificate chain (PEM) of ${topology.domain}`,
      source: chain,
    }).arn;
  }
}
