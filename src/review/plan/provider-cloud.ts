import type { Cloud } from '../../cloud';

const PROVIDER_CLOUDS: Readonly<Record<string, Cloud>> = {
  aws: 'aws',
  google: 'gcp',
  'google-beta': 'gcp',
  azurerm: 'azure',
};

const TYPE_PREFIXES: readonly (readonly [string, Cloud])[] = [
  ['aws_', 'aws'],
  ['google_', 'gcp'],
  ['azurerm_', 'azure'],
];

/**
 * The cloud whose provider manages a resource, or null for a cloud-neutral provider (tls, random, null, ...).
 * The provider's type name is the last segment of its source address (`registry.terraform.io/hashicorp/aws`, or
 * plain `aws` before Terraform 0.13); without one, the resource type's prefix says.
 */
export function cloudOf(providerName: string | undefined, type: string): Cloud | null {
  if (providerName !== undefined) return PROVIDER_CLOUDS[providerName.slice(providerName.lastIndexOf('/') + 1)] ?? null;
  return TYPE_PREFIXES.find(([prefix]) => type.startsWith(prefix))?.[1] ?? null;
}
