import type { Cloud } from '../../../src/cloud';
import type { TerraformJson } from '../../helpers/synth';
import { ECDSA_P256, ED25519_OTHER, RSA_1024, RSA_2048 } from '../../helpers/ssh-keys';
import { rendered, type Refusal, type Row } from '../cells';
import { all, azureScaleSets, builderBoot, one, servicesBoxBoot, setting } from '../terraform';
import type { VariantName } from '../variants';
import { byCloud, everywhere } from './helpers';

/** The version a write-only secret value from this variable is stored with; undefined when no resource reads it. */
function writeOnlyVersion(cloud: Cloud, json: TerraformJson, variable: string): number | undefined {
  const [type, value, version] = byCloud(cloud, {
    aws: () => ['aws_secretsmanager_secret_version', 'secret_string_wo', 'secret_string_wo_version'],
    gcp: () => ['google_secret_manager_secret_version', 'secret_data_wo', 'secret_data_wo_version'],
    azure: () => ['azurerm_key_vault_secret', 'value_wo', 'value_wo_version'],
  });
  return all(json, type).find((r) => r[value] === `\${var.${variable}}`)?.[version];
}

/** Where the services box (or builders) looks for a secret at boot, by the setting that names it on each cloud. */
const SECRET_SETTINGS = {
  tlsPrivateKey: { aws: 'TLS_PRIVATE_KEY_SECRET_ARN', gcp: 'TLS_PRIVATE_KEY_SECRET_NAME', azure: 'TLS_PRIVATE_KEY_URL' },
  tlsCertificateChain: { aws: 'TLS_CERTIFICATE_CHAIN_SECRET_ARN', gcp: 'TLS_CERTIFICATE_CHAIN_SECRET_NAME', azure: 'TLS_CERTIFICATE_CHAIN_URL' },
  githubClientSecret: { aws: 'GITHUB_CLIENT_SECRET_ARN', gcp: 'GITHUB_CLIENT_SECRET_SECRET_NAME', azure: 'GITHUB_CLIENT_SECRET_URL' },
  passphrase: { aws: 'CIRCLE_SECRET_PASSPHRASE_ARN', gcp: 'CIRCLE_SECRET_PASSPHRASE_SECRET_NAME', azure: 'CIRCLE_SECRET_PASSPHRASE_URL' },
} as const;

const STORE = { aws: 'Secrets Manager', gcp: 'Secret Manager', azure: 'Key Vault' } as const;

/** The rows of one secret reference: variable, version, and the existing secret on each cloud. */
function secretRows(path: string, secret: keyof typeof SECRET_SETTINGS, byVariable: VariantName, variable: string, version: number, existing: VariantName, ids: Readonly<Record<Cloud, string>>): Row[] {
  const boot = secret === 'passphrase' ? builderBoot : servicesBoxBoot;
  const existingRow = (cloud: Cloud): Row => ({
    path: `${path}.existing.${cloud}`,
    [cloud]: rendered(existing, `read at boot from it (\`${SECRET_SETTINGS[secret][cloud]}\`), nothing stored`, (json) => setting(boot(cloud, json), SECRET_SETTINGS[secret][cloud]), ids[cloud]),
  });
  return [
    {
      path: `${path}.variable`,
      ...everywhere(
        byVariable,
        { aws: `ephemeral sensitive variable, written write-only to ${STORE.aws}`, gcp: `the same, to ${STORE.gcp}`, azure: `the same, to ${STORE.azure}` },
        (json, { cloud }) => [json.variable?.[variable]?.sensitive, json.variable?.[variable]?.ephemeral, writeOnlyVersion(cloud, json, variable) !== undefined],
        [true, true, true],
      ),
    },
    {
      path: `${path}.version`,
      ...everywhere(
        byVariable,
        { aws: '`secret_string_wo_version`', gcp: '`secret_data_wo_version`', azure: '`value_wo_version`' },
        (json, { cloud }) => writeOnlyVersion(cloud, json, variable),
        version,
      ),
    },
    existingRow('aws'),
    existingRow('gcp'),
    existingRow('azure'),
  ];
}

