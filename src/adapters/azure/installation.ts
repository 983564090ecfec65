import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Construct } from 'constructs';
import { AzureServicesBoxBackup } from './backup';
import { AzureBuilders } from './builders';
import { AzureDns } from './dns';
import { AzureFirewall } from './firewall';
import { AzureKeyVault } from './key-vault';
import { resourceGroupName, tagsFor } from './names';
import { AzureNetwork, type ExistingAzureSubnets } from './network';
import { Fn } from 'cdktf';
import type { InstallationProps } from '../shared/installation-props';
import { installationOutputs } from '../shared/outputs';
import { AzureServicesBox } from './services-box';

/** Props of {@link AzureInstallation}. */
export type AzureInstallationProps = InstallationProps<'azure', ExistingAzureSubnets>;

/**
 * The whole installation on Azure: resource group, network, firewall, Key Vault, services box with backups and DNS,
 * the builder scale sets with their schedule, and the stack's outputs.
 */
export class AzureInstallation extends Construct {
  /** The network. */
  readonly network: AzureNetwork;
  /** The firewall. */
  readonly firewall: AzureFirewall;
  /** The services box. */
  readonly servicesBox: AzureServicesBox;
  /** The builders. */
  readonly builders: AzureBuilders;

  constructor(scope: Construct, id: string, props: AzureInstallationProps) {
    super(scope, id);
    const { topology } = props;
    const group = new ResourceGroup(this, 'resource_group', { name: resourceGroupName(topology), location: topology.region, tags: tagsFor(topology) });
    const rg = group.name;

    this.network = new AzureNetwork(this, 'network', { topology, resourceGroupName: rg, ...(props.existingNetwork ? { existing: props.existingNetwork } : {}) });
    const subnets = { servicesBox: this.network.servicesSubnetId, builders: this.network.buildersSubnetId };
    this.firewall = new AzureFirewall(this, 'firewall', { topology, resourceGroupName: rg, ...(this.network.ownsSubnets ? { subnetIds: subnets } : {}) });
    const nicNsg = (role: 'servicesBox' | 'builders') =>
      this.network.ownsSubnets ? {} : { networkSecurityGroupId: this.firewall.networkSecurityGroups[role].id };
    const keyVault = new AzureKeyVault(this, 'key_vault', { topology, resourceGroupName: rg, subnetIds: [subnets.servicesBox, subnets.builders], checkServiceEndpoints: !this.network.ownsSubnets && !props.existingNetwork });

    this.servicesBox = new AzureServicesBox(this, 'services_box', {
      topology,
      resourceGroupName: rg,
      subnetId: subnets.servicesBox,
      privateIp: this.network.servicesPrivateIp,
      applicationSecurityGroupId: this.firewall.applicationSecurityGroups.servicesBox.id,
      ...nicNsg('servicesBox'),
      keyVault,
    });
    new AzureServicesBoxBackup(this, 'backup', { topology, resourceGroupName: rg, vmId: this.servicesBox.vm.id });
    const dns = new AzureDns(this, 'dns', { topology, resourceGroupName: rg, publicIpId: this.servicesBox.publicIp.id });

    this.builders = new AzureBuilders(this, 'builders', {
      topology,
      resourceGroupName: rg,
      subnetId: subnets.builders,
      publicIp: this.network.buildersPublic,
      servicesPrivateIp: this.network.servicesPrivateIp,
      applicationSecurityGroupId: this.firewall.applicationSecurityGroups.builders.id,
      ...nicNsg('builders'),
      keyVault,
    });

    // The one scale set's name, or both, comma-separated, when spot builders have their own (regular first).
    const setNames = this.builders.scaleSets.map((set) => set.name);
    installationOutputs(this, topology, {
      publicIp: this.servicesBox.publicIp.ipAddress,
      privateIp: this.servicesBox.nic.privateIpAddress,
      builderGroupName: setNames.length === 1 ? setNames[0] : Fn.join(', ', setNames),
      builderGroupKind: 'VM scale set (regular priority first, then spot)',
      ...(dns.nameServers ? { nameServers: dns.nameServers } : {}),
    });
  }
}
