import type { NameRule } from './name-rule';

/** IAM names: letters, digits and `+=,.@_-`. */
const IAM_NAME = /^[\w+=,.@-]+$/;
const IAM_WORDS = 'letters, digits or +=,.@_-';

/** What EC2 accepts in VPC security group names and descriptions. */
const SECURITY_GROUP_TEXT = /^[a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]*$/;
const SECURITY_GROUP_WORDS = 'letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*';

/**
 * AWS's name rules, from the API references and the limits the aws provider validates at plan time (a
 * `name_prefix` leaves room for the 26-character suffix the provider appends). Sources: EC2 CreateSecurityGroup
 * (GroupName and Description: 255 characters of a-zA-Z0-9 ._-:/()#,@[]+=&;{}!$*), IAM quotas
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html (role names 64, instance profile and
 * policy names 128; name_prefix 38 for roles in the provider), EC2 CreateLaunchTemplate (LaunchTemplateName of
 * a-zA-Z0-9().-/_; the provider allows 3-125, a prefix 99; VersionDescription 255), IAM CreateRole (Description
 * 1000 printable Latin-1 characters), Auto Scaling CreateAutoScalingGroup (AutoScalingGroupName 1-255), PutLifecycleHook
 * (LifecycleHookName 1-255 of A-Za-z0-9-_/), Secrets Manager CreateSecret (Name 1-512 of A-Za-z0-9/_+=.@-), DLM
 * CreateLifecyclePolicy (Description 1-500 of 0-9A-Za-z _-), and terraform-provider-aws 6.25.0's validation of AWS Backup names
 * (internal/service/backup: vault and rule target vault 2-50 of 0-9A-Za-z_-; selection 1-50 of 0-9A-Za-z_.-).
 */
export const AWS_NAME_RULES: readonly NameRule[] = [
  { types: ['aws_security_group'], attribute: 'name', min: 1, max: 255, pattern: /^(?!sg-)[a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]+$/, allowed: `${SECURITY_GROUP_WORDS}, not starting with sg-` },
  { types: ['aws_security_group'], attribute: 'name_prefix', min: 1, max: 100, pattern: SECURITY_GROUP_TEXT, allowed: SECURITY_GROUP_WORDS },
  {
    types: ['aws_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'],
    attribute: 'description',
    min: 0,
    max: 255,
    pattern: SECURITY_GROUP_TEXT,
    allowed: SECURITY_GROUP_WORDS,
  },
  { types: ['aws_iam_role'], attribute: 'name', min: 1, max: 64, pattern: IAM_NAME, allowed: IAM_WORDS },
  { types: ['aws_iam_role'], attribute: 'name_prefix', min: 1, max: 38, pattern: IAM_NAME, allowed: IAM_WORDS },
  { types: ['aws_iam_instance_profile', 'aws_iam_role_policy'], attribute: 'name', min: 1, max: 128, pattern: IAM_NAME, allowed: IAM_WORDS },
  { types: ['aws_iam_instance_profile', 'aws_iam_role_policy'], attribute: 'name_prefix', min: 1, max: 102, pattern: IAM_NAME, allowed: IAM_WORDS },
  { types: ['aws_launch_template'], attribute: 'name', min: 3, max: 125, pattern: /^[a-zA-Z0-9().\-/_]+$/, allowed: 'letters, digits or ().-/_' },
  { types: ['aws_launch_template'], attribute: 'description', min: 0, max: 255, allowed: 'any characters' },
  { types: ['aws_iam_role'], attribute: 'description', min: 0, max: 1000, pattern: /^[\t\n\r\u0020-\u007e\u00a1-\u00ff]*$/, allowed: 'printable Latin-1 characters' },
  { types: ['aws_launch_template'], attribute: 'name_prefix', min: 3, max: 99, pattern: /^[a-zA-Z0-9().\-/_]+$/, allowed: 'letters, digits or ().-/_' },
  { types: ['aws_autoscaling_group'], attribute: 'name', min: 1, max: 255, allowed: 'any characters' },
  { types: ['aws_autoscaling_group'], attribute: 'name_prefix', min: 1, max: 229, allowed: 'any characters' },
  { types: ['aws_autoscaling_lifecycle_hook'], attribute: 'name', min: 1, max: 255, pattern: /^[A-Za-z0-9\-_/]+$/, allowed: 'letters, digits or -_/' },
  { types: ['aws_autoscaling_schedule'], attribute: 'scheduled_action_name', min: 1, max: 255, allowed: 'any characters' },
  { types: ['aws_secretsmanager_secret'], attribute: 'name', min: 1, max: 512, pattern: /^[A-Za-z0-9/_+=.@-]+$/, allowed: 'letters, digits or /_+=.@-' },
  { types: ['aws_dlm_lifecycle_policy'], attribute: 'description', min: 1, max: 500, pattern: /^[0-9A-Za-z _-]+$/, allowed: 'letters, digits, spaces, _ or -' },
  { types: ['aws_backup_vault'], attribute: 'name', min: 2, max: 50, pattern: /^[0-9A-Za-z_-]+$/, allowed: 'letters, digits, _ or -' },
  { types: ['aws_backup_selection'], attribute: 'name', min: 1, max: 50, pattern: /^[0-9A-Za-z_.-]+$/, allowed: 'letters, digits, _, . or -' },
];
