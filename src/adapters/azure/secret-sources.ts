import { PrivateKey } from '@cdktf/provider-tls/lib/private-key';
import { TlsProvider } from '@cdktf/provider-tls/lib/provider';
import { SelfSignedCert } from '@cdktf/provider-tls/lib/self-signed-cert';
import type { Construct } from 'constructs';
import type { CloudSecret, ResolvedTopology } from '../../topology/resolved';
import { selfSignedLifetime } from '../shared/certificate-lifetime';
import { sensitiveVariable } from '../shared/sensitive-variable';

/** The secrets an installation keeps in Key Vault, by their secret names. */
export const SECRET_NAMES = ['github-client-secret', 'circle-secret-passphrase', 'tls-private-key', 'tls-certificate-chain'] as const;

/** One of the installation's secrets. */
export type SecretName = (typeof SECRET_NAMES)[number];

/** Where a secret's value comes from: a Terraform value to store (never a literal), or an existing Key Vault secret. */
export type SecretSource =
  | {
      readonly kind: 'value';
      readonly value: string;
      readonly contentType: string;
      /** Set for a sensitive variable: the value is written write-only, and this version tells Terraform it changed. */
      readonly writeOnlyVersion?: number;
    }
  | { readonly kind: 'existing'; readonly id: string };

const CONTENT_TYPES: Readonly<Record<SecretName, string>> = {
  'github-client-secret': 'text/plain',
  'circle-secret-passphrase': 'text/plain',
  'tls-private-key': 'application/x-pem-file',
  'tls-certificate-chain': 'application/x-pem-file',
};

const DESCRIPTIONS: Readonly<Record<SecretName, string>> = {
  'github-client-secret': 'GitHub OAuth app client secret',
  'circle-secret-passphrase': 'CIRCLE_SECRET_PASSPHRASE shared by the services box and builders',
  'tls-private-key': 'TLS private key (PEM) for the installation domain',
  'tls-certificate-chain': 'TLS certificate chain (PEM) for the installation domain',
};

function fromCloudSecret(scope: Construct, name: SecretName, secret: CloudSecret): SecretSource {
  if (secret.kind === 'existing') return { kind: 'existing', id: secret.id };
  return {
    kind: 'value',
    value: sensitiveVariable(scope, secret.variable, DESCRIPTIONS[name]).stringValue,
    contentType: CONTENT_TYPES[name],
    writeOnlyVersion: secret.version,
  };
}

/** A self-signed certificate for the domain from the hashicorp/tls provider: the key never leaves Terraform state. */
function selfSigned(scope: Construct, topology: ResolvedTopology<'azure'>, validityDays: number): Pick<Record<SecretName, SecretSource>, 'tls-private-key' | 'tls-certificate-chain'> {
  new TlsProvider(scope, 'tls');
  const key = new PrivateKey(scope, 'self_signed_key', { algorithm: 'RSA', rsaBits: 2048 });
  const cert = new SelfSignedCert(scope, 'self_signed_cert', {
    privateKeyPem: key.privateKeyPem,
    subject: [{ commonName: topology.domain }],
    dnsNames: [topology.domain],
    ...selfSignedLifetime(validityDays),
    allowedUses: ['key_encipherment', 'digital_signature', 'server_auth'],
  });
  return {
    'tls-private-key': { kind: 'value', value: key.privateKeyPem, contentType: CONTENT_TYPES['tls-private-key'] },
    'tls-certificate-chain': { kind: 'value', value: cert.certPem, contentType: CONTENT_TYPES['tls-certificate-chain'] },
  };
}

/** Where each of the installation's secrets comes from. */
export function secretSources(scope: Construct, topology: ResolvedTopology<'azure'>): Readonly<Record<SecretName, SecretSource>> {
  const certificate = topology.certificate;
  return {
    'github-client-secret': fromCloudSecret(scope, 'github-client-secret', topology.github.clientSecret),
    'circle-secret-passphrase': fromCloudSecret(scope, 'circle-secret-passphrase', topology.secretPassphrase),
    ...(certificate.mode === 'provided'
      ? {
          'tls-private-key': fromCloudSecret(scope, 'tls-private-key', certificate.privateKey),
          'tls-certificate-chain': fromCloudSecret(scope, 'tls-certificate-chain', certificate.chain),
        }
      : selfSigned(scope, topology, certificate.validityDays)),
  };
}
