import type { DeployerPermissions } from '../deployer-permissions';

const NETWORK = ['roles/compute.networkAdmin'];
/** Instances and templates run as the kit's service accounts: attaching one is iam.serviceAccounts.actAs. */
const INSTANCES = ['roles/compute.instanceAdmin.v1', 'roles/iam.serviceAccountUser'];

/**
 * Predefined roles per type, from the permissions each resource's API calls need (cloud.google.com/iam/docs/
 * understanding-roles: compute.networkAdmin manages networks, subnetworks, routers, addresses and health checks but
 * not firewall rules, which are compute.securityAdmin's).
 */
export const GCP_DEPLOYER_PERMISSIONS: DeployerPermissions = {
  byType: {
    google_project_service: ['roles/serviceusage.serviceUsageAdmin'],
    google_compute_network: NETWORK,
    google_compute_subnetwork: NETWORK,
    google_compute_router: NETWORK,
    google_compute_router_nat: NETWORK,
    google_compute_address: NETWORK,
    google_compute_health_check: NETWORK,
    google_compute_firewall: ['roles/compute.securityAdmin'],
    google_compute_instance: INSTANCES,
    google_compute_instance_template: INSTANCES,
    google_compute_region_instance_group_manager: INSTANCES,
    google_compute_region_autoscaler: ['roles/compute.instanceAdmin.v1'],
    google_compute_disk: ['roles/compute.instanceAdmin.v1'],
    google_compute_resource_policy: ['roles/compute.instanceAdmin.v1'],
    google_compute_disk_resource_policy_attachment: ['roles/compute.instanceAdmin.v1'],
    google_service_account: ['roles/iam.serviceAccountAdmin'],
    google_service_account_iam_member: ['roles/iam.serviceAccountAdmin'],
    google_project_iam_member: ['roles/resourcemanager.projectIamAdmin'],
    google_secret_manager_secret: ['roles/secretmanager.admin'],
    google_secret_manager_secret_version: ['roles/secretmanager.admin'],
    google_secret_manager_secret_iam_member: ['roles/secretmanager.admin'],
    google_dns_managed_zone: ['roles/dns.admin'],
    google_dns_record_set: ['roles/dns.admin'],
    // Terraform's built-in terraform_data (the restore marker) calls no cloud API.
    terraform_data: [],
    tls_private_key: [],
    tls_self_signed_cert: [],
    'data.google_compute_subnetwork': ['roles/compute.networkViewer'],
    'data.google_dns_keys': ['roles/dns.reader'],
  },
  // The GCS backend's state objects and lock files.
  stateBackend: ['roles/storage.objectAdmin'],
  source: 'cloud.google.com/iam/docs/understanding-roles (compute, iam, resourcemanager, secretmanager, dns, serviceusage, storage)',
  howToGrant:
    'project-level role bindings for the deploying account (gcloud projects add-iam-policy-binding <project> --member=<principal> --role=<role>); roles/storage.objectAdmin on the state bucket only (gcp.backend.gcs); with gcp.network.existing in another project, roles/compute.networkViewer there',
};
