import { onlyResource, resourcesOf, synthCloud, type TerraformJson } from '../../helpers/synth';

type Json = Record<string, any>;

describe('GCP services box', () => {
  let json: TerraformJson;
  let instance: Json;
  beforeAll(() => {
    json = synthCloud('gcp');
    instance = onlyResource(json, 'google_compute_instance');
  });

  it('is a protected Shielded VM with OS Login, project SSH keys blocked and the topology machine type', () => {
    expect(instance).toMatchObject({
      name: 'ci-services-box',
      machine_type: 'e2-standard-16',
      zone: 'us-central1-b',
      deletion_protection: true,
      allow_stopping_for_update: false,
      shielded_instance_config: { enable_secure_boot: true, enable_vtpm: true, enable_integrity_monitoring: true },
      labels: { 'circleci-role': 'services-box' },
      tags: ['ci-services-box'],
    });
    expect(instance.metadata['enable-oslogin']).toBe('TRUE');
    expect(instance.metadata['block-project-ssh-keys']).toBe('TRUE');
    expect(instance.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ['metadata["user-data"]'] });
  });

  it('boots from a disk of the topology size from the Ubuntu LTS family, kept when the VM goes', () => {
    const disk = (Object.values(resourcesOf(json, 'google_compute_disk')) as Json[]).find((d) => d.name === 'ci-services-box');
    expect(disk).toMatchObject({
      name: 'ci-services-box',
      size: 200,
      type: 'pd-balanced',
      image: 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts-amd64',
      labels: { 'circleci-role': 'services-box' },
      lifecycle: { prevent_destroy: true, ignore_changes: ['image'] },
    });
    expect(instance.boot_disk).toEqual({ source: expect.stringContaining('google_compute_disk.'), auto_delete: false });
  });

  it('has a fixed internal address (10th host of the subnet) and a static external one', () => {
    const addresses = Object.values(resourcesOf(json, 'google_compute_address')) as Json[];
    const internal = addresses.find((a) => a.address_type === 'INTERNAL');
    const external = addresses.find((a) => a.address_type === 'EXTERNAL');
    expect(internal).toMatchObject({ address: '10.50.0.10', name: 'ci-services-box-internal', lifecycle: { prevent_destroy: true } });
    expect(external).toMatchObject({ name: 'ci-services-box-external', lifecycle: { prevent_destroy: true } });
    expect(instance.network_interface[0].network_ip).toContain('google_compute_address.installation_services_box_internal_address');
    expect(instance.network_interface[0].access_config[0].nat_ip).toContain('google_compute_address.installation_services_box_external_address');
  });

  it('takes the topology private IP when one is given', () => {
    const pinned = synthCloud('gcp', { gcp: { servicesBox: { privateIp: '10.50.3.7' } } });
    const internal = (Object.values(resourcesOf(pinned, 'google_compute_address')) as Json[]).find((a) => a.address_type === 'INTERNAL');
    expect(internal?.address).toBe('10.50.3.7');
  });

  it('runs as its own service account without the cloud-platform scope', () => {
    expect(instance.service_account.email).toContain('google_service_account.installation_services_box_identity_vm');
    expect(instance.service_account.scopes).not.toContain('https://www.googleapis.com/auth/cloud-platform');
    expect(instance.service_account.scopes).toEqual(expect.arrayContaining(['https://www.googleapis.com/auth/iam']));
  });

  it('lets only its secret reader read its four secrets, and lets the VM impersonate only that reader', () => {
    const grants = Object.values(resourcesOf(json, 'google_secret_manager_secret_iam_member')) as Json[];
    const boxGrants = grants.filter((g) => String(g.member).includes('services_box_identity_secret_reader'));
    expect(boxGrants).toHaveLength(4);
    expect(boxGrants.every((g) => g.role === 'roles/secretmanager.secretAccessor')).toBe(true);
    const impersonation = (Object.values(resourcesOf(json, 'google_service_account_iam_member')) as Json[]).find((m) =>
      String(m.member).includes('services_box_identity_vm'),
    );
    expect(impersonation).toMatchObject({ role: 'roles/iam.serviceAccountTokenCreator' });
    expect(impersonation?.service_account_id).toContain('services_box_identity_secret_reader');
    const projectRoles = (Object.values(resourcesOf(json, 'google_project_iam_member')) as Json[]).map((m) => m.role);
    expect(new Set(projectRoles)).toEqual(new Set(['roles/logging.logWriter', 'roles/monitoring.metricWriter']));
  });

  it('writes its settings at first boot and fetches its secrets from Secret Manager', () => {
    const userData: string = instance.metadata['user-data'];
    expect(userData.startsWith('#cloud-config\n')).toBe(true);
    expect(userData).toContain('CIRCLE_HOSTNAME="ci.example.com"');
    expect(userData).toContain('GITHUB_OAUTH_CALLBACK_URL="https://ci.example.com/auth/github"');
    expect(userData).toContain('/etc/circleci/tls/private-key.pem');
    expect(userData).toContain('secretmanager.googleapis.com/v1/$secret/versions/latest:access');
    expect(userData).toContain('useradd --create-home --shell /bin/bash circleci');
    expect(userData).toContain('/home/circleci/.ssh/authorized_keys');
  });

  it('snapshots its disk daily at the backup hour and keeps the topology retention', () => {
    const policy = onlyResource(json, 'google_compute_resource_policy') as Json;
    expect(policy.snapshot_schedule_policy.schedule).toEqual({ daily_schedule: { days_in_cycle: 1, start_time: '03:00' } });
    expect(policy.snapshot_schedule_policy.retention_policy).toEqual({ max_retention_days: 7, on_source_disk_delete: 'KEEP_AUTO_SNAPSHOTS' });
    // The snapshots carry the installation's name, by which the README finds them (a throwaway's, to delete them).
    expect(policy.snapshot_schedule_policy.snapshot_properties.labels).toMatchObject({ installation: 'ci', 'circleci-role': 'services-box' });
    const attachments = Object.values(resourcesOf(json, 'google_compute_disk_resource_policy_attachment')) as Json[];
    expect(attachments.map((a) => a.disk).sort()).toEqual([
      expect.stringContaining('google_compute_disk.installation_services_box_data_disk'),
      expect.stringContaining('google_compute_disk.installation_services_box_disk'),
    ]);
  });

  it('snapshots weekly on the weekday when asked, keeping as many weeks as the retention', () => {
    const weekly = synthCloud('gcp', { servicesBox: { backup: { frequency: 'weekly', weekday: 'WED', at: '05:00', retention: 4 } } });
    const policy = onlyResource(weekly, 'google_compute_resource_policy') as Json;
    expect(policy.snapshot_schedule_policy.schedule).toEqual({ weekly_schedule: { day_of_weeks: [{ day: 'WEDNESDAY', start_time: '05:00' }] } });
    expect(policy.snapshot_schedule_policy.retention_policy.max_retention_days).toBe(28);
  });

  it('drops protection only in a throwaway installation', () => {
    const throwaway = synthCloud('gcp', { throwaway: true, servicesBox: { protection: false } });
    const vm = onlyResource(throwaway, 'google_compute_instance') as Json;
    expect(vm.deletion_protection).toBe(false);
    expect(vm.lifecycle.prevent_destroy).toBe(false);
  });

  it('keeps the Terraform addresses of the box and its disk, addresses and backup when builders change', () => {
    const other = synthCloud('gcp', { builders: { containers: 80, spot: undefined, schedule: undefined } });
    for (const type of ['google_compute_instance', 'google_compute_disk', 'google_compute_address', 'google_compute_resource_policy', 'google_dns_record_set']) {
      expect(Object.keys(resourcesOf(other, type))).toEqual(Object.keys(resourcesOf(json, type)));
    }
  });
});
