import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { only, synthAzure } from './support';

type Json = Record<string, any>;

const SET = '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/keys/providers/Microsoft.Compute/diskEncryptionSets/ci-disks';

describe('Azure encryption and backup identity', () => {
  let plain: TerraformJson;
  beforeAll(() => {
    plain = synthAzure();
  });

  it('GIVEN the default topology WHEN synthesized THEN the Recovery Services vault has a system-assigned identity', () => {
    expect(only(plain, 'azurerm_recovery_services_vault')[1].identity).toEqual({ type: 'SystemAssigned' });
  });

  it('GIVEN azure.diskEncryptionSetId WHEN synthesized THEN the services box and every scale set encrypt their OS disks with it, encryption at host still on', () => {
    const keyed = synthAzure({ azure: { diskEncryptionSetId: SET } });
    const vm = only(keyed, 'azurerm_linux_virtual_machine')[1] as Json;
    expect(vm.os_disk.disk_encryption_set_id).toBe(SET);
    expect(vm.encryption_at_host_enabled).toBe(true);
    const scaleSets = Object.values(resourcesOf(keyed, 'azurerm_linux_virtual_machine_scale_set')) as Json[];
    expect(scaleSets.length).toBeGreaterThan(0);
    for (const scaleSet of scaleSets) expect(scaleSet.os_disk.disk_encryption_set_id).toBe(SET);
  });

  it('GIVEN no disk encryption set WHEN synthesized THEN disks use platform-managed keys', () => {
    expect((only(plain, 'azurerm_linux_virtual_machine')[1] as Json).os_disk).not.toHaveProperty('disk_encryption_set_id');
  });
});
