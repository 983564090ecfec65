import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { only, synthAws } from './support';

/** `aws_<type>.<name>`, as depends_on spells an address. */
const address = (type: string, name: string) => `${type}.${name}`;
const addressesOf = (json: TerraformJson, type: string) => Object.keys(resourcesOf(json, type)).map((name) => address(type, name));

describe('AWS first deployment on a fresh account', () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = synthAws();
  });

  test('GIVEN an account opted into Local Zones WHEN the zones are looked up THEN only the region’s own zones (opt-in-not-required) are picked', () => {
    const zones = Object.values(json.data?.aws_availability_zones ?? {}) as Record<string, unknown>[];
    expect(zones).toHaveLength(1);
    expect(zones[0]).toMatchObject({ state: 'available', filter: [{ name: 'opt-in-status', values: ['opt-in-not-required'] }] });
  });

  test('GIVEN the default topology WHEN synthesized THEN the Elastic IP association and the services box wait for the internet gateway, the public route table and the box’s subnet association', () => {
    const [gateway] = addressesOf(json, 'aws_internet_gateway');
    const [routes] = addressesOf(json, 'aws_route_table');
    const associations = addressesOf(json, 'aws_route_table_association');
    const [, box] = only(json, 'aws_instance');
    const [, association] = only(json, 'aws_eip_association');
    for (const waiter of [box, association]) {
      expect(waiter.depends_on).toEqual(expect.arrayContaining([gateway, routes]));
      expect((waiter.depends_on as string[]).filter((d) => associations.includes(d))).toHaveLength(1);
    }
  });

  test('GIVEN public builders WHEN synthesized THEN the Auto Scaling group launches after the gateway, the route table and every public association', () => {
    const [, group] = only(json, 'aws_autoscaling_group');
    expect(group.depends_on).toEqual(
      expect.arrayContaining([...addressesOf(json, 'aws_internet_gateway'), ...addressesOf(json, 'aws_route_table'), ...addressesOf(json, 'aws_route_table_association')]),
    );
  });

  test('GIVEN private builders WHEN synthesized THEN the Auto Scaling group launches after the NAT gateway, the private route table and the private associations', () => {
    const patched = synthAws({ aws: { network: { privateBuilders: true } } });
    const [, group] = only(patched, 'aws_autoscaling_group');
    const privateRoutes = Object.entries(resourcesOf(patched, 'aws_route_table')).find(([, t]) => JSON.stringify(t.route).includes('nat_gateway_id'))![0];
    const privateAssociations = Object.entries(resourcesOf(patched, 'aws_route_table_association'))
      .filter(([, a]) => String(a.route_table_id).includes(privateRoutes))
      .map(([name]) => address('aws_route_table_association', name));
    expect(privateAssociations).toHaveLength(2);
    expect(group.depends_on).toEqual(expect.arrayContaining([...addressesOf(patched, 'aws_nat_gateway'), address('aws_route_table', privateRoutes), ...privateAssociations]));
  });

  test('GIVEN an existing network WHEN synthesized THEN the box and the association wait on nothing of a network the kit did not make', () => {
    const patched = synthAws({
      aws: { network: { existing: { vpcId: 'vpc-0abc12345', subnetIds: ['subnet-0aaa11111'] } }, servicesBox: { privateIp: '10.1.0.25' } },
    });
    const [, association] = only(patched, 'aws_eip_association');
    expect(association.depends_on ?? []).toEqual([]);
  });
});
