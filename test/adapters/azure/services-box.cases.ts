import { ROLE_TAG } from '../../../src/adapters/shared/naming';
import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { cloudConfigOf, envOf, fileOf, only, ref, synthAzure } from './support';

describe('Azure services box', () => {
  let json: TerraformJson;
  let throwaway: TerraformJson;
  beforeAll(() => {
    json = synthAzure();
    throwaway = synthAzure({
      clouds: ['aws', 'azure'],
      gcp: undefined,
      throwaway: true,
      servicesBox: { protection: false, diskGiB: 120, backup: { frequency: 'weekly', weekday: 'WED', at: '01:30', retention: 4 } },
      azure: { servicesBox: { privateIp: '10.60.0.42', image: 'Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest' } },
    });
  });

  it('GIVEN the default topology WHEN synthesized THEN one Ubuntu 24.04 VM of the sized type with SSH keys only and the configured disk', () => {
    const [, vm] = only(json, 'azurerm_linux_virtual_machine');
    expect(vm.size).toBe('Standard_D16as_v5');
    expect(vm.source_image_reference).toEqual({ publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' });
    expect(vm.disable_password_authentication).toBe(true);
    expect(vm.admin_password).toBeUndefined();
    expect(vm.admin_ssh_key).toEqual([{ username: 'circleci', public_key: expect.stringMatching(/^ssh-ed25519 /) }]);
    expect(vm.os_disk).toMatchObject({ disk_size_gb: 200, storage_account_type: 'Premium_LRS', caching: 'ReadWrite' });
    expect(vm.encryption_at_host_enabled).toBe(true);
    expect((vm.tags as Record<string, string>)[ROLE_TAG]).toBe('services-box');
  });

  it('GIVEN the default topology WHEN synthesized THEN the NIC has the 10th host of the services subnet, static, and a Standard static public IP', () => {
    const [, nic] = only(json, 'azurerm_network_interface');
    const [ipName, ip] = only(json, 'azurerm_public_ip');
    expect(nic.ip_configuration).toEqual([
      expect.objectContaining({ private_ip_address_allocation: 'Static', private_ip_address: '10.60.0.10', public_ip_address_id: ref('azurerm_public_ip', ipName, 'id') }),
    ]);
    expect(ip).toMatchObject({ sku: 'Standard', allocation_method: 'Static' });
    const [nicName] = only(json, 'azurerm_network_interface');
    const [, asgLink] = only(json, 'azurerm_network_interface_application_security_group_association');
    expect(asgLink.network_interface_id).toBe(ref('azurerm_network_interface', nicName, 'id'));
  });

  it('GIVEN protection (the default) WHEN synthesized THEN prevent_destroy, a CanNotDelete lock, and no replacement on image / custom data / keys', () => {
    const [vmName, vm] = only(json, 'azurerm_linux_virtual_machine');
    expect(vm.lifecycle).toEqual({
      prevent_destroy: true,
      ignore_changes: expect.arrayContaining(['custom_data', 'source_image_reference', 'source_image_id', 'admin_ssh_key']),
    });
    const locks = Object.values(resourcesOf(json, 'azurerm_management_lock'));
    expect(locks).toContainEqual(expect.objectContaining({ lock_level: 'CanNotDelete', scope: ref('azurerm_linux_virtual_machine', vmName, 'id') }));
    const [diskName] = only(json, 'azurerm_managed_disk');
    expect(locks).toContainEqual(expect.objectContaining({ lock_level: 'CanNotDelete', scope: ref('azurerm_managed_disk', diskName, 'id') }));
    expect(only(json, 'azurerm_public_ip')[1].lifecycle).toEqual({ prevent_destroy: true });
  });

  it('GIVEN a throwaway installation without protection WHEN synthesized THEN no lock and no prevent_destroy, and the pinned IP and image', () => {
    const [, vm] = only(throwaway, 'azurerm_linux_virtual_machine');
    expect((vm.lifecycle as Record<string, unknown>).prevent_destroy).toBe(false);
    expect(resourcesOf(throwaway, 'azurerm_management_lock')).toEqual({});
    expect(vm.source_image_reference).toEqual({ publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2', version: 'latest' });
    expect((vm.os_disk as Record<string, unknown>).disk_size_gb).toBe(120);
    expect((only(throwaway, 'azurerm_network_interface')[1].ip_configuration as Record<string, unknown>[])[0].private_ip_address).toBe('10.60.0.42');
  });

  it('GIVEN the services box WHEN synthesized THEN its own identity may read exactly its four secrets, each scoped to the secret', () => {
    const identities = resourcesOf(json, 'azurerm_user_assigned_identity');
    const [identityName] = Object.entries(identities).find(([, i]) => (i.tags as Record<string, string>)[ROLE_TAG] === 'services-box')!;
    const [, vm] = only(json, 'azurerm_linux_virtual_machine');
    expect(vm.identity).toEqual({ type: 'UserAssigned', identity_ids: [ref('azurerm_user_assigned_identity', identityName, 'id')] });
    const grants = Object.values(resourcesOf(json, 'azurerm_role_assignment')).filter((a) => a.principal_id === ref('azurerm_user_assigned_identity', identityName, 'principal_id'));
    const secrets = Object.keys(resourcesOf(json, 'azurerm_key_vault_secret'));
    expect(grants.map((g) => g.role_definition_name)).toEqual(Array(4).fill('Key Vault Secrets User'));
    expect(grants.map((g) => g.scope).sort()).toEqual(secrets.map((s) => ref('azurerm_key_vault_secret', s, 'resource_versionless_id')).sort());
    expect(vm.depends_on).toEqual(expect.arrayContaining(Object.keys(resourcesOf(json, 'azurerm_role_assignment')).filter((n) => n.includes('services_box_reads')).map((n) => `azurerm_role_assignment.${n}`)));
  });

  it('GIVEN the default topology WHEN synthesized THEN custom data writes the installation settings and where the secrets are, never a secret', () => {
    const { text, config } = cloudConfigOf(only(json, 'azurerm_linux_virtual_machine')[1]);
    const settings = envOf(fileOf(config, '/etc/circleci/installation.env'));
    expect(settings).toMatchObject({
      CIRCLE_DOMAIN: 'ci.example.com',
      GITHUB_CLIENT_ID: 'Iv1.0123456789abcdef',
      GITHUB_OAUTH_CALLBACK_URL: 'https://ci.example.com/auth/github',
      SERVICES_PRIVATE_IP: '10.60.0.10',
      GITHUB_CLIENT_SECRET_URL: expect.stringMatching(/^https:\/\/ci-[0-9a-f]{6}\.vault\.azure\.net\/secrets\/github-client-secret$/),
      TLS_PRIVATE_KEY_URL: expect.stringMatching(/\/secrets\/tls-private-key$/),
    });
    expect(settings.GITHUB_CLIENT_SECRET).toBeUndefined();
    expect(settings.CIRCLE_SECRET_PASSPHRASE).toBeUndefined();
    expect(config.runcmd).toEqual(['set -eu', '/usr/local/sbin/circleci-data-disk', 'systemctl daemon-reload', 'systemctl enable --now circleci-secrets.service', 'systemctl enable --now circleci-secrets.timer', '/usr/local/sbin/circleci-install']);
    expect(fileOf(config, '/etc/systemd/system/circleci-secrets.service')).toContain('ExecStart=/usr/local/sbin/fetch-installation-secrets');
    expect(text).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
  });

  it('GIVEN the default backup WHEN synthesized THEN a soft-deleting Recovery Services vault, a daily 03:00 UTC policy keeping 7, and the VM protected', () => {
    const [vaultName, vault] = only(json, 'azurerm_recovery_services_vault');
    expect(vault).toMatchObject({ sku: 'Standard', soft_delete_enabled: true });
    const [policyName, policy] = only(json, 'azurerm_backup_policy_vm');
    expect(policy).toMatchObject({ timezone: 'UTC', backup: { frequency: 'Daily', time: '03:00' }, retention_daily: { count: 7 } });
    expect(policy.recovery_vault_name).toBe(ref('azurerm_recovery_services_vault', vaultName, 'name'));
    const [, protectedVm] = only(json, 'azurerm_backup_protected_vm');
    const [vmName] = only(json, 'azurerm_linux_virtual_machine');
    expect(protectedVm).toMatchObject({ source_vm_id: ref('azurerm_linux_virtual_machine', vmName, 'id'), backup_policy_id: ref('azurerm_backup_policy_vm', policyName, 'id') });
  });

  it('GIVEN a weekly backup WHEN synthesized THEN the policy runs on that weekday and keeps that many weeks', () => {
    const [, policy] = only(throwaway, 'azurerm_backup_policy_vm');
    expect(policy).toMatchObject({
      backup: { frequency: 'Weekly', time: '01:30', weekdays: ['Wednesday'] },
      retention_weekly: { count: 4, weekdays: ['Wednesday'] },
      instant_restore_retention_days: 5,
    });
    expect(policy.retention_daily).toBeUndefined();
  });

  it('GIVEN the services box and backup WHEN builder settings change THEN their Terraform addresses stay the same', () => {
    const other = synthAzure({ builders: { containers: 8, spot: undefined, schedule: undefined } });
    for (const type of ['azurerm_linux_virtual_machine', 'azurerm_network_interface', 'azurerm_public_ip', 'azurerm_backup_protected_vm', 'azurerm_dns_a_record', 'azurerm_management_lock']) {
      expect(Object.keys(resourcesOf(other, type))).toEqual(Object.keys(resourcesOf(json, type)));
    }
  });
});
