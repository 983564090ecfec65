import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { assumedBy, policyDocument } from './instance-identity';
import { AwsLogGroup } from './log-group';
import { awsName } from './names';

/** Props of AwsFlowLog. */
export interface AwsFlowLogProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The VPC the kit created. */
  readonly vpcId: string;
}

/**
 * A flow log of all traffic of the VPC the kit creates, to a CloudWatch log group kept a year, written with a role
 * only VPC Flow Logs may assume and that may write to that group only (CKV2_AWS_11; GCP subnets log flows too).
 * The role's actions are those the provider's aws_flow_log document and the VPC user guide list for CloudWatch
 * delivery (docs.aws.amazon.com/vpc/latest/userguide/flow-logs-iam-role.html).
 */
export class AwsFlowLog extends Construct {
  constructor(scope: Construct, id: string, props: AwsFlowLogProps) {
    super(scope, id);
    const { topology } = props;
    const name = awsName(topology, 'flow-log');
    const tags = { Name: name };
    const logs = new AwsLogGroup(this, 'logs', { name: `/aws/vpc/${name}`, tags, ...(topology.settings.kmsKeyArn ? { kmsKeyArn: topology.settings.kmsKeyArn } : {}) });
    const role = new IamRole(this, 'role', {
      name,
      description: `VPC Flow Logs of the CircleCI installation ${topology.domain}`,
      assumeRolePolicy: assumedBy('vpc-flow-logs.amazonaws.com'),
      tags,
    });
    const policy = new IamRolePolicy(this, 'policy', {
      name,
      role: role.id,
      policy: policyDocument([
        { sid: 'WriteFlowLog', actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'], resources: [`${logs.group.arn}:*`] },
      ]),
    });
    new FlowLog(this, 'flow_log', {
      vpcId: props.vpcId,
      trafficType: 'ALL',
      logDestinationType: 'cloud-watch-logs',
      logDestination: logs.group.arn,
      iamRoleArn: role.arn,
      tags,
      dependsOn: [policy],
    });
  }
}
