import type { Arch } from '../../cloud';
import type { ImageFacts } from '../profile';

/** Canonical's AWS account, owner of the official Ubuntu AMIs. */
export const CANONICAL_OWNER = '099720109477';

/** EC2's name for each architecture, as the `architecture` filter of DescribeImages takes it. */
export const EC2_ARCHITECTURE: Readonly<Record<Arch, string>> = { x86_64: 'x86_64', arm64: 'arm64' };

/** Ubuntu 24.04 LTS server AMI name patterns; Canonical spells the architectures amd64 and arm64 in the name. */
const UBUNTU_NAME: Readonly<Record<Arch, string>> = {
  x86_64: 'ubuntu/images/hvm-ssd*/ubuntu-noble-24.04-amd64-server-*',
  arm64: 'ubuntu/images/hvm-ssd*/ubuntu-noble-24.04-arm64-server-*',
};

/** AMIs: looked up by name pattern from Canonical's account, filtered by architecture too. */
export const AWS_IMAGES: ImageFacts = {
  ubuntu: UBUNTU_NAME,
  archOf(image) {
    if (image === EC2_ARCHITECTURE.arm64 || /-arm64-/.test(image)) return 'arm64';
    if (image === EC2_ARCHITECTURE.x86_64 || /-amd64-/.test(image)) return 'x86_64';
    return undefined;
  },
};
