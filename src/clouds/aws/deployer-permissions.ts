import type { DeployerPermissions } from '../deployer-permissions';

const TAGS = ['ec2:CreateTags', 'ec2:DeleteTags', 'ec2:DescribeTags'];
const SG_RULE = ['ec2:DescribeSecurityGroupRules', 'ec2:ModifySecurityGroupRules', ...TAGS];
/** Instances and launch templates boot with an instance profile (iam:PassRole) and, with aws.kmsKeyArn, encrypt volumes with the key (EBS asks for a grant on the caller's behalf). */
const BOOT = ['iam:PassRole', 'kms:CreateGrant', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:Decrypt'];

/**
 * IAM actions per type, as terraform-provider-aws 6.25.0 calls them in each resource's create, read, update and delete
 * (internal/service/<service>/<resource>.go) and the AWS Service Authorization Reference names them. Checked on
 * 2026-12-07, type by type, against the provider's source (stored copies of the v5-v6 era, none the v6.25.0 tag
 * itself). What the source cannot show is left as AWS documents it: the KMS actions beside DNSSEC signing keys and
 * backup vaults, and backup-storage:MountCapsule.
 */
export const AWS_DEPLOYER_PERMISSIONS: DeployerPermissions = {
  byType: {
    aws_vpc: ['ec2:CreateVpc', 'ec2:DeleteVpc', 'ec2:DescribeVpcs', 'ec2:DescribeVpcAttribute', 'ec2:ModifyVpcAttribute', 'ec2:DescribeNetworkAcls', 'ec2:DescribeRouteTables', 'ec2:DescribeSecurityGroups', ...TAGS],
    aws_subnet: ['ec2:CreateSubnet', 'ec2:DeleteSubnet', 'ec2:DescribeSubnets', 'ec2:ModifySubnetAttribute', 'ec2:DescribeNetworkInterfaces', ...TAGS],
    aws_internet_gateway: ['ec2:CreateInternetGateway', 'ec2:AttachInternetGateway', 'ec2:DetachInternetGateway', 'ec2:DeleteInternetGateway', 'ec2:DescribeInternetGateways', ...TAGS],
    aws_route_table: ['ec2:CreateRouteTable', 'ec2:DeleteRouteTable', 'ec2:DescribeRouteTables', 'ec2:CreateRoute', 'ec2:ReplaceRoute', 'ec2:DeleteRoute', ...TAGS],
    aws_route_table_association: ['ec2:AssociateRouteTable', 'ec2:DisassociateRouteTable', 'ec2:ReplaceRouteTableAssociation', 'ec2:DescribeRouteTables'],
    aws_nat_gateway: ['ec2:CreateNatGateway', 'ec2:DeleteNatGateway', 'ec2:DescribeNatGateways', ...TAGS],
    aws_eip: ['ec2:AllocateAddress', 'ec2:ReleaseAddress', 'ec2:DescribeAddresses', 'ec2:DescribeAddressesAttribute', 'ec2:DisassociateAddress', ...TAGS],
    aws_eip_association: ['ec2:AssociateAddress', 'ec2:DisassociateAddress', 'ec2:DescribeAddresses'],
    aws_default_security_group: ['ec2:DescribeSecurityGroups', 'ec2:RevokeSecurityGroupIngress', 'ec2:RevokeSecurityGroupEgress', ...TAGS],
    aws_security_group: ['ec2:CreateSecurityGroup', 'ec2:DeleteSecurityGroup', 'ec2:DescribeSecurityGroups', 'ec2:RevokeSecurityGroupEgress', 'ec2:RevokeSecurityGroupIngress', 'ec2:DescribeNetworkInterfaces', ...TAGS],
    aws_vpc_security_group_ingress_rule: ['ec2:AuthorizeSecurityGroupIngress', 'ec2:RevokeSecurityGroupIngress', ...SG_RULE],
    aws_vpc_security_group_egress_rule: ['ec2:AuthorizeSecurityGroupEgress', 'ec2:RevokeSecurityGroupEgress', ...SG_RULE],
    aws_flow_log: ['ec2:CreateFlowLogs', 'ec2:DeleteFlowLogs', 'ec2:DescribeFlowLogs', 'iam:PassRole', 'logs:CreateLogDelivery', 'logs:DeleteLogDelivery', ...TAGS],
    aws_cloudwatch_log_group: ['logs:CreateLogGroup', 'logs:DeleteLogGroup', 'logs:DescribeLogGroups', 'logs:PutRetentionPolicy', 'logs:DeleteRetentionPolicy', 'logs:AssociateKmsKey', 'logs:DisassociateKmsKey', 'logs:TagResource', 'logs:UntagResource', 'logs:ListTagsForResource'],
    aws_cloudwatch_log_resource_policy: ['logs:PutResourcePolicy', 'logs:DeleteResourcePolicy', 'logs:DescribeResourcePolicies'],
    aws_iam_role: [
      'iam:CreateRole', 'iam:DeleteRole', 'iam:GetRole', 'iam:UpdateRole', 'iam:UpdateRoleDescription', 'iam:UpdateAssumeRolePolicy', 'iam:TagRole', 'iam:UntagRole',
      // Read lists the inline policies and reads each; delete takes the role out of its instance profiles first.
      'iam:ListRolePolicies', 'iam:GetRolePolicy', 'iam:ListAttachedRolePolicies', 'iam:ListInstanceProfilesForRole', 'iam:RemoveRoleFromInstanceProfile',
    ],
    aws_iam_role_policy: ['iam:PutRolePolicy', 'iam:GetRolePolicy', 'iam:DeleteRolePolicy'],
    aws_iam_role_policy_attachment: ['iam:AttachRolePolicy', 'iam:DetachRolePolicy', 'iam:ListAttachedRolePolicies'],
    aws_iam_instance_profile: ['iam:CreateInstanceProfile', 'iam:DeleteInstanceProfile', 'iam:GetInstanceProfile', 'iam:GetRole', 'iam:AddRoleToInstanceProfile', 'iam:RemoveRoleFromInstanceProfile', 'iam:TagInstanceProfile', 'iam:UntagInstanceProfile'],
    aws_instance: [
      'ec2:RunInstances', 'ec2:TerminateInstances', 'ec2:StopInstances', 'ec2:StartInstances', 'ec2:DescribeInstances', 'ec2:DescribeInstanceAttribute', 'ec2:ModifyInstanceAttribute',
      'ec2:ModifyInstanceMetadataOptions', 'ec2:DescribeInstanceTypes', 'ec2:DescribeInstanceCreditSpecifications', 'ec2:DescribeVolumes', 'ec2:DescribeImages', 'ec2:MonitorInstances', 'ec2:UnmonitorInstances',
      // A new diskGiB resizes the root volume in place; the security groups' VPC is read on every refresh.
      'ec2:ModifyVolume', 'ec2:DescribeVolumesModifications', 'ec2:DescribeVpcs',
      ...BOOT, ...TAGS,
    ],
    // The services box's data volume: created from a snapshot on restore (ec2:CreateVolume reads it), and detached with
    // its instance stopped first (stop_instance_before_detaching).
    aws_ebs_volume: ['ec2:CreateVolume', 'ec2:DeleteVolume', 'ec2:DescribeVolumes', 'ec2:ModifyVolume', 'ec2:DescribeVolumesModifications', 'ec2:CreateSnapshot', 'ec2:DescribeSnapshots', ...BOOT, ...TAGS],
    aws_volume_attachment: ['ec2:AttachVolume', 'ec2:DetachVolume', 'ec2:DescribeVolumes', 'ec2:DescribeInstances', 'ec2:StopInstances'],
    aws_launch_template: ['ec2:CreateLaunchTemplate', 'ec2:CreateLaunchTemplateVersion', 'ec2:ModifyLaunchTemplate', 'ec2:DeleteLaunchTemplate', 'ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions', ...BOOT, ...TAGS],
    // The first group in an account creates Auto Scaling's service-linked role (AWSServiceRoleForAutoScaling).
    aws_autoscaling_group: [
      'autoscaling:CreateAutoScalingGroup', 'autoscaling:UpdateAutoScalingGroup', 'autoscaling:DeleteAutoScalingGroup', 'autoscaling:DescribeAutoScalingGroups', 'autoscaling:DescribeScalingActivities',
      'autoscaling:CreateOrUpdateTags', 'autoscaling:DeleteTags', 'ec2:RunInstances',
      // instance_refresh: a new launch template version starts a refresh, cancelling one in progress.
      'autoscaling:StartInstanceRefresh', 'autoscaling:CancelInstanceRefresh', 'autoscaling:DescribeInstanceRefreshes', 'ec2:DescribeLaunchTemplateVersions', 'iam:CreateServiceLinkedRole', ...BOOT,
    ],
    aws_autoscaling_lifecycle_hook: ['autoscaling:PutLifecycleHook', 'autoscaling:DeleteLifecycleHook', 'autoscaling:DescribeLifecycleHooks'],
    aws_autoscaling_schedule: ['autoscaling:PutScheduledUpdateGroupAction', 'autoscaling:DeleteScheduledAction', 'autoscaling:DescribeScheduledActions'],
    aws_dlm_lifecycle_policy: ['dlm:CreateLifecyclePolicy', 'dlm:GetLifecyclePolicy', 'dlm:UpdateLifecyclePolicy', 'dlm:DeleteLifecyclePolicy', 'dlm:TagResource', 'dlm:UntagResource', 'dlm:ListTagsForResource', 'iam:PassRole'],
    // CreateBackupVault also needs backup-storage:MountCapsule and, for the vault's key, KMS grants; force_destroy
    // deletes the recovery points first (ec2:DeleteSnapshot for EBS ones, should AWS Backup use the caller's rights).
    aws_backup_vault: ['backup:CreateBackupVault', 'backup:DescribeBackupVault', 'backup:DeleteBackupVault', 'backup:ListRecoveryPointsByBackupVault', 'backup:DeleteRecoveryPoint', 'backup:DescribeRecoveryPoint', 'backup:ListTags', 'backup:TagResource', 'backup:UntagResource', 'backup-storage:MountCapsule', 'kms:CreateGrant', 'kms:DescribeKey', 'kms:GenerateDataKey', 'kms:Decrypt', 'kms:RetireGrant', 'ec2:DeleteSnapshot'],
    aws_backup_plan: ['backup:CreateBackupPlan', 'backup:GetBackupPlan', 'backup:UpdateBackupPlan', 'backup:DeleteBackupPlan', 'backup:ListTags', 'backup:TagResource', 'backup:UntagResource'],
    aws_backup_selection: ['backup:CreateBackupSelection', 'backup:GetBackupSelection', 'backup:DeleteBackupSelection', 'iam:PassRole'],
    aws_kms_key: ['kms:CreateKey', 'kms:DescribeKey', 'kms:UpdateKeyDescription', 'kms:GetKeyPolicy', 'kms:PutKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:EnableKeyRotation', 'kms:ScheduleKeyDeletion', 'kms:ListResourceTags', 'kms:TagResource', 'kms:UntagResource'],
    aws_route53_zone: ['route53:CreateHostedZone', 'route53:GetHostedZone', 'route53:DeleteHostedZone', 'route53:UpdateHostedZoneComment', 'route53:ListResourceRecordSets', 'route53:ChangeResourceRecordSets', 'route53:GetChange', 'route53:ListTagsForResource', 'route53:ChangeTagsForResource'],
    aws_route53_record: ['route53:ChangeResourceRecordSets', 'route53:ListResourceRecordSets', 'route53:GetHostedZone', 'route53:GetChange'],
    aws_route53_hosted_zone_dnssec: ['route53:EnableHostedZoneDNSSEC', 'route53:DisableHostedZoneDNSSEC', 'route53:GetDNSSEC', 'route53:GetChange'],
    aws_route53_key_signing_key: ['route53:CreateKeySigningKey', 'route53:ActivateKeySigningKey', 'route53:DeactivateKeySigningKey', 'route53:DeleteKeySigningKey', 'route53:GetDNSSEC', 'route53:GetChange', 'kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign', 'kms:CreateGrant'],
    aws_route53_query_log: ['route53:CreateQueryLoggingConfig', 'route53:DeleteQueryLoggingConfig', 'route53:GetQueryLoggingConfig'],
    aws_secretsmanager_secret: ['secretsmanager:CreateSecret', 'secretsmanager:DescribeSecret', 'secretsmanager:DeleteSecret', 'secretsmanager:UpdateSecret', 'secretsmanager:GetResourcePolicy', 'secretsmanager:TagResource', 'secretsmanager:UntagResource', 'kms:GenerateDataKey', 'kms:Decrypt'],
    aws_secretsmanager_secret_version: ['secretsmanager:PutSecretValue', 'secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret', 'secretsmanager:ListSecretVersionIds', 'secretsmanager:UpdateSecretVersionStage', 'kms:GenerateDataKey', 'kms:Decrypt'],
    // Terraform's built-in terraform_data (the restore marker) calls no cloud API.
    terraform_data: [],
    tls_private_key: [],
    tls_self_signed_cert: [],
    'data.aws_ami': ['ec2:DescribeImages'],
    'data.aws_availability_zones': ['ec2:DescribeAvailabilityZones'],
    // sts:GetCallerIdentity needs no permission; the partition is read from the provider's region.
    'data.aws_caller_identity': [],
    'data.aws_partition': [],
    'data.aws_route53_zone': ['route53:ListHostedZones', 'route53:GetHostedZone', 'route53:ListTagsForResource'],
    'data.aws_subnet': ['ec2:DescribeSubnets'],
  },
  // The S3 backend: the state object and its lock file (use_lockfile), or the DynamoDB lock table when named.
  stateBackend: ['s3:ListBucket', 's3:GetObject', 's3:PutObject', 's3:DeleteObject', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
  source: 'terraform-provider-aws 6.25.0 internal/service/{ec2,iam,autoscaling,logs,dlm,backup,kms,route53,secretsmanager}; docs.aws.amazon.com/service-authorization/latest/reference',
  howToGrant: 'an IAM policy with these actions on Resource "*" attached to the deploying user or role (the dynamodb actions only with aws.backend.s3.dynamodbTable; the s3 actions only with aws.backend.s3)',
};
