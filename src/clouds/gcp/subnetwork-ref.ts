/** An existing subnetwork as the topology names it, split into what the provider's data source looks it up by. */
export interface SubnetworkRef {
  /** Project that holds it; undefined for a bare name (the provider's project). */
  readonly project?: string;
  /** Region it is in; undefined for a bare name (gcp.region). */
  readonly region?: string;
  /** Its name. */
  readonly name: string;
}

/**
 * `projects/<p>/regions/<r>/subnetworks/<name>`, alone or behind the Compute API's URL (`https://www.googleapis.com/
 * compute/v1/` or `beta/`). The data source's `self_link` takes the full URL only: the provider splits its path on
 * "/" and calls anything with fewer than 9 parts "not a self link" (GetLocationalResourcePropertiesFromSelfLinkString,
 * google/tpgresource/self_link_helpers.go, google 6.50), so the kit always passes project, region and name instead.
 */
const PATH = /^(?:https:\/\/(?:www|compute)\.googleapis\.com\/compute\/(?:v1|beta)\/)?projects\/([a-z][-a-z0-9.:]*[a-z0-9])\/regions\/([a-z]+-[a-z]+\d+)\/subnetworks\/([a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)$/;

/** A Compute Engine resource name (RFC 1035 label, at most 63 characters). */
const NAME = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

/** The forms the topology documents, for messages. */
export const SUBNETWORK_FORMS = 'a name, projects/<project>/regions/<region>/subnetworks/<name>, or https://www.googleapis.com/compute/v1/projects/<project>/regions/<region>/subnetworks/<name>';

/** The parts of a subnetwork reference, or undefined when it is none of the documented forms. */
export function parseSubnetworkRef(text: string): SubnetworkRef | undefined {
  const path = PATH.exec(text);
  if (path) return { project: path[1], region: path[2], name: path[3] };
  return NAME.test(text) ? { name: text } : undefined;
}
