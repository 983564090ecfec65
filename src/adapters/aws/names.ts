import type { RoleName } from '../../firewall/model';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS, ROLE_TAG } from '../shared/naming';

/** An AWS resource name: the installation's prefix and what the resource is, hyphenated. */
export function awsName(topology: ResolvedTopology<'aws'>, ...parts: readonly string[]): string {
  return [topology.name, ...parts].join('-');
}

/** The tags that say which role a resource serves, with a Name the console shows. */
export function roleTags(topology: ResolvedTopology<'aws'>, role: RoleName, ...what: readonly string[]): Record<string, string> {
  return { Name: awsName(topology, ROLE_SLUGS[role], ...what), [ROLE_TAG]: ROLE_SLUGS[role] };
}
