import { onlyResource, resourcesOf, synthCloud, type TerraformJson } from '../../helpers/synth';
import { defaultTopologyData } from '../../helpers/topology';

type Json = Record<string, any>;

function templates(json: TerraformJson): Json[] {
  return Object.values(resourcesOf(json, 'google_compute_instance_template')) as Json[];
}

describe('GCP builders', () => {
  let json: TerraformJson;
  let group: Json;
  beforeAll(() => {
    json = synthCloud('gcp');
    group = onlyResource(json, 'google_compute_region_instance_group_manager') as Json;
  });

  it('builds templates from the sizing plan: machine type, Shielded VM, OS Login, minimal identity, role label', () => {
    for (const template of templates(json)) {
      expect(template).toMatchObject({
        machine_type: 'e2-standard-32',
        shielded_instance_config: { enable_secure_boot: true, enable_vtpm: true, enable_integrity_monitoring: true },
        labels: { 'circleci-role': 'builders' },
        tags: ['ci-builders'],
        lifecycle: { create_before_destroy: true },
      });
      expect(template.metadata['enable-oslogin']).toBe('TRUE');
      expect(template.metadata['block-project-ssh-keys']).toBe('TRUE');
      expect(template.service_account.email).toContain('builders_identity_vm');
      expect(template.service_account.scopes).not.toContain('https://www.googleapis.com/auth/cloud-platform');
    }
  });

  it('sets the CIRCLE_* settings, reads the passphrase from Secret Manager and blocks metadata from containers', () => {
    const userData: string = templates(json)[0].metadata['user-data'];
    expect(userData).toContain('CIRCLE_NUM_CONTAINERS="15"');
    expect(userData).toContain('CIRCLE_CONTAINER_CPUS="2"');
    expect(userData).toContain('CIRCLE_CONTAINER_MEMORY_LIMIT="4G"');
    expect(userData).toContain('SERVICES_PRIVATE_IP="${google_compute_address.installation_services_box_internal_address');
    expect(userData).toContain('SECRET_READER="${google_service_account.installation_builders_identity_secret_reader');
    expect(userData).toContain('/usr/local/sbin/fetch-secret "$SECRET_READER" "$CIRCLE_SECRET_PASSPHRASE_SECRET_NAME"');
    expect(userData).toContain('iptables -I DOCKER-USER -d 169.254.0.0/16 -j REJECT');
    expect(userData).toContain('systemctl enable --now block-metadata-from-containers.service');
  });

  it('drains with circle-shutdown from the shutdown script, for the drain time GCP allows', () => {
    for (const template of templates(json)) expect(template.metadata['shutdown-script']).toContain('timeout 90 circle-shutdown');
    const short = synthCloud('gcp', { builders: { drainTimeoutSeconds: 45 } });
    for (const template of templates(short)) expect(template.metadata['shutdown-script']).toContain('timeout 45 circle-shutdown');
  });

  it('creates the topology’s administrator with its keys, beside OS Login, on every builder', () => {
    for (const template of templates(json)) {
      const userData: string = template.metadata['user-data'];
      expect(template.metadata['enable-oslogin']).toBe('TRUE');
      expect(userData).toContain((defaultTopologyData().ssh as { publicKeys: string[] }).publicKeys[0]);
      expect(userData).toContain('useradd --create-home --shell /bin/bash circleci');
      expect(userData).toContain('/home/circleci/.ssh/authorized_keys');
    }
  });

  it('lets the builders read only the passphrase', () => {
    const grants = (Object.values(resourcesOf(json, 'google_secret_manager_secret_iam_member')) as Json[]).filter((g) =>
      String(g.member).includes('builders_identity_secret_reader'),
    );
    expect(grants).toHaveLength(1);
    expect(grants[0].secret_id).toContain('google_secret_manager_secret.installation_secret_passphrase');
  });

  it('runs an on-demand base and spot for the rest as two versions of an EVEN regional group', () => {
    expect(group.version).toEqual([
      { name: 'on-demand', instance_template: expect.stringContaining('on_demand_template'), target_size: { fixed: 1 } },
      { name: 'spot', instance_template: expect.stringContaining('spot_template') },
    ]);
    expect(group.distribution_policy_target_shape).toBe('EVEN');
    const spot = templates(json).find((t) => t.scheduling.provisioning_model === 'SPOT');
    expect(spot?.scheduling).toEqual({
      provisioning_model: 'SPOT',
      preemptible: true,
      automatic_restart: false,
      on_host_maintenance: 'TERMINATE',
      instance_termination_action: 'DELETE',
    });
    expect(group.instance_flexibility_policy).toBeUndefined();
  });

  it('rolls proactively, heals with a health check and leaves the size to the schedule autoscaler', () => {
    expect(group.update_policy).toMatchObject({ type: 'PROACTIVE', minimal_action: 'REPLACE', max_surge_fixed: 3, max_unavailable_fixed: 0 });
    expect(group.auto_healing_policies.health_check).toContain('google_compute_health_check.');
    expect(group.target_size).toBeUndefined();
    const autoscaler = onlyResource(json, 'google_compute_region_autoscaler') as Json;
    expect(autoscaler.autoscaling_policy).toMatchObject({ min_replicas: 2, max_replicas: 3 });
    expect(autoscaler.autoscaling_policy.scaling_schedules).toEqual([
      expect.objectContaining({
        min_required_replicas: 3,
        schedule: '0 7 * * 1,2,3,4,5',
        duration_sec: 13 * 3600,
        time_zone: 'America/New_York',
      }),
    ]);
  });

  it('without spot or schedule: one on-demand version with the plan size, no autoscaler', () => {
    const plain = synthCloud('gcp', { builders: { spot: undefined, schedule: undefined } });
    const plainGroup = onlyResource(plain, 'google_compute_region_instance_group_manager') as Json;
    expect(plainGroup.version).toEqual([{ name: 'on-demand', instance_template: expect.stringContaining('on_demand_template') }]);
    expect(plainGroup.target_size).toBe(3);
    expect(resourcesOf(plain, 'google_compute_region_autoscaler')).toEqual({});
    expect(templates(plain).map((t) => t.scheduling.provisioning_model)).toEqual(['STANDARD']);
  });

  it('all spot: one spot version with the plan alternatives that boot from the same disk type', () => {
    const allSpot = synthCloud('gcp', { builders: { spot: { enabled: true, onDemandBase: 0 }, schedule: undefined } });
    const spotGroup = onlyResource(allSpot, 'google_compute_region_instance_group_manager') as Json;
    expect(spotGroup.version).toEqual([{ name: 'spot', instance_template: expect.stringContaining('spot_template') }]);
    expect(spotGroup.distribution_policy_target_shape).toBe('BALANCED');
    expect(spotGroup.update_policy.instance_redistribution_type).toBe('NONE');
    expect(spotGroup.instance_flexibility_policy.instance_selections).toEqual([
      { name: 'planned', rank: 1, machine_types: ['e2-standard-32'] },
      { name: 'alternatives', rank: 2, machine_types: ['n2d-standard-32'] },
    ]);
  });

  it('private builders get no external address and reach out through Cloud NAT', () => {
    const privateJson = synthCloud('gcp', { gcp: { network: { privateBuilders: true } } });
    for (const template of templates(privateJson)) expect(template.network_interface[0].access_config).toBeUndefined();
    expect(onlyResource(privateJson, 'google_compute_router_nat')).toMatchObject({ source_subnetwork_ip_ranges_to_nat: 'LIST_OF_SUBNETWORKS' });
    expect(resourcesOf(json, 'google_compute_router_nat')).toEqual({});
  });
});
