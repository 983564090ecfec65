import type { TerraformJson } from '../../helpers/synth';
import { rendered, type Row } from '../cells';
import { all, allData, azureScaleSets, one, renderedFleet } from '../terraform';
import { builderTypesRow } from './families';

const azurerm = (json: TerraformJson) => (json.terraform?.backend as { azurerm: Record<string, unknown> }).azurerm;
const SUBNETS = '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/network/providers/Microsoft.Network/virtualNetworks/shared/subnets';

/** Whether the existing subnet of that name is looked up with a postcondition that it has the Key Vault service endpoint. */
const endpointChecked = (json: TerraformJson, subnet: string) =>
  allData(json, 'azurerm_subnet').some((s) => s.name === subnet && s.lifecycle?.postcondition?.[0]?.condition === '${contains(self.service_endpoints, "Microsoft.KeyVault")}');

/** The azure section. */
export const AZURE_ROWS: readonly Row[] = [
  {
    path: 'azure.location',
    azure: rendered('everything', 'resource group and every resource’s `location`', (json) => one(json, 'azurerm_resource_group').location, 'westeurope', {
      refuses: { patch: { azure: { location: 'westeurope2' } }, message: /is not one of the Azure locations the kit knows/, what: 'a location not in the kit’s table' },
    }),
  },
  { path: 'azure.subscriptionId', azure: rendered('everything', 'provider `subscription_id`', (json) => (json.provider?.azurerm?.[0] as { subscription_id?: string }).subscription_id, '00000000-0000-4000-8000-000000000000') },
  { path: 'azure.resourceGroup', azure: rendered('everything', 'the resource group’s `name`', (json) => one(json, 'azurerm_resource_group').name, 'ci-all-resources') },
  {
    path: 'azure.zones',
    azure: rendered('everything', 'scale sets’ `zones` (default: every zone of the location)', (json) => [...new Set(azureScaleSets(json).map((set) => JSON.stringify(set.zones)))].map((zones) => JSON.parse(zones)), [['1', '2']], {
      byDefault: [['1', '2', '3']],
      refuses: { patch: { azure: { location: 'northcentralus', zones: ['1'] } }, message: /is not a zone of northcentralus: it has no availability zones/, what: 'zones the location does not have' },
    }),
  },
  { path: 'azure.network.vnetCidr', azure: rendered('everything', 'VNet `address_space`, subnets carved from it', (json) => one(json, 'azurerm_virtual_network').address_space, ['10.90.0.0/16']) },
  {
    path: 'azure.network.privateBuilders',
    azure: rendered(
      'everything',
      'NAT gateway on the builders subnet; scale sets without `public_ip_address`',
      (json) => [all(json, 'azurerm_subnet_nat_gateway_association').length, azureScaleSets(json).every((set) => set.network_interface[0].ip_configuration[0].public_ip_address === undefined)],
      [1, true],
    ),
  },
  {
    path: 'azure.network.existing.servicesSubnetId',
    azure: rendered('alternatives', 'services box NIC `subnet_id`; looked up with a postcondition that it has the Microsoft.KeyVault service endpoint', (json) => [one(json, 'azurerm_network_interface').ip_configuration[0].subnet_id, endpointChecked(json, 'services')], [`${SUBNETS}/services`, true]),
  },
  {
    path: 'azure.network.existing.buildersSubnetId',
    azure: rendered('alternatives', 'scale set NIC `subnet_id`; the same service endpoint check', (json) => [azureScaleSets(json).map((set) => set.network_interface[0].ip_configuration[0].subnet_id), endpointChecked(json, 'builders')], [[`${SUBNETS}/builders`], true]),
  },
  { path: 'azure.servicesBox.instanceType', azure: rendered('alternatives', 'VM `size`', (json) => one(json, 'azurerm_linux_virtual_machine').size, 'Standard_E16s_v5') },
  {
    path: 'azure.servicesBox.image',
    azure: rendered('alternatives', '`source_image_reference` (URN) or `source_image_id`', (json) => one(json, 'azurerm_linux_virtual_machine').source_image_reference, { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: '24.04.202501010' }),
  },
  {
    path: 'azure.servicesBox.privateIp',
    azure: rendered('everything', 'NIC static `private_ip_address`', (json) => one(json, 'azurerm_network_interface').ip_configuration[0].private_ip_address, '10.90.0.20', {
      refuses: { patch: { azure: { network: { existing: { servicesSubnetId: `${SUBNETS}/services`, buildersSubnetId: `${SUBNETS}/builders` } } } }, message: /is required with azure.network.existing/, what: 'left out with an existing network' },
    }),
  },
  {
    path: 'azure.builders.instanceType',
    azure: rendered('alternatives', 'scale set `sku`', (json) => renderedFleet('azure', json).instanceType, 'Standard_D32s_v5', {
      refuses: { patch: { builders: { arch: 'arm64', install: { method: 'none' } }, azure: { builders: { instanceType: 'Standard_D32s_v5' } } }, message: /is an x86_64 type and builders.arch is arm64/, what: 'a size of the other arch' },
    }),
  },
  {
    path: 'azure.builders.image',
    azure: rendered('alternatives', 'scale set `source_image_id` (or URN)', (json) => azureScaleSets(json).map((set) => set.source_image_id), ['/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/images/providers/Microsoft.Compute/images/builder-golden']),
  },
  builderTypesRow('azure', 'allow'),
  builderTypesRow('azure', 'deny'),
  {
    path: 'azure.diskEncryptionSetId',
    azure: rendered(
      'everything',
      'every disk’s `disk_encryption_set_id` (OS disks of the VM and scale sets, the services box’s data disk); Key Vault keeps the secrets as ever',
      (json) => [
        ...new Set([
          one(json, 'azurerm_linux_virtual_machine').os_disk.disk_encryption_set_id,
          ...azureScaleSets(json).map((set) => set.os_disk.disk_encryption_set_id),
          one(json, 'azurerm_managed_disk').disk_encryption_set_id,
        ]),
      ],
      ['/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/keys/providers/Microsoft.Compute/diskEncryptionSets/ci-all'],
    ),
  },
  {
    path: 'azure.keyVault.deployerAddresses',
    azure: rendered('everything', 'Key Vault `network_acls.ip_rules`, next to the administrators’ public ranges (one address without /32)', (json) => one(json, 'azurerm_key_vault').network_acls.ip_rules.includes('198.51.100.77'), true, {
      byDefault: false,
      refuses: { patch: { azure: { keyVault: { deployerAddresses: ['10.0.0.5/32'] } } }, message: /is a private range .*Key Vault's firewall admits public IPv4 addresses only/, what: 'private or IPv6 ranges (Key Vault takes public IPv4 only)' },
    }),
  },
  { path: 'azure.dns.resourceGroup', azure: rendered('alternatives', 'A record `resource_group_name`', (json) => one(json, 'azurerm_dns_a_record').resource_group_name, 'shared-dns') },
  { path: 'azure.backend.azurerm.resourceGroupName', azure: rendered('everything', 'azurerm backend `resource_group_name`', (json) => azurerm(json).resource_group_name, 'terraform-state') },
  { path: 'azure.backend.azurerm.storageAccountName', azure: rendered('everything', 'azurerm backend `storage_account_name`', (json) => azurerm(json).storage_account_name, 'examplestate') },
  { path: 'azure.backend.azurerm.containerName', azure: rendered('everything', 'azurerm backend `container_name`', (json) => azurerm(json).container_name, 'tfstate') },
  { path: 'azure.backend.azurerm.key', azure: rendered('everything', 'azurerm backend `key`', (json) => azurerm(json).key, 'ci-all/azure.tfstate') },
];
