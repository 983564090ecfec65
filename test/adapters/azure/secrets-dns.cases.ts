import { keyVaultName } from '../../../src/adapters/azure/names';
import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';
import { cloudConfigOf, envOf, existingSecret, fileOf, only, ref, synthAzure, regularSet } from './support';

const ALL_EXISTING = {
  certificate: { mode: 'provided', privateKey: existingSecret('tls-key-sentinel', { vault: 'corp-vault', replacesVariable: false }), chain: existingSecret('tls-chain-sentinel', { vault: 'corp-vault', replacesVariable: false }) },
  github: { clientSecret: existingSecret('gh-sentinel', { vault: 'corp-vault' }) },
  secretPassphrase: existingSecret('passphrase-sentinel', { vault: 'other-vault' }),
};

describe('Azure Key Vault, secrets, DNS and outputs', () => {
  let json: TerraformJson;
  let existing: TerraformJson;
  let selfSigned: TerraformJson;
  beforeAll(() => {
    json = synthAzure();
    existing = synthAzure(ALL_EXISTING);
    selfSigned = synthAzure({ clouds: ['azure'], certificate: { mode: 'self-signed' }, dns: { create: true } });
  });

  it('GIVEN secrets from variables WHEN synthesized THEN an RBAC vault with purge protection, soft delete and a closed firewall holds them', () => {
    const [vaultName, vault] = only(json, 'azurerm_key_vault');
    expect(vault).toMatchObject({
      name: keyVaultName(resolvedFor('azure')),
      rbac_authorization_enabled: true,
      purge_protection_enabled: true,
      soft_delete_retention_days: 90,
      network_acls: { default_action: 'Deny', bypass: 'None', ip_rules: ['203.0.113.0/24'] },
    });
    expect(vault.enable_rbac_authorization).toBeUndefined();
    expect((vault.network_acls as { virtual_network_subnet_ids: string[] }).virtual_network_subnet_ids).toHaveLength(2);
    const secrets = Object.values(resourcesOf(json, 'azurerm_key_vault_secret'));
    // Written write-only: the values never land in state; the version is what tells Terraform one changed.
    expect(secrets.map((s) => [s.name, s.value_wo, s.value_wo_version, s.value]).sort()).toEqual([
      ['circle-secret-passphrase', '${var.circle_secret_passphrase}', 1, undefined],
      ['github-client-secret', '${var.github_client_secret}', 1, undefined],
      ['tls-certificate-chain', '${var.tls_certificate_chain}', 1, undefined],
      ['tls-private-key', '${var.tls_private_key}', 1, undefined],
    ]);
    for (const secret of secrets) expect(secret.key_vault_id).toBe(ref('azurerm_key_vault', vaultName, 'id'));
  });

  it('GIVEN the deployment writes secrets WHEN synthesized THEN the deploying principal is Key Vault Secrets Officer on the vault, before any secret', () => {
    const [vaultName] = only(json, 'azurerm_key_vault');
    const [officerName, officer] = Object.entries(resourcesOf(json, 'azurerm_role_assignment')).find(([, a]) => a.role_definition_name === 'Key Vault Secrets Officer')!;
    const [clientName] = Object.keys(json.data?.azurerm_client_config ?? {});
    expect(officer).toMatchObject({ scope: ref('azurerm_key_vault', vaultName, 'id'), principal_id: `\${data.azurerm_client_config.${clientName}.object_id}` });
    // Through the wait for the role to propagate (first-deploy.cases.ts).
    const [sleepName, sleep] = only(json, 'time_sleep');
    expect(sleep.triggers).toEqual({ role_assignment: ref('azurerm_role_assignment', officerName, 'id') });
    for (const secret of Object.values(resourcesOf(json, 'azurerm_key_vault_secret'))) expect(secret.depends_on).toEqual([`time_sleep.${sleepName}`]);
  });

  it('GIVEN secrets from variables WHEN synthesized THEN every variable is sensitive, has no default, and no secret or PEM block appears anywhere', () => {
    for (const variable of Object.values(json.variable ?? {})) {
      expect(variable).toMatchObject({ sensitive: true, type: 'string' });
      expect(variable.default).toBeUndefined();
    }
    expect(Object.keys(json.variable ?? {}).sort()).toEqual(['circle_secret_passphrase', 'github_client_secret', 'tls_certificate_chain', 'tls_private_key']);
    for (const synth of [json, existing, selfSigned]) expect(JSON.stringify(synth)).not.toMatch(/-----BEGIN|PRIVATE KEY-----/);
  });

  it('GIVEN every secret as an existing Key Vault secret WHEN synthesized THEN no vault or variable is made, boxes fetch the given ids, and reads are granted on those secrets only', () => {
    expect(resourcesOf(existing, 'azurerm_key_vault')).toEqual({});
    expect(existing.variable ?? {}).toEqual({});
    const lookups = existing.data?.azurerm_resources ?? {};
    expect(Object.values(lookups).map((l) => [l.name, l.type]).sort()).toEqual([
      ['corp-vault', 'Microsoft.KeyVault/vaults'],
      ['other-vault', 'Microsoft.KeyVault/vaults'],
    ]);
    const scopes = Object.values(resourcesOf(existing, 'azurerm_role_assignment')).map((a) => String(a.scope).replace(/^\$\{data\.azurerm_resources\.[^.]+\.resources\[0\]\.id\}/, '<vault>'));
    expect(scopes.sort()).toEqual(['<vault>/secrets/gh-sentinel', '<vault>/secrets/passphrase-sentinel', '<vault>/secrets/passphrase-sentinel', '<vault>/secrets/tls-chain-sentinel', '<vault>/secrets/tls-key-sentinel']);
    const { text, config } = cloudConfigOf(only(existing, 'azurerm_linux_virtual_machine')[1]);
    expect(envOf(fileOf(config, '/etc/circleci/installation.env')).CIRCLE_SECRET_PASSPHRASE_URL).toBe('https://other-vault.vault.azure.net/secrets/passphrase-sentinel');
    expect(text).toContain('https://corp-vault.vault.azure.net/secrets/tls-key-sentinel');
  });

  it('GIVEN a self-signed certificate WHEN synthesized THEN the tls provider makes key and certificate for the domain, stored as secrets', () => {
    const [keyName, key] = only(selfSigned, 'tls_private_key');
    const [certName, cert] = only(selfSigned, 'tls_self_signed_cert');
    expect(key.algorithm).toBe('RSA');
    expect(cert).toMatchObject({ dns_names: ['ci.example.com'], subject: [{ common_name: 'ci.example.com' }], validity_period_hours: 90 * 24 });
    const values = Object.fromEntries(Object.values(resourcesOf(selfSigned, 'azurerm_key_vault_secret')).map((s) => [s.name, s.value]));
    expect(values['tls-private-key']).toBe(ref('tls_private_key', keyName, 'private_key_pem'));
    expect(values['tls-certificate-chain']).toBe(ref('tls_self_signed_cert', certName, 'cert_pem'));
    expect(Object.keys(selfSigned.variable ?? {}).sort()).toEqual(['circle_secret_passphrase', 'github_client_secret']);
    expect(Object.keys(selfSigned.provider ?? {}).sort()).toEqual(['azurerm', 'time', 'tls']);
  });

  it('GIVEN an existing zone WHEN synthesized THEN an alias A record in it points at the services box public IP', () => {
    const [ipName] = only(json, 'azurerm_public_ip');
    const [, record] = only(json, 'azurerm_dns_a_record');
    expect(record).toMatchObject({ name: 'ci', zone_name: 'example.com', resource_group_name: 'dns-rg', ttl: 300, target_resource_id: ref('azurerm_public_ip', ipName, 'id') });
    expect(resourcesOf(json, 'azurerm_dns_zone')).toEqual({});
  });

  it('GIVEN dns.create WHEN synthesized THEN the zone is created in the installation resource group, holds the record, and its name servers are an output', () => {
    const [zoneName, zone] = only(selfSigned, 'azurerm_dns_zone');
    const [rgName] = only(selfSigned, 'azurerm_resource_group');
    expect(zone).toMatchObject({ name: 'example.com', resource_group_name: ref('azurerm_resource_group', rgName, 'name') });
    expect(only(selfSigned, 'azurerm_dns_a_record')[1].zone_name).toBe(ref('azurerm_dns_zone', zoneName, 'name'));
    expect(selfSigned.output?.dns_name_servers).toBeDefined();
  });

  it('GIVEN the default topology WHEN synthesized THEN the stack has the outputs every cloud has', () => {
    const outputs = json.output ?? {};
    expect(Object.keys(outputs).sort()).toEqual(['builder_group_name', 'github_oauth_callback_url', 'services_box_private_ip', 'services_box_public_ip', 'sizing_plan', 'url']);
    expect(outputs.url.value).toBe('https://ci.example.com');
    expect(outputs.github_oauth_callback_url.value).toBe('https://ci.example.com/auth/github');
    const [ipName] = only(json, 'azurerm_public_ip');
    const [nicName] = only(json, 'azurerm_network_interface');
    const setNames = Object.keys(json.resource?.azurerm_linux_virtual_machine_scale_set ?? {});
    expect(outputs.services_box_public_ip.value).toBe(ref('azurerm_public_ip', ipName, 'ip_address'));
    expect(outputs.services_box_private_ip.value).toBe(ref('azurerm_network_interface', nicName, 'private_ip_address'));
    // Both scale sets, the regular one first: the default fleet has one spot builder kept day and night.
    const [regular] = regularSet(json);
    const spot = setNames.find((name) => name !== regular);
    expect(outputs.builder_group_name.value).toBe(`\${join(", ", [azurerm_linux_virtual_machine_scale_set.${regular}.name, azurerm_linux_virtual_machine_scale_set.${spot}.name])}`);
  });
});
