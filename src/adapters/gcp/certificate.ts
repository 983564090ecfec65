import { PrivateKey } from '@cdktf/provider-tls/lib/private-key';
import { TlsProvider } from '@cdktf/provider-tls/lib/provider';
import { SelfSignedCert } from '@cdktf/provider-tls/lib/self-signed-cert';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { selfSignedLifetime } from '../shared/certificate-lifetime';
import { secretReplication } from './encryption';
import { GcpSecret } from './secrets';

/** Props of GcpCertificate. */
export interface GcpCertificateProps {
  /** The resolved topology. */
  readonly topology: ResolvedTopology<'gcp'>;
}

/**
 * The TLS key and chained certificate the services box terminates TLS with, as two Secret Manager secrets: the
 * operator's (sensitive variables or existing secrets), or a self-signed pair from the hashicorp/tls provider for
 * staging. The tls provider is configured only in self-signed mode.
 */
export class GcpCertificate extends Construct {
  /** The private key (PEM). */
  readonly privateKey: GcpSecret;
  /** The certificate chain (PEM). */
  readonly chain: GcpSecret;

  constructor(scope: Construct, id: string, props: GcpCertificateProps) {
    super(scope, id);
    const { topology } = props;
    const certificate = topology.certificate;
    const prefix = topology.name;
    if (certificate.mode === 'provided') {
      this.privateKey = new GcpSecret(this, 'tls_private_key', {
        prefix,
        replication: secretReplication(topology),
        purpose: 'tls-private-key',
        source: certificate.privateKey,
        description: `TLS private key (PEM) for ${topology.domain}`,
      });
      this.chain = new GcpSecret(this, 'tls_certificate_chain', {
        prefix,
        replication: secretReplication(topology),
        purpose: 'tls-certificate-chain',
        source: certificate.chain,
        description: `Chained TLS certificate (PEM) for ${topology.domain}`,
      });
      return;
    }
    new TlsProvider(this, 'tls');
    const key = new PrivateKey(this, 'key', { algorithm: 'ECDSA', ecdsaCurve: 'P256' });
    const cert = new SelfSignedCert(this, 'self_signed', {
      privateKeyPem: key.privateKeyPem,
      subject: [{ commonName: topology.domain }],
      dnsNames: [topology.domain],
      ...selfSignedLifetime(certificate.validityDays),
      allowedUses: ['digital_signature', 'key_encipherment', 'server_auth'],
    });
    this.privateKey = new GcpSecret(this, 'tls_private_key', {
      prefix,
      replication: secretReplication(topology),
      purpose: 'tls-private-key',
      source: { kind: 'computed', value: key.privateKeyPem },
      description: `Self-signed TLS private key for ${topology.domain}`,
    });
    this.chain = new GcpSecret(this, 'tls_certificate_chain', {
      prefix,
      replication: secretReplication(topology),
      purpose: 'tls-certificate-chain',
      source: { kind: 'computed', value: cert.certPem },
      description: `Self-signed TLS certificate for ${topology.domain}`,
    });
  }
}
