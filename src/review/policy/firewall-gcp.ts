import { ROLES, type RoleName } from '../../firewall/model';
import { isWorldPeer, normalProtocol, portSpan, type RenderedPorts, type RenderedRule } from './firewall-rule';
import { referencedResources } from './references';
import { gcpNetworkTagRoles, rolesServed } from './roles';
import { resourcesOfType, type StackResource, type TerraformJson } from './terraform-json';
import { blocks, isTrue, strings } from './values';

/** GCP's default for a rule that names no far end: the whole internet. */
const WORLD = '0.0.0.0/0';

function allowed(resource: StackResource): RenderedPorts[] {
  return blocks(resource.attributes.allow).flatMap((allow) => {
    const protocol = normalProtocol(allow.protocol);
    const specs = strings(allow.ports);
    if (protocol === 'all' || specs.length === 0) return [{ protocol, from: 0, to: 65535 }];
    return specs.map((spec) => portSpan(protocol, spec)).filter((span): span is RenderedPorts => span !== undefined);
  });
}

/** A rule with neither target tags nor target service accounts applies to every VM of the network. */
function targetRoles(stack: TerraformJson, resource: StackResource, byTag: Map<string, RoleName[]>): RoleName[] {
  const tags = strings(resource.attributes.target_tags);
  const accounts = referencedResources(stack, resource.attributes.target_service_accounts);
  if (tags.length === 0 && strings(resource.attributes.target_service_accounts).length === 0) return [...ROLES];
  const roles = [...tags.flatMap((tag) => byTag.get(tag) ?? []), ...accounts.flatMap((account) => rolesServed(stack, account))];
  return ROLES.filter((role) => roles.includes(role));
}

/** The far end of a rule: ingress names sources, egress destinations, and either defaults to the whole internet. */
function worldPeers(resource: StackResource, egress: boolean): string[] {
  const a = resource.attributes;
  if (egress) {
    const ranges = strings(a.destination_ranges);
    return ranges.length === 0 ? [WORLD] : ranges.filter(isWorldPeer);
  }
  const ranges = strings(a.source_ranges);
  const otherSources = strings(a.source_tags).length + strings(a.source_service_accounts).length;
  return ranges.length === 0 && otherSources === 0 ? [WORLD] : ranges.filter(isWorldPeer);
}

/** The allowing rules of a GCP stack: every enabled google_compute_firewall with `allow` blocks. */
export function gcpRules(stack: TerraformJson): RenderedRule[] {
  const byTag = gcpNetworkTagRoles(stack);
  return resourcesOfType(stack, 'google_compute_firewall')
    .filter((resource) => !isTrue(resource.attributes.disabled) && blocks(resource.attributes.allow).length > 0)
    .map((resource) => {
      const egress = String(resource.attributes.direction ?? 'INGRESS').toUpperCase() === 'EGRESS';
      return {
        address: resource.address,
        roles: targetRoles(stack, resource, byTag),
        direction: egress ? 'outbound' : 'inbound',
        ports: allowed(resource),
        worldPeers: worldPeers(resource, egress),
      };
    });
}
