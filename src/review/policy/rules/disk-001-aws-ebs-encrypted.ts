import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType, type StackResource } from '../../terraform/json';
import { block, blocks, isTrue } from '../../terraform/values';

/** The encryption flags of every disk a resource defines, by where they sit; an omitted root block is unencrypted. */
function diskFlags(resource: StackResource): { where: string; encrypted: unknown }[] {
  const a = resource.attributes;
  switch (resource.type) {
    case 'aws_launch_template': {
      const mappings = blocks(a.block_device_mappings).filter((m) => block(m.ebs) !== undefined);
      if (mappings.length === 0) return [{ where: 'block_device_mappings (none: the AMI’s unencrypted default)', encrypted: false }];
      return mappings.map((m, i) => ({ where: `block_device_mappings[${i}].ebs`, encrypted: block(m.ebs)?.encrypted }));
    }
    default:
      return [
        { where: 'root_block_device', encrypted: block(a.root_block_device)?.encrypted },
        ...blocks(a.ebs_block_device).map((device, i) => ({ where: `ebs_block_device[${i}]`, encrypted: device.encrypted })),
      ];
  }
}

/** EBS volumes written without encryption at rest. */
export const awsEbsUnencrypted: PolicyRule = {
  id: 'CIK-DISK-001',
  level: 'error',
  title: 'EBS volume not encrypted',
  explanation:
    'The services box disk holds every project’s secrets, build history and the installation’s keys; builder disks hold checked-out source. Unencrypted EBS volumes and their snapshots can be read by anyone who can copy them. Terraform creates an unencrypted root volume when the root block is omitted.',
  fix: 'Set `encrypted = true` on root_block_device / ebs_block_device of aws_instance, and on block_device_mappings.ebs of launch templates.',
  mirrors: ['checkov CKV_AWS_8', 'checkov CKV_AWS_3', 'trivy AWS-0131', 'trivy AWS-0026', 'trivy AWS-0008', 'KICS EBS Volume Encryption Disabled', 'cdk-nag AwsSolutions-EC26'],
  clouds: ['aws'],
  check: (stack) =>
    resourcesOfType(stack, 'aws_instance', 'aws_launch_template').map((resource) => {
      const plain = diskFlags(resource).filter((flag) => !isTrue(flag.encrypted));
      return verdict(resource.address, plain.length === 0, 'encrypts every EBS volume it defines', `leaves ${plain.map((flag) => flag.where).join(', ')} unencrypted`);
    }),
};
