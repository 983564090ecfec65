import { ROLE_TAG } from '../../../src/adapters/shared/naming';
import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { defaultAzure, EXISTING_AZURE, EXISTING_SUBNETS, only, ref, synthAzure } from './support';

const NAT_TYPES = ['azurerm_nat_gateway', 'azurerm_nat_gateway_public_ip_association', 'azurerm_subnet_nat_gateway_association'];

/** The primary IP configuration of every builder scale set's NIC. */
function builderIpConfigurations(json: TerraformJson): Record<string, unknown>[] {
  return Object.values(resourcesOf(json, 'azurerm_linux_virtual_machine_scale_set')).map(
    (set) => (set.network_interface as { ip_configuration: Record<string, unknown>[] }[])[0].ip_configuration[0],
  );
}

describe('Azure private builders', () => {
  it('GIVEN azure.network.privateBuilders WHEN synthesized THEN builder NICs have no public IP and a NAT gateway with a static Standard address serves the builders subnet', () => {
    const json = synthAzure({ builders: { spot: { onDemandBase: 0 } }, azure: { network: { privateBuilders: true } } });
    const configurations = builderIpConfigurations(json);
    expect(configurations).toHaveLength(2);
    for (const configuration of configurations) expect(configuration.public_ip_address).toBeUndefined();

    const [gatewayName, gateway] = only(json, 'azurerm_nat_gateway');
    expect(gateway).toMatchObject({ name: 'ci-builders-nat', sku_name: 'Standard' });
    const [ipName, ip] = Object.entries(resourcesOf(json, 'azurerm_public_ip')).find(([, address]) => address.name === 'ci-builders-nat-ip')!;
    expect(ip).toMatchObject({ sku: 'Standard', allocation_method: 'Static' });
    // Filed under the builders by the review, never as the services box's address.
    expect((ip.tags as Record<string, string>)[ROLE_TAG]).toBe('builders');
    expect(only(json, 'azurerm_nat_gateway_public_ip_association')[1]).toEqual({
      nat_gateway_id: ref('azurerm_nat_gateway', gatewayName, 'id'),
      public_ip_address_id: ref('azurerm_public_ip', ipName, 'id'),
    });
    const [subnetName] = Object.entries(resourcesOf(json, 'azurerm_subnet')).find(([, subnet]) => subnet.name === 'ci-builders')!;
    expect(only(json, 'azurerm_subnet_nat_gateway_association')[1]).toEqual({
      subnet_id: ref('azurerm_subnet', subnetName, 'id'),
      nat_gateway_id: ref('azurerm_nat_gateway', gatewayName, 'id'),
    });
    expect(configurations[0].subnet_id).toBe(ref('azurerm_subnet', subnetName, 'id'));
  });

  it('GIVEN privateBuilders left at false (the default) WHEN synthesized THEN every builder has a public IP and there is no NAT gateway', () => {
    const json = defaultAzure();
    for (const configuration of builderIpConfigurations(json)) expect(configuration.public_ip_address).toEqual([{ name: 'builder' }]);
    for (const type of NAT_TYPES) expect(resourcesOf(json, type)).toEqual({});
    expect(Object.values(resourcesOf(json, 'azurerm_public_ip')).map((ip) => ip.name)).toEqual(['ci-services-box-ip']);
  });

  it('GIVEN privateBuilders with an existing network WHEN synthesized THEN builders have no public IP and nothing is added to that network (its subnet brings outbound)', () => {
    const json = synthAzure({ azure: { ...EXISTING_AZURE, network: { existing: EXISTING_SUBNETS, privateBuilders: true } } });
    for (const configuration of builderIpConfigurations(json)) {
      expect(configuration.public_ip_address).toBeUndefined();
      expect(configuration.subnet_id).toBe(EXISTING_SUBNETS.buildersSubnetId);
    }
    for (const type of NAT_TYPES) expect(resourcesOf(json, type)).toEqual({});
  });
});
