import { ManagedDisk } from '@cdktf/provider-azurerm/lib/managed-disk';
import { ManagementLock } from '@cdktf/provider-azurerm/lib/management-lock';
import { VirtualMachineDataDiskAttachment } from '@cdktf/provider-azurerm/lib/virtual-machine-data-disk-attachment';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { restoreTrigger } from '../shared/restore-trigger';
import { diskEncryption } from './disk-encryption';
import { azureName, tagsFor } from './names';

/** The data disk's LUN on the VM. */
const LUN = 0;

/**
 * Where the disk at {@link LUN} appears on Ubuntu: the Azure Linux agent's udev rules name it under scsi1, the newer
 * azure-vm-utils rules under data/by-lun; both are stable across reboots, unlike /dev/sdX.
 */
export const AZURE_DATA_DEVICES: readonly string[] = [`/dev/disk/azure/scsi1/lun${LUN}`, `/dev/disk/azure/data/by-lun/${LUN}`];

/** Props of {@link AzureServicesBoxDisk}. */
export interface AzureServicesBoxDiskProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group of the box. */
  readonly resourceGroupName: string;
}

/**
 * The services box's data disk: a Premium SSD managed disk of `diskGiB`, empty or a copy of `servicesBox.restoreFrom`
 * (create_option Copy with source_resource_id, which takes a snapshot or a managed disk), under a delete lock when
 * the box is protected. Azure Backup's VM backup covers the VM's data disks with its OS disk.
 */
export class AzureServicesBoxDisk extends Construct {
  /** The managed disk. */
  readonly disk: ManagedDisk;

  constructor(scope: Construct, id: string, props: AzureServicesBoxDiskProps) {
    super(scope, id);
    const { topology } = props;
    const box = topology.servicesBox;
    const source = box.restoreFrom ? { createOption: 'Copy', sourceResourceId: box.restoreFrom } : { createOption: 'Empty' };
    const lifecycle = restoreTrigger(this, { restoreFrom: box.restoreFrom, protection: box.protection, sourceAttributes: ['create_option', 'source_resource_id'] });
    this.disk = new ManagedDisk(this, 'disk', {
      name: azureName(topology, 'services-box-data'),
      resourceGroupName: props.resourceGroupName,
      location: topology.region,
      storageAccountType: 'Premium_LRS',
      diskSizeGb: box.diskGiB,
      ...source,
      ...diskEncryption(topology),
      // The box reads the disk through its host; nobody needs an export link (a SAS URL) to the state. Azure Backup
      // snapshots the disk in the platform, and a restore copies from a snapshot or disk by id.
      networkAccessPolicy: 'DenyAll',
      publicNetworkAccessEnabled: false,
      tags: tagsFor(topology, 'servicesBox'),
      lifecycle,
    });
    // The lock would refuse the replacement a restore makes, so it is lifted while one is asked for, like prevent_destroy.
    if (lifecycle.preventDestroy) {
      new ManagementLock(this, 'lock', {
        name: azureName(topology, 'services-box-data-lock'),
        scope: this.disk.id,
        lockLevel: 'CanNotDelete',
        notes: 'The services box data disk holds all CircleCI state; remove this lock on purpose before deleting it.',
      });
    }
  }

  /** Attaches the disk to the box at {@link LUN}. */
  attachTo(virtualMachineId: string): VirtualMachineDataDiskAttachment {
    return new VirtualMachineDataDiskAttachment(this, 'attachment', {
      managedDiskId: this.disk.id,
      virtualMachineId,
      lun: LUN,
      // Databases write through: a read cache only, so no acknowledged write sits in a host cache.
      caching: 'ReadOnly',
    });
  }
}
