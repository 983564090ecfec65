import { bootTexts, BOOT_TEXT_TYPES } from '../boot-text';
import { verdict, type PolicyRule } from '../rule';
import { secretsIn } from '../secrets';
import { resourcesOfType } from '../../terraform/json';

/** Secrets written into what VMs receive at boot. */
export const secretsInBootText: PolicyRule = {
  id: 'CIK-SEC-001',
  level: 'error',
  title: 'Secret in user data, custom data or metadata',
  explanation:
    'User data, custom data and instance metadata are readable by anyone who can describe the instance, by every process on it through the metadata service, and are kept in Terraform state and plans. A private key, a password or a sensitive variable inlined there is exposed. Boxes must fetch secrets from the secret store at boot.',
  fix: 'Put the value in the cloud’s secret store (the adapters do for every topology secret) and have the boot script fetch it with the box’s identity; pass only the secret’s id.',
  mirrors: ['checkov CKV_AWS_46', 'checkov CKV_SECRET_2', 'checkov CKV_SECRET_10', 'checkov CKV_SECRET_13', 'checkov CKV_AZURE_45', 'trivy AWS-0029', 'trivy AWS-0129', 'trivy AZU-0037', 'terrascan AC_AWS_0168', 'terrascan AC_AWS_0170'],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) =>
    resourcesOfType(stack, ...BOOT_TEXT_TYPES).flatMap((resource) => {
      const texts = bootTexts(stack, resource);
      if (texts.length === 0) return [];
      const found = texts.flatMap((boot) => secretsIn(stack, boot.text).map((secret) => `${secret} in ${boot.attribute}`));
      return [verdict(resource.address, found.length === 0, 'carries no secret in its boot text', `carries ${[...new Set(found)].join(', ')}`)];
    }),
};
