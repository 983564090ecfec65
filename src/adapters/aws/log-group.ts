import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { Construct } from 'constructs';

/**
 * Days the kit keeps network and DNS logs: a year, the least checkov's CKV_AWS_338 accepts and long enough to look
 * back at a whole incident. One of CloudWatch's allowed retention values (PutRetentionPolicy, retentionInDays).
 */
export const LOG_RETENTION_DAYS = 365;

/** Props of AwsLogGroup. */
export interface AwsLogGroupProps {
  /** The log group's name. */
  readonly name: string;
  /** Customer-managed KMS key the logs are encrypted with. @default CloudWatch's own encryption */
  readonly kmsKeyArn?: string;
  /** Region of the group, when a service needs it elsewhere than the provider's. @default the provider's region */
  readonly region?: string;
  /** Tags. */
  readonly tags: Record<string, string>;
}

/** A CloudWatch log group with the kit's retention, encrypted with the topology's key when it names one. */
export class AwsLogGroup extends Construct {
  /** The group. */
  readonly group: CloudwatchLogGroup;

  constructor(scope: Construct, id: string, props: AwsLogGroupProps) {
    super(scope, id);
    this.group = new CloudwatchLogGroup(this, 'group', {
      name: props.name,
      retentionInDays: LOG_RETENTION_DAYS,
      ...(props.kmsKeyArn ? { kmsKeyId: props.kmsKeyArn } : {}),
      ...(props.region ? { region: props.region } : {}),
      tags: props.tags,
    });
  }
}
