import { DataAwsSubnet } from '@cdktf/provider-aws/lib/data-aws-subnet';
import { Construct } from 'constructs';
import { terraformId } from '../shared/naming';

/** Props of AwsSubnetMembership. */
export interface AwsSubnetMembershipProps {
  /** The VPC the subnets must belong to. */
  readonly vpcId: string;
  /** The subnets the topology names. */
  readonly subnetIds: readonly string[];
}

/**
 * Each subnet the topology names, looked up with a postcondition that it lies in the topology's VPC: the security
 * groups are made in that VPC, and EC2 refuses an instance whose subnet is in another VPC only at apply, after the
 * rest of the installation was created. The plan stops here instead, naming the subnet.
 */
export class AwsSubnetMembership extends Construct {
  /** Each subnet's lookup, by id: the network reads the services subnet's zone and range from it. */
  readonly lookups = new Map<string, DataAwsSubnet>();

  constructor(scope: Construct, id: string, props: AwsSubnetMembershipProps) {
    super(scope, id);
    for (const subnetId of new Set(props.subnetIds)) {
      const lookup = new DataAwsSubnet(this, terraformId(subnetId), {
        id: subnetId,
        lifecycle: {
          postcondition: [
            {
              condition: `\${self.vpc_id == "${props.vpcId}"}`,
              errorMessage: `Subnet ${subnetId} (aws.network.existing) is not in VPC ${props.vpcId}: list subnets of aws.network.existing.vpcId only.`,
            },
          ],
        },
      });
      this.lookups.set(subnetId, lookup);
    }
  }
}
