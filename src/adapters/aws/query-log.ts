import { CloudwatchLogResourcePolicy } from '@cdktf/provider-aws/lib/cloudwatch-log-resource-policy';
import { Route53QueryLog } from '@cdktf/provider-aws/lib/route53-query-log';
import { Construct } from 'constructs';
import { ROUTE53_HOME_REGION } from '../../clouds/aws/route53';
import type { ResolvedTopology } from '../../topology/resolved';
import type { AwsAccount } from './account';
import { AwsLogGroup } from './log-group';
import { awsName } from './names';

/** Props of AwsQueryLog. */
export interface AwsQueryLogProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The hosted zone the kit created. */
  readonly zoneId: string;
  /** The account, for the log group's ARN. */
  readonly account: AwsAccount;
}

/**
 * Query logging of a hosted zone the kit creates (CKV2_AWS_39): a log group in us-east-1 kept a year, and a
 * resource policy that lets Route 53, acting for this account only, write to the installation's group and no other.
 */
export class AwsQueryLog extends Construct {
  constructor(scope: Construct, id: string, props: AwsQueryLogProps) {
    super(scope, id);
    const { topology } = props;
    const { partition, accountId } = props.account;
    const name = awsName(topology, 'dns-queries');
    const groupName = `/aws/route53/${topology.dns.zone}/${topology.name}`;
    // A log group is encrypted with a key of its own region only: the topology's key serves when that is us-east-1.
    const kmsKeyArn = topology.region === ROUTE53_HOME_REGION ? topology.settings.kmsKeyArn : undefined;
    const logs = new AwsLogGroup(this, 'logs', { name: groupName, region: ROUTE53_HOME_REGION, tags: { Name: name }, ...(kmsKeyArn ? { kmsKeyArn } : {}) });
    const policy = new CloudwatchLogResourcePolicy(this, 'policy', {
      region: ROUTE53_HOME_REGION,
      policyName: name,
      policyDocument: JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'Route53WritesQueryLogs',
              Effect: 'Allow',
              Principal: { Service: 'route53.amazonaws.com' },
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: `arn:${partition}:logs:${ROUTE53_HOME_REGION}:${accountId}:log-group:${groupName}:*`,
              Condition: { StringEquals: { 'aws:SourceAccount': accountId } },
            },
          ],
        },
        null,
        2,
      ),
    });
    new Route53QueryLog(this, 'query_log', { zoneId: props.zoneId, cloudwatchLogGroupArn: logs.group.arn, dependsOn: [policy] });
  }
}
