import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack } from 'cdktf';
import { AwsInstallation } from '../../../src/adapters/aws';
import { resourcesOf, synthStack, type TerraformJson } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';
import { only, ref, synthAws } from './support';
import { testApp } from '../../helpers/app';

describe('AWS network', () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = synthAws();
  });

  test('GIVEN the default topology WHEN synthesized THEN a new VPC has a public subnet in each of two availability zones, routed to an internet gateway', () => {
    const [vpcName, vpc] = only(json, 'aws_vpc');
    expect(vpc).toMatchObject({ cidr_block: '10.40.0.0/16', enable_dns_support: true, enable_dns_hostnames: true });
    const subnets = Object.entries(resourcesOf(json, 'aws_subnet'));
    expect(subnets.map(([, s]) => s.cidr_block).sort()).toEqual(['10.40.0.0/20', '10.40.16.0/20']);
    const zones = Object.keys(json.data?.aws_availability_zones ?? {});
    expect(zones).toHaveLength(1);
    expect(subnets.map(([, s]) => s.availability_zone).sort()).toEqual([0, 1].map((i) => `\${data.aws_availability_zones.${zones[0]}.names.${i}}`));
    for (const [, subnet] of subnets) expect(subnet).toMatchObject({ vpc_id: ref('aws_vpc', vpcName, 'id'), map_public_ip_on_launch: false });
    const [gatewayName] = only(json, 'aws_internet_gateway');
    expect(only(json, 'aws_route_table')[1].route).toEqual([expect.objectContaining({ cidr_block: '0.0.0.0/0', gateway_id: ref('aws_internet_gateway', gatewayName, 'id') })]);
    expect(Object.keys(resourcesOf(json, 'aws_route_table_association'))).toHaveLength(2);
    expect(resourcesOf(json, 'aws_nat_gateway')).toEqual({});
    expect(only(json, 'aws_default_security_group')[1]).not.toHaveProperty('ingress');
    const nic = (only(json, 'aws_launch_template')[1].network_interfaces as Record<string, unknown>[])[0];
    expect(nic.associate_public_ip_address).toBe('true');
  });

  test('GIVEN private builders in three zones WHEN synthesized THEN builders use private subnets behind one NAT gateway and get no public address', () => {
    const patched = synthAws({ aws: { network: { privateBuilders: true, availabilityZones: 3 } } });
    const subnets = Object.entries(resourcesOf(patched, 'aws_subnet'));
    expect(subnets.map(([, s]) => s.cidr_block).sort()).toEqual(['10.40.0.0/20', '10.40.128.0/20', '10.40.144.0/20', '10.40.16.0/20', '10.40.160.0/20', '10.40.32.0/20']);
    const [natName, nat] = only(patched, 'aws_nat_gateway');
    const publicAz1 = subnets.find(([, s]) => s.cidr_block === '10.40.0.0/20')![0];
    expect(nat.subnet_id).toBe(ref('aws_subnet', publicAz1, 'id'));
    const privateRoutes = Object.values(resourcesOf(patched, 'aws_route_table')).find((t) => JSON.stringify(t.route).includes('nat_gateway_id'))!;
    expect(privateRoutes.route).toEqual([expect.objectContaining({ cidr_block: '0.0.0.0/0', nat_gateway_id: ref('aws_nat_gateway', natName, 'id') })]);
    const privateIds = subnets.filter(([, s]) => Number(String(s.cidr_block).split('.')[2]) >= 128).map(([name]) => ref('aws_subnet', name, 'id'));
    expect([...(only(patched, 'aws_autoscaling_group')[1].vpc_zone_identifier as string[])].sort()).toEqual(privateIds.sort());
    const nic = (only(patched, 'aws_launch_template')[1].network_interfaces as Record<string, unknown>[])[0];
    expect(nic.associate_public_ip_address).toBe('false');
  });

  test('GIVEN an existing VPC and subnets WHEN synthesized THEN no network resource is created, the box takes the given address, each subnet must be in the VPC, and builders launch after the box', () => {
    const patched = synthAws({
      aws: {
        network: { existing: { vpcId: 'vpc-0abc12345', subnetIds: ['subnet-0aaa11111', 'subnet-0bbb22222'], builderSubnetIds: ['subnet-0ccc33333'] } },
        servicesBox: { privateIp: '10.1.0.25' },
      },
    });
    for (const type of ['aws_vpc', 'aws_subnet', 'aws_internet_gateway', 'aws_route_table', 'aws_nat_gateway', 'aws_default_security_group']) {
      expect({ type, found: Object.keys(resourcesOf(patched, type)) }).toEqual({ type, found: [] });
    }
    for (const group of Object.values(resourcesOf(patched, 'aws_security_group'))) expect(group.vpc_id).toBe('vpc-0abc12345');
    const lookups = Object.values(patched.data?.aws_subnet ?? {}) as { id: string; lifecycle: { postcondition: { condition: string; error_message: string }[] } }[];
    expect(lookups.map((lookup) => lookup.id).sort()).toEqual(['subnet-0aaa11111', 'subnet-0bbb22222', 'subnet-0ccc33333']);
    for (const lookup of lookups) {
      expect(lookup.lifecycle.postcondition).toEqual([{ condition: '${self.vpc_id == "vpc-0abc12345"}', error_message: expect.stringContaining(`Subnet ${lookup.id} (aws.network.existing) is not in VPC vpc-0abc12345`) }]);
    }
    const [boxName, box] = only(patched, 'aws_instance');
    expect(box).toMatchObject({ subnet_id: 'subnet-0aaa11111', private_ip: '10.1.0.25' });
    const [, group] = only(patched, 'aws_autoscaling_group');
    expect(group.vpc_zone_identifier).toEqual(['subnet-0ccc33333']);
    expect(group.depends_on).toContain(`aws_instance.${boxName}`);
  });

  test('GIVEN a network passed in by another CDKTF app WHEN the installation is built THEN it uses those ids over the topology', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 'aws');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    new AwsInstallation(stack, 'installation', {
      topology: resolvedFor('aws'),
      existingNetwork: { vpcId: 'vpc-0fromapp01', subnetIds: ['subnet-0fromapp01', 'subnet-0fromapp02'], servicesPrivateIp: '10.9.0.50' },
    });
    const passed = synthStack(stack);
    expect(resourcesOf(passed, 'aws_vpc')).toEqual({});
    expect(only(passed, 'aws_instance')[1]).toMatchObject({ subnet_id: 'subnet-0fromapp01', private_ip: '10.9.0.50' });
    expect(only(passed, 'aws_autoscaling_group')[1].vpc_zone_identifier).toEqual(['subnet-0fromapp01', 'subnet-0fromapp02']);
    // Only the box's subnet is looked up, for the zone its data volume must be in; the app checks its own network.
    expect(Object.values(passed.data?.aws_subnet ?? {})).toEqual([{ id: 'subnet-0fromapp01' }]);
    expect(only(passed, 'aws_ebs_volume')[1].availability_zone).toMatch(/^\$\{data\.aws_subnet\.\S+\.availability_zone\}$/);
  });

  test('GIVEN a VPC too small to carve subnets from WHEN synthesized THEN it fails naming aws.network.vpcCidr', () => {
    expect(() => synthAws({ aws: { network: { vpcCidr: '10.40.0.0/26' } } })).toThrow(/aws\.network\.vpcCidr/);
  });
});
