import { bootTexts, BOOT_TEXT_TYPES } from '../boot-text';
import { computeOfRole } from '../../terraform/roles';
import { verdict, type PolicyRule } from '../rule';

/** A firewall line that rejects or drops the link-local range (iptables or nftables). */
function blocksMetadata(text: string): boolean {
  return text
    .split('\n')
    .some((line) => /\b(iptables|nft)\b/.test(line) && line.includes('169.254.0.0/16') && /\b(REJECT|DROP|reject|drop)\b/.test(line));
}

/** Build containers able to reach the instance metadata service. */
export const metadataReachableFromBuilds: PolicyRule = {
  id: 'CIK-META-003',
  level: 'error',
  title: 'Build containers can reach the instance metadata service',
  explanation:
    'Builds run arbitrary code. If a build container can reach 169.254.169.254 it acts with the builder’s cloud identity and reads its metadata (CircleCI learned this the hard way). The builder must block 169.254.0.0/16 from containers, e.g. in Docker’s DOCKER-USER chain, at boot.',
  fix: 'Have the builders’ boot script add `iptables -I DOCKER-USER -d 169.254.0.0/16 -j REJECT` (GCP: allow only DNS to 169.254.169.254 before it).',
  // No scanner checks what a boot script does; this is CircleCI's own hardening advice.
  mirrors: [],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) =>
    computeOfRole(stack, 'builders', BOOT_TEXT_TYPES).map((resource) => {
      const texts = bootTexts(stack, resource);
      return verdict(
        resource.address,
        texts.some((boot) => blocksMetadata(boot.text)),
        'blocks 169.254.0.0/16 from build containers at boot',
        texts.length === 0 ? 'has no boot script, so nothing keeps build containers from the metadata service' : 'has a boot script without an iptables block of 169.254.0.0/16',
      );
    }),
};
