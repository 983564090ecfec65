import { RESTORE_FROM, RESTORE_PATCH } from '../../helpers/restore';
import { resourcesOf } from '../../helpers/synth';
import { cloudConfigOf, fileOf, only, ref, synthAzure } from './support';

describe('Azure services box data disk', () => {
  const json = synthAzure();
  const [diskName, disk] = only(json, 'azurerm_managed_disk');

  it('GIVEN the default topology WHEN synthesized THEN an empty Premium SSD of diskGiB, protected and locked, attached at LUN 0', () => {
    expect(disk).toMatchObject({ storage_account_type: 'Premium_LRS', disk_size_gb: 200, create_option: 'Empty' });
    expect(disk.source_resource_id).toBeUndefined();
    const [markerName, marker] = only(json, 'terraform_data');
    expect(marker).toEqual({ lifecycle: { ignore_changes: ['input'] } });
    expect(disk.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ['create_option', 'source_resource_id'], replace_triggered_by: [`terraform_data.${markerName}`] });
    const [vmName] = only(json, 'azurerm_linux_virtual_machine');
    const [, attachment] = only(json, 'azurerm_virtual_machine_data_disk_attachment');
    expect(attachment).toEqual({ managed_disk_id: ref('azurerm_managed_disk', diskName, 'id'), virtual_machine_id: ref('azurerm_linux_virtual_machine', vmName, 'id'), lun: 0, caching: 'ReadOnly' });
    expect(Object.values(resourcesOf(json, 'azurerm_management_lock')).map((l) => l.scope)).toContain(ref('azurerm_managed_disk', diskName, 'id'));
  });

  it('GIVEN the default topology WHEN synthesized THEN the disk cannot be exported: no public network access, no export link at all', () => {
    expect(disk).toMatchObject({ public_network_access_enabled: false, network_access_policy: 'DenyAll' });
  });

  it('GIVEN the default topology WHEN synthesized THEN the VM backup covers the data disk (no disk is excluded)', () => {
    const [, protectedVm] = only(json, 'azurerm_backup_protected_vm');
    expect(protectedVm.exclude_disk_luns).toBeUndefined();
    expect(protectedVm.include_disk_luns).toBeUndefined();
  });

  it('GIVEN the default topology WHEN synthesized THEN custom data mounts the disk by its LUN before the install', () => {
    const { config } = cloudConfigOf(only(json, 'azurerm_linux_virtual_machine')[1]);
    expect(fileOf(config, '/usr/local/sbin/circleci-data-disk')).toContain("'/dev/disk/azure/scsi1/lun0' '/dev/disk/azure/data/by-lun/0'");
    expect(config.runcmd.indexOf('/usr/local/sbin/circleci-data-disk')).toBeLessThan(config.runcmd.indexOf('/usr/local/sbin/circleci-install'));
  });

  it('GIVEN servicesBox.restoreFrom WHEN synthesized THEN the disk is a copy of the snapshot, replaced through the marker, and unlocked', () => {
    const restored = synthAzure(RESTORE_PATCH);
    const [restoredName, copy] = only(restored, 'azurerm_managed_disk');
    const [markerName, marker] = only(restored, 'terraform_data');
    expect(marker).toEqual({ input: { backup: RESTORE_FROM.azure } });
    expect(copy).toMatchObject({ create_option: 'Copy', source_resource_id: RESTORE_FROM.azure });
    expect(copy.lifecycle).toEqual({ prevent_destroy: false, ignore_changes: ['create_option', 'source_resource_id'], replace_triggered_by: [`terraform_data.${markerName}`] });
    expect(Object.values(resourcesOf(restored, 'azurerm_management_lock')).map((l) => l.scope)).not.toContain(ref('azurerm_managed_disk', restoredName, 'id'));
  });
});
