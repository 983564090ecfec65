import { LinuxVirtualMachineScaleSet } from '@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { AzureBuilderSchedule } from './autoscale';
import { base64Text } from '../shared/base64-text';
import { builderCloudInit } from './builder-init';
import { terminationTimeout } from './drain';
import { imageSource } from './image';
import { builderZones } from './zones';
import type { AzureKeyVault } from './key-vault';
import { azureName, tagsFor } from './names';

/** Props of {@link AzureBuilders}. */
export interface AzureBuildersProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group of the scale set. */
  readonly resourceGroupName: string;
  /** The builders' subnet. */
  readonly subnetId: string;
  /** The services box's private IP (SERVICES_PRIVATE_IP). */
  readonly servicesPrivateIp: string;
  /** The role's application security group, which every builder NIC joins. */
  readonly applicationSecurityGroupId: string;
  /** The role's NSG, on every builder NIC when the subnet is not the kit's own. @default none (the subnet has it) */
  readonly networkSecurityGroupId?: string;
  /** Where CIRCLE_SECRET_PASSPHRASE is; the builders' identity may read that secret and nothing else. */
  readonly keyVault: AzureKeyVault;
}

const ROLE = 'builders' as const;

/**
 * The builder fleet: one uniform scale set of the sizing plan's VM size and count, spread over the topology's zones,
 * SSH keys only, encrypted disks, each builder with a public IP (end users SSH into builds) and the builders' own
 * identity, which may read the passphrase and nothing else. Scaling in drains builders through the terminate
 * notification and the drain agent.
 *
 * Spot: a uniform scale set holds one VM size and one priority, so the plan's alternative sizes and the on-demand
 * base cannot be expressed here (a flexible scale set's priority mix could); and Azure does not deliver terminate
 * notifications to spot instances, so spot builders are drained only on eviction, about 30 s ahead, best effort.
 */
export class AzureBuilders extends Construct {
  /** The scale set. */
  readonly scaleSet: LinuxVirtualMachineScaleSet;

  constructor(scope: Construct, id: string, props: AzureBuildersProps) {
    super(scope, id);
    const { topology, resourceGroupName } = props;
    const builders = topology.builders;
    const tags = tagsFor(topology, ROLE);
    const name = azureName(topology, 'builders');

    const identity = new UserAssignedIdentity(this, 'identity', { name, resourceGroupName, location: topology.region, tags });
    const readsPassphrase = props.keyVault.allowRead(ROLE, identity.principalId, ['circle-secret-passphrase']);

    const init = builderCloudInit({
      topology,
      servicesPrivateIp: props.servicesPrivateIp,
      passphraseUrl: props.keyVault.secrets['circle-secret-passphrase'].url,
    });
    const zones = builderZones(topology);
    this.scaleSet = new LinuxVirtualMachineScaleSet(this, 'scale_set', {
      name,
      resourceGroupName,
      location: topology.region,
      sku: builders.instanceType,
      instances: builders.desired,
      ...(zones.length > 0 ? { zones: [...zones] } : {}),
      adminUsername: topology.ssh.username,
      adminSshKey: topology.ssh.publicKeys.map((publicKey) => ({ username: topology.ssh.username, publicKey })),
      disablePasswordAuthentication: true,
      ...imageSource(builders.image, builders.arch),
      osDisk: { caching: 'ReadWrite', storageAccountType: 'Premium_LRS' },
      // Managed disks are encrypted at rest (platform keys) anyway; encryption at host also covers the temp disk and
      // the host caches. It needs the subscription feature Microsoft.Compute/EncryptionAtHost registered once.
      encryptionAtHostEnabled: true,
      identity: { type: 'UserAssigned', identityIds: [identity.id] },
      customData: base64Text(init),
      // Builders read the passphrase at first boot: it and the right to read it exist before any builder does.
      dependsOn: readsPassphrase,
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
              publicIpAddress: [{ name: 'builder' }],
            },
          ],
        },
      ],
      ...(builders.spot
        ? { priority: 'Spot', evictionPolicy: 'Delete', maxBidPrice: -1 }
        : { terminationNotification: { enabled: true, timeout: terminationTimeout(builders.drainTimeoutSeconds) } }),
      tags,
      // The schedule owns the instance count once there is one.
      ...(builders.schedule ? { lifecycle: { ignoreChanges: ['instances'] } } : {}),
    });
    if (builders.schedule) {
      new AzureBuilderSchedule(this, 'schedule', {
        topology,
        schedule: builders.schedule,
        resourceGroupName,
        scaleSetId: this.scaleSet.id,
      });
    }
  }
}
