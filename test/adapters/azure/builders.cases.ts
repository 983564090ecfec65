import { terminationTimeout } from '../../../src/adapters/azure/drain';
import { azureSpotSplit } from '../../../src/topology/azure-spot-split';
import { BLOCK_METADATA_FROM_CONTAINERS } from '../../../src/adapters/shared/builder-settings';
import { ROLE_TAG } from '../../../src/adapters/shared/naming';
import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';
import { cloudConfigOf, defaultAzure, envOf, fileOf, only, ref, synthAzure, regularSet } from './support';

// A drain time only Azure and AWS can give: GCP's shutdown script has about 90 s.
const ON_DEMAND = { clouds: ['aws', 'azure'], gcp: undefined, builders: { spot: undefined, schedule: undefined, drainTimeoutSeconds: 600 }, azure: { zones: [] } };

describe('Azure builders', () => {
  let json: TerraformJson;
  let onDemand: TerraformJson;
  beforeAll(() => {
    json = defaultAzure();
    onDemand = synthAzure(ON_DEMAND);
  });

  it('GIVEN the default topology WHEN synthesized THEN one scale set of the plan size and count over the zones, SSH keys only, encrypted disks', () => {
    const plan = resolvedFor('azure').builders;
    const [, set] = regularSet(json);
    expect(set).toMatchObject({ sku: plan.instanceType, instances: azureSpotSplit(plan).onDemand.working, zones: ['1', '2', '3'], disable_password_authentication: true, encryption_at_host_enabled: true, overprovision: false });
    expect(set.admin_password).toBeUndefined();
    expect(set.os_disk).toMatchObject({ storage_account_type: 'Premium_LRS' });
    expect((set.tags as Record<string, string>)[ROLE_TAG]).toBe('builders');
    const nic = (set.network_interface as { ip_configuration: Record<string, unknown>[] }[])[0];
    const [asgName] = Object.entries(resourcesOf(json, 'azurerm_application_security_group')).find(([, a]) => (a.tags as Record<string, string>)[ROLE_TAG] === 'builders')!;
    expect(nic.ip_configuration[0].application_security_group_ids).toEqual([ref('azurerm_application_security_group', asgName, 'id')]);
  });

  it('GIVEN spot with a working-hours schedule (the default) WHEN synthesized THEN the set the schedule scales is regular priority with a terminate notification, as Azure cannot drain spot', () => {
    const [, set] = regularSet(json);
    expect(set.priority).toBeUndefined();
    expect(set.termination_notification).toEqual({ enabled: true, timeout: 'PT15M' });
  });

  it('GIVEN on-demand builders WHEN synthesized THEN the terminate notification is on with the topology’s drain time', () => {
    const [, set] = regularSet(onDemand);
    expect(set.termination_notification).toEqual({ enabled: true, timeout: 'PT10M' });
    expect(set.priority).toBeUndefined();
    expect(set.zones).toBeUndefined();
    expect(resourcesOf(onDemand, 'azurerm_monitor_autoscale_setting')).toEqual({});
    expect(set.lifecycle).toBeUndefined();
  });

  it.each([
    [60, 'PT5M'],
    [300, 'PT5M'],
    [301, 'PT6M'],
    [900, 'PT15M'],
  ])('GIVEN a drain time of %i s WHEN converted THEN the terminate delay is %s', (seconds, iso) => {
    expect(terminationTimeout(seconds)).toBe(iso);
  });

  it('GIVEN the default topology WHEN synthesized THEN custom data sets the CIRCLE_* settings from the plan and SERVICES_PRIVATE_IP, and no passphrase', () => {
    const plan = resolvedFor('azure').builders;
    const { config } = cloudConfigOf(regularSet(json)[1]);
    const env = envOf(fileOf(config, '/etc/circleci/builder.env'));
    expect(env).toEqual({
      SERVICES_PRIVATE_IP: '10.60.0.10',
      CIRCLE_NUM_CONTAINERS: String(plan.containersPerBuilder),
      CIRCLE_CONTAINER_CPUS: '2',
      CIRCLE_CONTAINER_MEMORY_LIMIT: '4G',
      CIRCLE_SECRET_PASSPHRASE_URL: expect.stringMatching(/^https:\/\/ci-[0-9a-f]{6}\.vault\.azure\.net\/secrets\/circle-secret-passphrase$/),
    });
    expect(fileOf(config, '/usr/local/sbin/fetch-builder-passphrase')).toContain('"$CIRCLE_SECRET_PASSPHRASE_URL" CIRCLE_SECRET_PASSPHRASE');
    expect(fileOf(config, '/etc/systemd/system/circleci-secrets.service')).toContain('ExecStart=/usr/local/sbin/fetch-builder-passphrase');
    expect(config.runcmd).toContain('systemctl enable --now circleci-secrets.service');
  });

  it('GIVEN the default topology WHEN synthesized THEN build containers are blocked from 169.254.0.0/16 at every boot', () => {
    const { config } = cloudConfigOf(regularSet(json)[1]);
    expect(fileOf(config, '/usr/local/sbin/block-metadata-from-containers')).toBe(BLOCK_METADATA_FROM_CONTAINERS);
    expect(fileOf(config, '/etc/systemd/system/block-metadata-from-containers.service')).toContain('WantedBy=multi-user.target');
    expect(config.runcmd).toContain('systemctl enable --now block-metadata-from-containers.service');
    expect(config.packages).toContain('docker.io');
  });

  it('GIVEN the default topology WHEN synthesized THEN a drain agent polls Scheduled Events for its own Terminate, runs circle-shutdown, then approves', () => {
    const { config } = cloudConfigOf(regularSet(json)[1]);
    const agent = fileOf(config, '/usr/local/sbin/circleci-drain-agent');
    expect(agent).toContain("'/scheduledevents?api-version=2020-07-01'");
    expect(agent).toContain("'Metadata': 'true'");
    expect(agent).toContain("'Terminate'");
    expect(agent).toContain("name in e.get('Resources', [])");
    expect(agent.indexOf("['circle-shutdown']")).toBeLessThan(agent.indexOf("'StartRequests'"));
    expect(agent).toContain("{'EventId': e['EventId']}");
    expect(fileOf(config, '/etc/systemd/system/circleci-drain-agent.timer')).toContain('OnUnitActiveSec=10s');
    expect(config.runcmd).toContain('systemctl daemon-reload && systemctl enable --now circleci-drain-agent.timer');
  });

  it('GIVEN the builders WHEN synthesized THEN their own identity may read the passphrase secret and nothing else', () => {
    const [identityName] = Object.entries(resourcesOf(json, 'azurerm_user_assigned_identity')).find(([, i]) => (i.tags as Record<string, string>)[ROLE_TAG] === 'builders')!;
    const [, set] = regularSet(json);
    expect(set.identity).toEqual({ type: 'UserAssigned', identity_ids: [ref('azurerm_user_assigned_identity', identityName, 'id')] });
    const grants = Object.values(resourcesOf(json, 'azurerm_role_assignment')).filter((a) => a.principal_id === ref('azurerm_user_assigned_identity', identityName, 'principal_id'));
    const [secretName] = Object.entries(resourcesOf(json, 'azurerm_key_vault_secret')).find(([, s]) => s.name === 'circle-secret-passphrase')!;
    expect(grants).toEqual([
      expect.objectContaining({ role_definition_name: 'Key Vault Secrets User', scope: ref('azurerm_key_vault_secret', secretName, 'resource_versionless_id') }),
    ]);
  });

  it('GIVEN a working-hours schedule in New York WHEN synthesized THEN autoscale profiles scale up at 07:00 and down at 20:00 Eastern time', () => {
    const { onDemand } = azureSpotSplit(resolvedFor('azure').builders);
    const [setName, set] = regularSet(json);
    const [, autoscale] = only(json, 'azurerm_monitor_autoscale_setting');
    expect(autoscale.target_resource_id).toBe(ref('azurerm_linux_virtual_machine_scale_set', setName, 'id'));
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
    const fixed = (n: number) => ({ minimum: n, default: n, maximum: n });
    expect(autoscale.profile).toEqual([
      { name: 'default', capacity: { minimum: onDemand.offHours, default: onDemand.working, maximum: onDemand.working } },
      { name: 'working-hours', capacity: fixed(onDemand.working), recurrence: { timezone: 'Eastern Standard Time', days, hours: [7], minutes: [0] } },
      { name: 'off-hours', capacity: fixed(onDemand.offHours), recurrence: { timezone: 'Eastern Standard Time', days, hours: [20], minutes: [0] } },
    ]);
    expect(set.lifecycle).toEqual({ ignore_changes: ['instances'] });
  });
});
