import { TerraformStack } from 'cdktf';
import { AzureInstallation } from '../../../src/adapters/azure';
import { keyVaultName, resourceGroupName } from '../../../src/adapters/azure/names';
import { TopologyError } from '../../../src/topology/errors';
import { resourcesOf, synthStack, type TerraformJson } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';
import { EXISTING_AZURE, EXISTING_SUBNETS, only, synthAzure, regularSet } from './support';
import { testApp } from '../../helpers/app';

describe('Azure network and names', () => {
  let json: TerraformJson;
  let existing: TerraformJson;
  beforeAll(() => {
    json = synthAzure();
    existing = synthAzure({ azure: EXISTING_AZURE });
  });

  it('GIVEN the default topology WHEN synthesized THEN a resource group <name>-rg and a VNet with a services and a builders subnet carved from it', () => {
    expect(only(json, 'azurerm_resource_group')[1]).toMatchObject({ name: 'ci-rg', location: 'eastus' });
    expect(only(json, 'azurerm_virtual_network')[1].address_space).toEqual(['10.60.0.0/16']);
    const subnets = Object.values(resourcesOf(json, 'azurerm_subnet')).map((s) => [s.name, s.address_prefixes, s.service_endpoints, s.default_outbound_access_enabled]);
    expect(subnets.sort()).toEqual([
      ['ci-builders', ['10.60.128.0/17'], ['Microsoft.KeyVault'], false],
      ['ci-services-box', ['10.60.0.0/18'], ['Microsoft.KeyVault'], false],
    ]);
  });

  it('GIVEN existing subnets WHEN synthesized THEN no network is created, the box takes the given address, and each subnet must have the Key Vault service endpoint', () => {
    expect(resourcesOf(existing, 'azurerm_virtual_network')).toEqual({});
    expect(resourcesOf(existing, 'azurerm_subnet')).toEqual({});
    const lookups = Object.values(existing.data?.azurerm_subnet ?? {}) as { name: string; lifecycle: { postcondition: { condition: string; error_message: string }[] } }[];
    expect(lookups.map(({ lifecycle, ...lookup }) => lookup).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'ci-builders', virtual_network_name: 'corp', resource_group_name: 'net-rg' },
      { name: 'ci-services', virtual_network_name: 'corp', resource_group_name: 'net-rg' },
    ]);
    for (const lookup of lookups) {
      expect(lookup.lifecycle.postcondition).toEqual([
        { condition: '${contains(self.service_endpoints, "Microsoft.KeyVault")}', error_message: expect.stringContaining(`--vnet-name corp -n ${lookup.name} --service-endpoints Microsoft.KeyVault`) },
      ]);
    }
    const ip = (only(existing, 'azurerm_network_interface')[1].ip_configuration as Record<string, unknown>[])[0];
    expect(ip.subnet_id).toBe(EXISTING_SUBNETS.servicesSubnetId);
    expect(ip.private_ip_address).toBe('172.16.0.25');
    const set = regularSet(existing)[1] as { network_interface: { ip_configuration: { subnet_id: string }[] }[]; custom_data: string };
    expect(set.network_interface[0].ip_configuration[0].subnet_id).toBe(EXISTING_SUBNETS.buildersSubnetId);
    expect(Buffer.from(set.custom_data, 'base64').toString('utf8')).toContain('SERVICES_PRIVATE_IP="172.16.0.25"');
  });

  it('GIVEN existing subnets whose names leave nothing readable or read alike WHEN synthesized THEN each gets its own lookup (found by fuzzing: "-" crashed the synth)', () => {
    const subnet = (vnet: string, name: string) => `/subscriptions/00000000-0000-1000-8000-000000000000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/${vnet}/subnets/${name}`;
    const odd = synthAzure({ azure: { ...EXISTING_AZURE, network: { existing: { servicesSubnetId: subnet('__', '-'), buildersSubnetId: subnet('__', '_') } } } });
    const names = Object.values(odd.data?.azurerm_subnet ?? {}).map((lookup) => lookup.name);
    expect(names.sort()).toEqual(['-', '_']);
  });

  it('GIVEN subnets passed in by another CDKTF app with the services box address THEN the box takes that address', () => {
    const other = new TerraformStack(testApp(), 'other');
    new AzureInstallation(other, 'installation', { topology: resolvedFor('azure'), existingNetwork: { ...EXISTING_SUBNETS, servicesPrivateIp: '172.16.1.77' } });
    const passed = synthStack(other);
    expect((only(passed, 'azurerm_network_interface')[1].ip_configuration as Record<string, unknown>[])[0].private_ip_address).toBe('172.16.1.77');
    expect(passed.data?.azurerm_subnet).toBeUndefined();
  });

  it('GIVEN a VNet too small for two subnets WHEN synthesized THEN a TopologyError names azure.network.vnetCidr', () => {
    expect(() => synthAzure({ azure: { network: { vnetCidr: '10.60.0.0/28' } } })).toThrow(TopologyError);
  });

  it('GIVEN long and short names WHEN the Key Vault name is derived THEN it follows Azure rules and is stable', () => {
    const long = resolvedFor('azure', { name: 'a-very-long-prefix-x' });
    for (const topology of [resolvedFor('azure'), long]) {
      const name = keyVaultName(topology);
      expect(name).toMatch(/^[a-z][a-z0-9-]{1,22}[a-z0-9]$/);
      expect(name).not.toContain('--');
      expect(keyVaultName(topology)).toBe(name);
    }
    expect(keyVaultName(resolvedFor('azure', { azure: { location: 'westeurope' } }))).not.toBe(keyVaultName(resolvedFor('azure')));
    expect(resourceGroupName(resolvedFor('azure', { azure: { resourceGroup: 'platform-ci' } }))).toBe('platform-ci');
  });

  it('GIVEN the default topology WHEN synthesized THEN every taggable resource carries the topology tags', () => {
    for (const [type, resources] of Object.entries(json.resource ?? {})) {
      for (const resource of Object.values(resources)) {
        if (!('tags' in resource)) continue;
        expect({ type, tags: resource.tags }).toEqual({ type, tags: expect.objectContaining({ installation: 'ci', team: 'platform' }) });
      }
    }
  });
});
