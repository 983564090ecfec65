import type { LinuxVirtualMachineScaleSet } from '@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { Construct } from 'constructs';
import { azureSpotSplit } from '../../topology/azure-spot-split';
import type { ResolvedTopology } from '../../topology/resolved';
import { AzureBuilderSchedule } from './autoscale';
import { base64Text } from '../shared/base64-text';
import { builderCloudInit } from './builder-init';
import { builderScaleSet } from './builder-scale-set';
import type { AzureKeyVault } from './key-vault';
import { azureName, tagsFor } from './names';

/** Props of {@link AzureBuilders}. */
export interface AzureBuildersProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group of the scale sets. */
  readonly resourceGroupName: string;
  /** The builders' subnet. */
  readonly subnetId: string;
  /** True to give every builder a public IP; false when a NAT gateway carries their outbound traffic. */
  readonly publicIp: boolean;
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
 * The builder fleet, with the builders' own identity, which may read the passphrase and nothing else, and a public
 * IP each unless the topology asks for private builders (end users SSH into builds on the builders' addresses).
 *
 * Up to two scale sets (see azureSpotSplit): one at regular priority with a terminate notification, holding the
 * on-demand base and every builder the working-hours schedule adds and removes, so scale-in always drains through
 * the drain agent; and one at spot priority for the builders above the base that run day and night, which Azure
 * drains only on eviction (Preempt, about 30 s ahead, best effort). A uniform scale set holds one VM size, so spot
 * uses the plan's size only; builders.spot.alternatives is refused on Azure at validation.
 */
export class AzureBuilders extends Construct {
  /** The scale sets: the regular-priority one first, when there is one. */
  readonly scaleSets: LinuxVirtualMachineScaleSet[] = [];

  constructor(scope: Construct, id: string, props: AzureBuildersProps) {
    super(scope, id);
    const { topology, resourceGroupName } = props;
    const tags = tagsFor(topology, ROLE);
    const name = azureName(topology, 'builders');

    const identity = new UserAssignedIdentity(this, 'identity', { name, resourceGroupName, location: topology.region, tags });
    const readsPassphrase = props.keyVault.allowRead(ROLE, identity.principalId, ['circle-secret-passphrase']);
    const init = builderCloudInit({
      topology,
      servicesPrivateIp: props.servicesPrivateIp,
      passphraseUrl: props.keyVault.secrets['circle-secret-passphrase'].url,
    });
    const common = {
      topology,
      resourceGroupName,
      subnetId: props.subnetId,
      publicIp: props.publicIp,
      applicationSecurityGroupId: props.applicationSecurityGroupId,
      ...(props.networkSecurityGroupId ? { networkSecurityGroupId: props.networkSecurityGroupId } : {}),
      identityId: identity.id,
      customData: base64Text(init),
      // Builders read the passphrase at first boot: it and the right to read it exist before any builder does.
      dependsOn: readsPassphrase,
      tags,
    };

    const split = azureSpotSplit(topology.builders);
    const schedule = topology.builders.schedule;
    if (split.onDemand.working > 0) {
      const drained = builderScaleSet(this, 'scale_set', { ...common, name, instances: split.onDemand.working, priority: 'regular', scheduled: schedule !== undefined });
      this.scaleSets.push(drained);
      if (schedule) {
        new AzureBuilderSchedule(this, 'schedule', { topology, schedule, builders: split.onDemand, resourceGroupName, scaleSetId: drained.id });
      }
    }
    if (split.spot > 0) {
      // Never scaled by the schedule: the count is Terraform's, and only eviction removes a spot builder.
      this.scaleSets.push(builderScaleSet(this, 'spot_scale_set', { ...common, name: azureName(topology, 'builders-spot'), instances: split.spot, priority: 'spot', scheduled: false }));
    }
  }
}
