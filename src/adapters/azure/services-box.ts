import { LinuxVirtualMachine } from '@cdktf/provider-azurerm/lib/linux-virtual-machine';
import { ManagementLock } from '@cdktf/provider-azurerm/lib/management-lock';
import { NetworkInterface } from '@cdktf/provider-azurerm/lib/network-interface';
import { NetworkInterfaceApplicationSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/network-interface-application-security-group-association';
import { NetworkInterfaceSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/network-interface-security-group-association';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { diskEncryption } from './disk-encryption';
import { base64Text } from '../shared/base64-text';
import { imageSource } from './image';
import type { AzureKeyVault } from './key-vault';
import { azureName, tagsFor } from './names';
import { SECRET_NAMES, type SecretName } from './secret-sources';
import { servicesBoxCloudInit } from './services-box-init';
import { AZURE_DATA_DEVICES, AzureServicesBoxDisk } from './services-box-disk';

/** Props of {@link AzureServicesBox}. */
export interface AzureServicesBoxProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group of the box. */
  readonly resourceGroupName: string;
  /** The box's subnet. */
  readonly subnetId: string;
  /** The box's fixed private IP. */
  readonly privateIp: string;
  /** The role's application security group, which the NIC joins. */
  readonly applicationSecurityGroupId: string;
  /** The role's NSG, attached to the NIC when the subnet is not the kit's own. @default none (the subnet has it) */
  readonly networkSecurityGroupId?: string;
  /** Where the installation's secrets are; the box's identity may read each of them and nothing else. */
  readonly keyVault: AzureKeyVault;
}

const ROLE = 'servicesBox' as const;

/**
 * The services box: one Ubuntu VM with a static private IP, a static Standard public IP, SSH keys only, an encrypted
 * managed OS disk, its state on a data disk of its own ({@link AzureServicesBoxDisk}), its own user-assigned
 * identity, and protection against being replaced or deleted by accident.
 */
export class AzureServicesBox extends Construct {
  /** The VM. */
  readonly vm: LinuxVirtualMachine;
  /** Its static public IP. */
  readonly publicIp: PublicIp;
  /** Its NIC. */
  readonly nic: NetworkInterface;
  /** The data disk holding its state. */
  readonly dataDisk: AzureServicesBoxDisk;

  constructor(scope: Construct, id: string, props: AzureServicesBoxProps) {
    super(scope, id);
    const { topology, resourceGroupName } = props;
    const box = topology.servicesBox;
    const tags = tagsFor(topology, ROLE);
    const name = azureName(topology, 'services-box');

    const identity = new UserAssignedIdentity(this, 'identity', { name, resourceGroupName, location: topology.region, tags });
    const readsSecrets = props.keyVault.allowRead(ROLE, identity.principalId, SECRET_NAMES);

    this.publicIp = new PublicIp(this, 'public_ip', {
      name: azureName(topology, 'services-box-ip'),
      resourceGroupName,
      location: topology.region,
      sku: 'Standard',
      allocationMethod: 'Static',
      ipVersion: 'IPv4',
      tags,
      // DNS points at this address: losing it breaks every user and webhook.
      lifecycle: { preventDestroy: box.protection },
    });
    this.nic = new NetworkInterface(this, 'nic', {
      name: azureName(topology, 'services-box-nic'),
      resourceGroupName,
      location: topology.region,
      ipConfiguration: [
        {
          name: 'primary',
          primary: true,
          subnetId: props.subnetId,
          privateIpAddressAllocation: 'Static',
          privateIpAddress: props.privateIp,
          publicIpAddressId: this.publicIp.id,
        },
      ],
      tags,
    });
    new NetworkInterfaceApplicationSecurityGroupAssociation(this, 'nic_asg', {
      networkInterfaceId: this.nic.id,
      applicationSecurityGroupId: props.applicationSecurityGroupId,
    });
    if (props.networkSecurityGroupId) {
      new NetworkInterfaceSecurityGroupAssociation(this, 'nic_nsg', {
        networkInterfaceId: this.nic.id,
        networkSecurityGroupId: props.networkSecurityGroupId,
      });
    }

    const image = imageSource(box.image, box.arch);
    const init = servicesBoxCloudInit({
      topology,
      privateIp: props.privateIp,
      secretUrls: Object.fromEntries(SECRET_NAMES.map((n) => [n, props.keyVault.secrets[n].url])) as Record<SecretName, string>,
      dataDevices: AZURE_DATA_DEVICES,
    });
    this.dataDisk = new AzureServicesBoxDisk(this, 'data', { topology, resourceGroupName });
    this.vm = new LinuxVirtualMachine(this, 'vm', {
      name,
      resourceGroupName,
      location: topology.region,
      size: box.instanceType,
      networkInterfaceIds: [this.nic.id],
      adminUsername: topology.ssh.username,
      adminSshKey: topology.ssh.publicKeys.map((publicKey) => ({ username: topology.ssh.username, publicKey })),
      disablePasswordAuthentication: true,
      osDisk: {
        name: azureName(topology, 'services-box-os'),
        caching: 'ReadWrite',
        storageAccountType: 'Premium_LRS',
        // Installations made before the data disk kept their state here; the size stays so that upgrading changes
        // nothing on it (the README's "Upgrading" moves the state over).
        diskSizeGb: box.diskGiB,
        ...diskEncryption(topology),
      },
      // Managed disks are encrypted at rest (platform keys) anyway; encryption at host also covers the temp disk and
      // the host caches. It needs the subscription feature Microsoft.Compute/EncryptionAtHost registered once.
      encryptionAtHostEnabled: true,
      ...image,
      identity: { type: 'UserAssigned', identityIds: [identity.id] },
      customData: base64Text(init),
      // The first boot reads the secrets: they and the right to read them exist before the box does.
      dependsOn: readsSecrets,
      tags,
      lifecycle: {
        preventDestroy: box.protection,
        // Custom data, the image, the admin user and SSH keys only take effect when a VM is created, and changing any
        // of them replaces it: a new image or a rotated key must not destroy the box holding all the state.
        ignoreChanges: ['custom_data', 'source_image_reference', 'source_image_id', 'admin_username', 'admin_ssh_key'],
      },
    });
    this.dataDisk.attachTo(this.vm.id);
    if (box.protection) {
      new ManagementLock(this, 'lock', {
        name: azureName(topology, 'services-box-lock'),
        scope: this.vm.id,
        lockLevel: 'CanNotDelete',
        notes: 'The services box holds all CircleCI state; remove this lock on purpose before deleting it.',
      });
    }
  }
}
