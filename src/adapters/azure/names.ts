import { createHash } from 'node:crypto';
import type { RoleName } from '../../firewall/model';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS, ROLE_TAG } from '../shared/naming';

/** An Azure resource name: the installation's prefix and what the resource is, hyphenated. */
export function azureName(topology: ResolvedTopology<'azure'>, ...parts: readonly string[]): string {
  return [topology.name, ...parts].join('-');
}

/** The resource group every resource of the installation lives in. @default `<name>-rg` */
export function resourceGroupName(topology: ResolvedTopology<'azure'>): string {
  return topology.settings.resourceGroup ?? azureName(topology, 'rg');
}

/** The topology's tags, plus the role tag on resources that serve one role. */
export function tagsFor(topology: ResolvedTopology<'azure'>, role?: RoleName): Record<string, string> {
  return role ? { ...topology.tags, [ROLE_TAG]: ROLE_SLUGS[role] } : { ...topology.tags };
}

/**
 * Key Vault names are global across Azure, 3-24 letters, digits and single hyphens, starting with a letter and
 * ending with a letter or digit. The prefix is cut to leave room for a hash of name, location and resource group, so
 * two installations named alike in different places do not collide, and the same installation always gets the same
 * name.
 */
export function keyVaultName(topology: ResolvedTopology<'azure'>): string {
  const hash = createHash('sha256')
    .update([topology.name, topology.region, resourceGroupName(topology)].join('|'))
    .digest('hex')
    .slice(0, 6);
  const prefix = topology.name.replace(/-+/g, '-').slice(0, 17).replace(/-+$/, '');
  return `${prefix}-${hash}`;
}
