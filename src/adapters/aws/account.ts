import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { Construct } from 'constructs';

/** The account and partition the stack deploys into, read once, for ARNs that must be spelled out. */
export class AwsAccount extends Construct {
  /** aws, aws-cn or aws-us-gov. */
  readonly partition: string;
  /** The account id. */
  readonly accountId: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.partition = new DataAwsPartition(this, 'partition').partition;
    this.accountId = new DataAwsCallerIdentity(this, 'caller').accountId;
  }
}
