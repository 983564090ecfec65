import { KEY_VAULT_ROLE_PROPAGATION } from '../../../src/clouds/azure/role-propagation';
import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { issueAt, issuesOf } from '../../helpers/topology';
import { cloudConfigOf, envOf, fileOf, only, ref, synthAzure } from './support';

const VAULT_ID = '/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/shared-secrets/providers/Microsoft.KeyVault/vaults/Corp-Vault';
const existingById = (name: string) => ({ variable: undefined, existing: { aws: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`, gcp: `projects/p/secrets/${name}`, azure: `${VAULT_ID}/secrets/${name}` } });

describe('Azure first deployment on a fresh subscription', () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = synthAzure();
  });

  it('GIVEN secrets stored by the kit WHEN synthesized THEN every secret waits for the deployer’s Secrets Officer role to propagate, a wait made again only with a new assignment', () => {
    const [officerName] = Object.entries(resourcesOf(json, 'azurerm_role_assignment')).find(([, a]) => a.role_definition_name === 'Key Vault Secrets Officer')!;
    const [sleepName, sleep] = only(json, 'time_sleep');
    expect(sleep).toMatchObject({ create_duration: KEY_VAULT_ROLE_PROPAGATION.wait, triggers: { role_assignment: ref('azurerm_role_assignment', officerName, 'id') } });
    expect(KEY_VAULT_ROLE_PROPAGATION.wait).toBe('120s');
    const secrets = Object.values(resourcesOf(json, 'azurerm_key_vault_secret'));
    expect(secrets).toHaveLength(4);
    for (const secret of secrets) expect(secret.depends_on).toEqual([`time_sleep.${sleepName}`]);
  });

  it('GIVEN the Azure stack WHEN synthesized THEN the hashicorp/time provider is configured and pinned', () => {
    expect(Object.keys(json.provider ?? {})).toContain('time');
    expect((json.terraform?.required_providers as Record<string, unknown> | undefined)?.time).toMatchObject({ source: 'hashicorp/time', version: '0.13.1' });
  });

  it('GIVEN deployer addresses WHEN synthesized THEN the vault firewall admits them next to the administrators, a single address without /32', () => {
    const patched = synthAzure({ azure: { keyVault: { deployerAddresses: ['198.51.100.7/32', '192.0.2.0/28', '203.0.113.0/24'] } } });
    const [, vault] = only(patched, 'azurerm_key_vault');
    expect((vault.network_acls as { ip_rules: string[] }).ip_rules).toEqual(['203.0.113.0/24', '198.51.100.7', '192.0.2.0/28']);
  });

  it('GIVEN no deployer addresses WHEN synthesized THEN the vault admits the administrators only', () => {
    const [, vault] = only(json, 'azurerm_key_vault');
    expect((vault.network_acls as { ip_rules: string[] }).ip_rules).toEqual(['203.0.113.0/24']);
  });

  it.each([
    ['10.1.2.3/32', /is a private range \(10\.1\.2\.3\/32, in 10\.0\.0\.0\/8\).*public address/],
    ['2001:db8::/64', /is an IPv6 range/],
  ])('GIVEN deployer address %s WHEN validated THEN it is refused, naming the field', (range, message) => {
    expect(issueAt({ azure: { keyVault: { deployerAddresses: [range] } } }, 'azure.keyVault.deployerAddresses[0]').message).toMatch(message);
  });

  it('GIVEN existing secrets by full resource id WHEN synthesized THEN no vault is looked up by name, reads are granted on those ids, and boxes fetch the vault URL', () => {
    const patched = synthAzure({ github: { clientSecret: existingById('gh') }, secretPassphrase: existingById('pass') });
    expect(patched.data?.azurerm_resources ?? {}).toEqual({});
    const scopes = Object.values(resourcesOf(patched, 'azurerm_role_assignment')).map((a) => a.scope);
    expect(scopes).toContain(`${VAULT_ID}/secrets/gh`);
    expect(scopes).toContain(`${VAULT_ID}/secrets/pass`);
    const { config } = cloudConfigOf(only(patched, 'azurerm_linux_virtual_machine')[1]);
    expect(envOf(fileOf(config, '/etc/circleci/installation.env')).CIRCLE_SECRET_PASSPHRASE_URL).toBe('https://corp-vault.vault.azure.net/secrets/pass');
  });

  it('GIVEN an existing secret that is neither a URL nor a resource id WHEN validated THEN the message names both forms', () => {
    const text = issuesOf({ secretPassphrase: { existing: { aws: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x-AbCdEf', gcp: 'projects/p/secrets/x', azure: 'corp-vault/x' } } })
      .map((i) => i.message)
      .join('\n');
    expect(text).toMatch(/https:\/\/<vault>\.vault\.azure\.net\/secrets\/<name>.*\/subscriptions\/<subscription>\/resourceGroups\/<group>\/providers\/Microsoft\.KeyVault\/vaults\/<vault>\/secrets\/<name>/);
  });
});
