import { RFC_1035, type NameRule } from './name-rule';

const RFC_1035_WORDS = '1-63 characters: a lower-case letter, then lower-case letters, digits or hyphens, not ending with a hyphen (RFC 1035)';

/**
 * GCP's name rules. Sources: Compute Engine resource names,
 * https://cloud.google.com/compute/docs/naming-resources#resource-name-format; Cloud DNS managed zone names,
 * https://cloud.google.com/dns/docs/zones; service account ids, https://cloud.google.com/iam/docs/service-accounts-create
 * ("6-30 characters ... [a-z]([-a-z0-9]*[a-z0-9])"); Secret Manager secret ids,
 * https://cloud.google.com/secret-manager/docs/creating-and-accessing-secrets ("up to 255 characters: letters,
 * digits, - and _"); instance template name_prefix, the google provider's compute_instance_template docs ("Max
 * length is 54 characters").
 */
export const GCP_NAME_RULES: readonly NameRule[] = [
  {
    types: [
      'google_compute_address',
      'google_compute_disk',
      'google_compute_firewall',
      'google_compute_health_check',
      'google_compute_instance',
      'google_compute_instance_template',
      'google_compute_network',
      'google_compute_region_autoscaler',
      'google_compute_region_instance_group_manager',
      'google_compute_resource_policy',
      'google_compute_router',
      'google_compute_router_nat',
      'google_compute_subnetwork',
      'google_dns_managed_zone',
    ],
    attribute: 'name',
    min: 1,
    max: 63,
    pattern: RFC_1035,
    allowed: RFC_1035_WORDS,
  },
  {
    types: ['google_compute_instance_template'],
    attribute: 'name_prefix',
    min: 1,
    max: 54,
    pattern: /^[a-z][-a-z0-9]*$/,
    allowed: '1-54 characters: a lower-case letter, then lower-case letters, digits or hyphens',
  },
  {
    types: ['google_service_account'],
    attribute: 'account_id',
    min: 6,
    max: 30,
    pattern: /^[a-z]([-a-z0-9]{4,28}[a-z0-9])$/,
    allowed: '6-30 characters: a lower-case letter, then lower-case letters, digits or hyphens, not ending with a hyphen',
  },
  {
    types: ['google_secret_manager_secret'],
    attribute: 'secret_id',
    min: 1,
    max: 255,
    pattern: /^[A-Za-z0-9_-]+$/,
    allowed: '1-255 letters, digits, hyphens or underscores',
  },
];
