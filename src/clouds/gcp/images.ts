import type { ImageFacts } from '../profile';

/** Canonical's Ubuntu 24.04 LTS image families in ubuntu-os-cloud, one per architecture (T2A and C4A are Arm). */
export const GCP_IMAGES: ImageFacts = {
  ubuntu: {
    x86_64: 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts-amd64',
    arm64: 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts-arm64',
  },
  archOf(image) {
    if (/-arm64(-|$)/.test(image)) return 'arm64';
    if (/-amd64(-|$)/.test(image)) return 'x86_64';
    return undefined;
  },
};
