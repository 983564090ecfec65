import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Construct } from 'constructs';
import type { RoleName } from '../../firewall/model';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS } from '../shared/naming';
import { awsName, roleTags } from './names';

/** One IAM policy statement: an action list on a resource list, allowed. */
export interface PolicyStatement {
  /** Statement id, for reading the policy. */
  readonly sid: string;
  /** Actions allowed. */
  readonly actions: readonly string[];
  /** ARNs the actions are allowed on. */
  readonly resources: readonly string[];
}

/**
 * An IAM policy document with Allow statements only. Indented, so that it spans lines: cdktf's HCL output then
 * writes it as a heredoc, where the quotes around `${...}` ARNs need no escaping (a one-line string would be
 * written with its quotes unescaped, which is not HCL).
 */
export function policyDocument(statements: readonly PolicyStatement[]): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: statements.map((s) => ({ Sid: s.sid, Effect: 'Allow', Action: [...s.actions], Resource: [...s.resources] })),
    },
    null,
    2,
  );
}

/**
 * The statement a box needs to read secrets encrypted with the topology's customer-managed key: Secrets Manager
 * decrypts with the caller's permissions (docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html).
 * None without such a key.
 */
export function decryptWith(topology: ResolvedTopology<'aws'>): PolicyStatement[] {
  const key = topology.settings.kmsKeyArn;
  return key ? [{ sid: 'DecryptOwnSecrets', actions: ['kms:Decrypt'], resources: [key] }] : [];
}

/** The trust policy that lets an AWS service assume a role. */
export function assumedBy(service: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });
}

/** Props of AwsInstanceIdentity. */
export interface AwsInstanceIdentityProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The role whose boxes wear the identity. */
  readonly role: RoleName;
  /** Everything the boxes may do: nothing else is allowed. */
  readonly statements: readonly PolicyStatement[];
}

/** The identity a role's instances act with: an EC2 role with one inline least-privilege policy, and its profile. */
export class AwsInstanceIdentity extends Construct {
  /** The instance profile's name. */
  readonly profileName: string;
  /** The instance profile's ARN. */
  readonly profileArn: string;
  /** The inline policy, for resources that must wait until it is in place. */
  readonly policy: IamRolePolicy;

  constructor(scope: Construct, id: string, props: AwsInstanceIdentityProps) {
    super(scope, id);
    const { topology, role } = props;
    const name = awsName(topology, ROLE_SLUGS[role]);
    const iamRole = new IamRole(this, 'role', {
      name,
      description: `Instance role of the CircleCI ${ROLE_SLUGS[role]} of ${topology.domain}`,
      assumeRolePolicy: assumedBy('ec2.amazonaws.com'),
      tags: roleTags(topology, role),
    });
    this.policy = new IamRolePolicy(this, 'policy', { name, role: iamRole.id, policy: policyDocument(props.statements) });
    const profile = new IamInstanceProfile(this, 'profile', { name, role: iamRole.name, tags: roleTags(topology, role) });
    this.profileName = profile.name;
    this.profileArn = profile.arn;
  }
}
