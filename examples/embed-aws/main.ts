// A platform team's own CDKTF app: its stack, provider, state and VPC are its own; the CircleCI installation is one
// construct placed into that VPC. Install the kit from a tarball (`npm pack` in the kit) or a git URL, then
// `npm run synth` here, or `npx cdktf deploy platform`.
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { App, LocalBackend, TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { AwsInstallation, parseTopology, requireTerraform, resolveTopology, sizingPlanOutput } from 'circleci-installation-kit';

const REGION = 'eu-west-1';

// The topology in code rather than in a file: the same schema validates it, and a mistake throws a TopologyError
// whose report() names the field, the value and what is allowed.
const topology = resolveTopology(
  parseTopology({
    name: 'ci',
    domain: 'ci.platform.example.com',
    clouds: ['aws'],
    tags: { team: 'platform' },
    network: { administrators: ['203.0.113.0/24'], endUsers: ['198.51.100.0/24'] },
    servicesBox: { dailyActiveUsers: 40 },
    builders: { containers: 16 },
    github: { clientId: 'Iv1.0123456789abcdef' },
    aws: { region: REGION, dns: { zoneId: 'Z0123456789ABCDEFGHIJ' } },
  }),
  'aws',
);

/** The platform team's network stack, with the CircleCI installation in its VPC. */
class PlatformStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: REGION, defaultTags: [{ tags: { owner: 'platform-team' } }] });
    new LocalBackend(this, { path: 'terraform.platform.tfstate' });
    // The installation stores its secrets through write-only arguments: Terraform 1.11 or later.
    requireTerraform(this);

    const vpc = new Vpc(this, 'vpc', { cidrBlock: '10.20.0.0/16', enableDnsSupport: true, enableDnsHostnames: true, tags: { Name: 'platform' } });
    const gateway = new InternetGateway(this, 'gateway', { vpcId: vpc.id });
    const routes = new RouteTable(this, 'public_routes', { vpcId: vpc.id, route: [{ cidrBlock: '0.0.0.0/0', gatewayId: gateway.id }] });
    const subnets = ['a', 'b'].map((zone, index) => {
      const subnet = new Subnet(this, `public_${zone}`, { vpcId: vpc.id, cidrBlock: `10.20.${index}.0/24`, availabilityZone: `${REGION}${zone}`, tags: { Name: `platform-public-${zone}` } });
      new RouteTableAssociation(this, `public_${zone}_routes`, { subnetId: subnet.id, routeTableId: routes.id });
      return subnet;
    });

    const ci = new AwsInstallation(this, 'circleci', { topology, existingNetwork: { vpcId: vpc.id, subnetIds: subnets.map((subnet) => subnet.id) } });
    sizingPlanOutput(this, topology);
    new TerraformOutput(this, 'ci_services_box_id', { value: ci.servicesBox.instance.id });
  }
}

const app = new App();
new PlatformStack(app, 'platform');
app.synth();
