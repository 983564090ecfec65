import { LinuxVirtualMachineScaleSet } from '@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set';
import type { ITerraformDependable } from 'cdktf';
import type { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { diskEncryption } from './disk-encryption';
import { terminationTimeout } from './drain';
import { imageSource } from './image';
import { builderZones } from './zones';

/** Props of {@link builderScaleSet}. */
export interface BuilderScaleSetProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Name of the scale set. */
  readonly name: string;
  /** Resource group of the scale set. */
  readonly resourceGroupName: string;
  /** Builders in the set when Terraform creates it. */
  readonly instances: number;
  /** Regular priority with a terminate notification, or spot, which Azure allows none. */
  readonly priority: 'regular' | 'spot';
  /** True when an autoscale setting owns the instance count, so Terraform leaves it alone after creation. */
  readonly scheduled: boolean;
  /** The builders' subnet. */
  readonly subnetId: string;
  /** True to give every builder a public IP; false when the subnet's NAT gateway carries their outbound traffic. */
  readonly publicIp: boolean;
  /** The role's application security group, which every builder NIC joins. */
  readonly applicationSecurityGroupId: string;
  /** The role's NSG, on every builder NIC when the subnet is not the kit's own. @default none (the subnet has it) */
  readonly networkSecurityGroupId?: string;
  /** The builders' user-assigned identity. */
  readonly identityId: string;
  /** The builders' cloud-init, base64. */
  readonly customData: string;
  /** What must exist before the first builder boots (the passphrase and the right to read it). */
  readonly dependsOn: ITerraformDependable[];
  /** Tags of the scale set. */
  readonly tags: Record<string, string>;
}

/**
 * One builder scale set of the sizing plan's VM size, spread over the builders' zones: SSH keys only, encrypted
 * disks, the builders' own identity. Regular priority gets the terminate notification, which holds a builder that
 * scale-in deletes while the drain agent runs circle-shutdown.
 */
export function builderScaleSet(scope: Construct, id: string, props: BuilderScaleSetProps): LinuxVirtualMachineScaleSet {
  const { topology } = props;
  const builders = topology.builders;
  const zones = builderZones(topology);
  return new LinuxVirtualMachineScaleSet(scope, id, {
    name: props.name,
    resourceGroupName: props.resourceGroupName,
    location: topology.region,
    sku: builders.instanceType,
    instances: props.instances,
    ...(zones.length > 0 ? { zones: [...zones] } : {}),
    adminUsername: topology.ssh.username,
    adminSshKey: topology.ssh.publicKeys.map((publicKey) => ({ username: topology.ssh.username, publicKey })),
    disablePasswordAuthentication: true,
    ...imageSource(builders.image, builders.arch),
    osDisk: { caching: 'ReadWrite', storageAccountType: 'Premium_LRS', ...diskEncryption(topology) },
    // Managed disks are encrypted at rest (platform keys) anyway; encryption at host also covers the temp disk and
    // the host caches. It needs the subscription feature Microsoft.Compute/EncryptionAtHost registered once.
    encryptionAtHostEnabled: true,
    identity: { type: 'UserAssigned', identityIds: [props.identityId] },
    customData: props.customData,
    dependsOn: props.dependsOn,
    // Overprovisioned extra VMs would boot, register with the services box as builders, and be deleted again.
    overprovision: false,
    networkInterface: [
      {
        name: 'builder',
        primary: true,
        ...(props.networkSecurityGroupId ? { networkSecurityGroupId: props.networkSecurityGroupId } : {}),
        ipConfiguration: [
          {
            name: 'primary',
            primary: true,
            subnetId: props.subnetId,
            applicationSecurityGroupIds: [props.applicationSecurityGroupId],
            ...(props.publicIp ? { publicIpAddress: [{ name: 'builder' }] } : {}),
          },
        ],
      },
    ],
    // Spot: deleted on eviction, at any price up to on-demand (-1), and no terminate notification: "Terminate
    // notifications cannot be enabled on Spot instances" (learn.microsoft.com/azure/virtual-machine-scale-sets/
    // virtual-machine-scale-sets-terminate-notification).
    ...(props.priority === 'spot'
      ? { priority: 'Spot', evictionPolicy: 'Delete', maxBidPrice: -1 }
      : { terminationNotification: { enabled: true, timeout: terminationTimeout(builders.drainTimeoutSeconds) } }),
    tags: props.tags,
    ...(props.scheduled ? { lifecycle: { ignoreChanges: ['instances'] } } : {}),
  });
}