const VAULT = 'https://ci-shared-vault.vault.azure.net/secrets';
const ids = (name: string) => ({
  aws: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`,
  gcp: `projects/example-ci-project/secrets/${name}`,
  azure: `${VAULT}/${name}`,
});

/** A real key cut short (made here: a broken key in the file would fail the repository's key check): refused on every cloud. */
const BROKEN_KEY: Refusal = { patch: { ssh: { publicKeys: [ED25519_OTHER.slice(0, 40)] } }, message: /is cut short/, what: 'a key that does not parse' };

/** A name Ubuntu's image already holds: refused on every cloud. */
const SYSTEM_ACCOUNT = (title: string): Refusal => ({ patch: { ssh: { username: 'root' } }, message: new RegExp(`is reserved on ${title} \\(the Ubuntu image already has this account`), what: 'Ubuntu’s system accounts' });

/** A name longer than Ubuntu's useradd takes. */
const LONG_NAME: Refusal = { patch: { ssh: { username: 'a'.repeat(33) } }, message: /is 33 characters long/, what: 'more than 32 characters' };

/** DNS, the certificate, the secrets and administrator SSH. */
export const SECRETS_DNS_ROWS: readonly Row[] = [
  {
    path: 'dns.zone',
    ...everywhere(
      'everything',
      { aws: 'the hosted zone (`name`, looked up or created)', gcp: 'the managed zone’s `dns_name`', azure: 'the DNS zone’s `name`' },
      (json, { cloud }) =>
        byCloud(cloud, {
          aws: () => one(json, 'aws_route53_zone').name,
          gcp: () => one(json, 'google_dns_managed_zone').dns_name,
          azure: () => one(json, 'azurerm_dns_zone').name,
        }),
      ({ cloud }: { cloud: Cloud }) => (cloud === 'gcp' ? 'example.org.' : 'example.org'),
    ),
  },
  {
    path: 'dns.create',
    ...everywhere(
      'everything',
      {
        aws: '`aws_route53_zone` (DNSSEC-signed, query-logged); `dns_name_servers` and `dns_ds_record` outputs',
        gcp: '`google_dns_managed_zone` (DNSSEC on); `dns_name_servers` and `dns_ds_record` outputs',
        azure: '`azurerm_dns_zone` (unsigned); `dns_name_servers` output',
      },
      (json, { cloud }) => [
        all(json, byCloud(cloud, { aws: () => 'aws_route53_zone', gcp: () => 'google_dns_managed_zone', azure: () => 'azurerm_dns_zone' })).length,
        json.output?.dns_name_servers !== undefined,
        // DNSSEC complete or off: a signed zone comes with the DS record its parent needs.
        json.output?.dns_ds_record?.value ?? 'unsigned',
      ],
      ({ cloud }: { cloud: Cloud }) => [
        1,
        true,
        byCloud(cloud, {
          aws: () => expect.stringMatching(/^\$\{aws_route53_key_signing_key\.\w+\.ds_record\}$/),
          gcp: () => expect.stringMatching(/^\$\{data\.google_dns_keys\.\w+\.key_signing_keys\[0\]\.ds_record\}$/),
          azure: () => 'unsigned',
        }),
      ],
      { refuses: { patch: { clouds: ['aws', 'gcp', 'azure'], dns: { create: true } }, message: /may be true with one cloud only/, what: 'with several clouds selected' } },
    ),
  },
  {
    path: 'dns.ttl',
    ...everywhere(
      'everything',
      { aws: 'record `ttl`', gcp: 'record set `ttl`', azure: 'A record `ttl`' },
      (json, { cloud }) => one(json, byCloud(cloud, { aws: () => 'aws_route53_record', gcp: () => 'google_dns_record_set', azure: () => 'azurerm_dns_a_record' })).ttl,
      60,
      { refuses: { patch: { dns: { ttl: 86401 } }, message: /must be at most 86400/, what: 'more than 86400' } },
    ),
  },
  {
    path: 'certificate.mode',
    ...everywhere(
      'everything',
      { aws: '`tls_self_signed_cert` stored in Secrets Manager', gcp: 'the same, in Secret Manager', azure: 'the same, in Key Vault' },
      (json) => all(json, 'tls_self_signed_cert').length,
      1,
    ),
  },
  ...secretRows('certificate.privateKey', 'tlsPrivateKey', 'smallBuilders', 'tls_key_pem', 2, 'alternatives', ids('tls-private-key')),
  ...secretRows('certificate.chain', 'tlsCertificateChain', 'alternatives', 'tls_chain_pem', 2, 'smallBuilders', ids('tls-certificate-chain')),
  {
    path: 'certificate.validityDays',
    ...everywhere(
      'everything',
      { aws: '`validity_period_hours`; renewed in its last tenth (`early_renewal_hours`)', gcp: 'the same', azure: 'the same' },
      (json) => [one(json, 'tls_self_signed_cert').validity_period_hours, one(json, 'tls_self_signed_cert').early_renewal_hours],
      [30 * 24, 72],
    ),
  },
  {
    path: 'github.clientId',
    ...everywhere('everything', { aws: '`GITHUB_CLIENT_ID` at boot', gcp: 'the same', azure: 'the same' }, (json, { cloud }) => setting(servicesBoxBoot(cloud, json), 'GITHUB_CLIENT_ID'), 'Iv1.fedcba9876543210'),
  },
  ...secretRows('github.clientSecret', 'githubClientSecret', 'alternatives', 'gh_oauth_secret', 3, 'everything', ids('github-client-secret')),
  ...secretRows('secretPassphrase', 'passphrase', 'alternatives', 'passphrase_value', 4, 'everything', ids('circle-passphrase')),
  {
    path: 'ssh.username',
    aws: rendered('everything', 'account made by cloud-init, sudo without password', (json) => /useradd [^\n]* (\w+)\n?/.exec(servicesBoxBoot('aws', json))?.[1], 'ops', {
      refuses: [SYSTEM_ACCOUNT('AWS'), LONG_NAME],
    }),
    gcp: rendered('everything', 'account made by cloud-init beside OS Login, sudo without password', (json) => /useradd [^\n]* (\w+)\n?/.exec(servicesBoxBoot('gcp', json))?.[1], 'ops', {
      refuses: [SYSTEM_ACCOUNT('GCP'), LONG_NAME],
    }),
    azure: rendered(
      'everything',
      '`admin_username` (services box and scale sets)',
      (json) => [one(json, 'azurerm_linux_virtual_machine').admin_username, ...azureScaleSets(json).map((set) => set.admin_username)],
      ['ops', 'ops', 'ops'],
      { refuses: [SYSTEM_ACCOUNT('Azure'), LONG_NAME, { patch: { ssh: { username: 'guest' } }, message: /is reserved on Azure \(Azure refuses it as an administrator's name\)/, what: 'names Azure reserves' }] },
    ),
  },
  {
    path: 'ssh.publicKeys',
    aws: rendered('everything', '`authorized_keys` written by cloud-init', (json) => (servicesBoxBoot('aws', json).match(/^\s+(ssh-\S+ \S+ \S+)$/gm) ?? []).map((line) => line.trim()), [ED25519_OTHER, RSA_2048], {
      refuses: BROKEN_KEY,
    }),
    gcp: rendered('everything', '`authorized_keys` written by cloud-init, beside OS Login', (json) => (servicesBoxBoot('gcp', json).match(/^\s+(ssh-\S+ \S+ \S+)$/gm) ?? []).map((line) => line.trim()), [ED25519_OTHER, RSA_2048], {
      refuses: BROKEN_KEY,
    }),
    azure: rendered(
      'everything',
      '`admin_ssh_key` (services box and scale sets)',
      (json) => [one(json, 'azurerm_linux_virtual_machine'), ...azureScaleSets(json)].map((vm) => vm.admin_ssh_key.map((k: { public_key: string }) => k.public_key)),
      [
        [ED25519_OTHER, RSA_2048],
        [ED25519_OTHER, RSA_2048],
        [ED25519_OTHER, RSA_2048],
      ],
      {
        refuses: [
          BROKEN_KEY,
          { patch: { ssh: { publicKeys: [ECDSA_P256] } }, message: /is an ecdsa-sha2-nistp256 key; Azure accepts only ssh-ed25519 and ssh-rsa/, what: 'ECDSA keys' },
          { patch: { ssh: { publicKeys: [RSA_1024] } }, message: /is a 1024-bit ssh-rsa key; Azure accepts only/, what: 'RSA under 2048 bits' },
        ],
      },
    ),
  },
];
