import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';
import { builderCloudConfig, fileOf, only, ref, servicesCloudConfig, synthAws } from './support';

const FIXED_SERVICES_BOX_TYPES = ['aws_instance', 'aws_eip', 'aws_eip_association', 'aws_route53_record', 'aws_dlm_lifecycle_policy'];

describe('AWS services box', () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = synthAws();
  });

  test('GIVEN the default topology WHEN synthesized THEN the box is protected, IMDSv2-only, monitored, with an encrypted gp3 root volume that survives termination', () => {
    const planned = resolvedFor('aws').servicesBox;
    const [, box] = only(json, 'aws_instance');
    expect(box).toMatchObject({
      instance_type: planned.instanceType,
      disable_api_termination: true,
      monitoring: true,
      metadata_options: { http_tokens: 'required', http_endpoint: 'enabled' },
      root_block_device: { encrypted: true, volume_type: 'gp3', volume_size: planned.diskGiB, delete_on_termination: false },
      lifecycle: { prevent_destroy: true, ignore_changes: ['ami', 'user_data'] },
      tags: { 'circleci-role': 'services-box' },
    });
  });

  test('GIVEN no pinned address WHEN synthesized THEN the private IP is the 10th host of the first public subnet and the Elastic IP is associated', () => {
    const [, box] = only(json, 'aws_instance');
    expect(box.private_ip).toBe('10.40.0.10');
    const subnet = Object.entries(resourcesOf(json, 'aws_subnet')).find(([, s]) => s.cidr_block === '10.40.0.0/20')!;
    expect(box.subnet_id).toBe(ref('aws_subnet', subnet[0], 'id'));
    const [eipName, eip] = only(json, 'aws_eip');
    expect(eip).toMatchObject({ domain: 'vpc', lifecycle: { prevent_destroy: true } });
    const [, association] = only(json, 'aws_eip_association');
    expect(association.allocation_id).toBe(ref('aws_eip', eipName, 'allocation_id'));
    expect(association.instance_id).toBe(ref('aws_instance', only(json, 'aws_instance')[0], 'id'));
  });

  test('GIVEN no image WHEN synthesized THEN the AMI is the latest Ubuntu 24.04 amd64 server image owned by Canonical', () => {
    const amis = Object.entries(json.data?.aws_ami ?? {});
    expect(amis).toHaveLength(1);
    const [name, ami] = amis[0];
    expect(ami).toMatchObject({ owners: ['099720109477'], most_recent: true });
    const filters = ami.filter as { name: string; values: string[] }[];
    expect(filters.find((f) => f.name === 'name')!.values[0]).toMatch(/ubuntu-noble-24\.04-amd64-server-\*$/);
    expect(only(json, 'aws_instance')[1].ami).toBe(`\${data.aws_ami.${name}.id}`);
  });

  test('GIVEN the default topology WHEN synthesized THEN the box role may read exactly its four secrets and nothing else', () => {
    const policies = Object.values(resourcesOf(json, 'aws_iam_role_policy')).filter((p) => p.name === 'ci-services-box');
    expect(policies).toHaveLength(1);
    const document = JSON.parse(String(policies[0].policy)) as { Statement: { Effect: string; Action: string[]; Resource: string[] }[] };
    expect(document.Statement).toHaveLength(1);
    expect(document.Statement[0].Action).toEqual(['secretsmanager:GetSecretValue']);
    const secretArns = Object.keys(resourcesOf(json, 'aws_secretsmanager_secret')).map((name) => ref('aws_secretsmanager_secret', name, 'arn'));
    expect([...document.Statement[0].Resource].sort()).toEqual(secretArns.sort());
  });

  test('GIVEN the default topology WHEN synthesized THEN user data holds the settings and secret ARNs, and fetches the secrets at boot', () => {
    const { config } = servicesCloudConfig(json);
    const settings = fileOf(config, '/etc/circleci/installation.env');
    expect(settings).toContain('CIRCLE_HOSTNAME="ci.example.com"');
    expect(settings).toContain('GITHUB_CLIENT_ID="Iv1.0123456789abcdef"');
    expect(settings).toContain('GITHUB_OAUTH_CALLBACK_URL="https://ci.example.com/auth/github"');
    expect(settings).toMatch(/GITHUB_CLIENT_SECRET_ARN="\$\{aws_secretsmanager_secret\.[A-Za-z0-9_]+\.arn\}"/);
    expect(settings).toMatch(/TLS_CERTIFICATE_PATH="\/etc\/circleci\/tls\/certificate-chain.pem"/);
    expect(config.runcmd.join('\n')).toContain('systemctl enable --now circleci-secrets.service');
    expect(fileOf(config, '/etc/systemd/system/circleci-secrets.service')).toContain('ExecStart=/usr/local/sbin/circleci-fetch-installation-secrets');
    expect(fileOf(config, '/usr/local/sbin/circleci-fetch-installation-secrets')).toContain('"$TLS_PRIVATE_KEY_SECRET_ARN" "$TLS_PRIVATE_KEY_PATH"');
  });

  test('GIVEN administrator SSH keys WHEN synthesized THEN both roles create the administrator account with those keys, and none without keys', () => {
    const key = resolvedFor('aws').ssh.publicKeys[0];
    for (const { config } of [servicesCloudConfig(json), builderCloudConfig(json)]) {
      expect(fileOf(config, '/etc/circleci/admin-authorized-keys')).toBe(`${key}\n`);
      expect(config.runcmd).toContain('id -u circleci >/dev/null 2>&1 || useradd --create-home --shell /bin/bash circleci');
      expect(config.runcmd.join('\n')).toContain('/home/circleci/.ssh/authorized_keys');
    }
    const keyless = servicesCloudConfig(synthAws({ clouds: ['aws'], ssh: { publicKeys: [] } })).config;
    expect(keyless.write_files.map((f) => f.path)).not.toContain('/etc/circleci/admin-authorized-keys');
  });

  test('GIVEN a pinned private IP and AMI in a throwaway installation WHEN synthesized THEN they are used and protection is off', () => {
    const patched = synthAws({
      throwaway: true,
      servicesBox: { protection: false },
      aws: { servicesBox: { privateIp: '10.40.1.20', image: 'ami-0123456789abcdef0' } },
    });
    const [, box] = only(patched, 'aws_instance');
    expect(box).toMatchObject({ private_ip: '10.40.1.20', disable_api_termination: false, lifecycle: { prevent_destroy: false } });
    const images = Object.values(patched.data?.aws_ami ?? {}).map((ami) => (ami.filter as { name: string; values: string[] }[])[0]);
    expect(images).toContainEqual({ name: 'image-id', values: ['ami-0123456789abcdef0'] });
  });

  test('GIVEN other builder settings WHEN synthesized THEN the services box, its address, DNS record and backup keep their Terraform addresses and the box its user data', () => {
    const other = synthAws({ builders: { containers: 200, spot: undefined, schedule: undefined }, aws: { builders: { families: { allow: ['m6i'] } } } });
    for (const type of FIXED_SERVICES_BOX_TYPES) {
      expect({ type, names: Object.keys(resourcesOf(other, type)) }).toEqual({ type, names: Object.keys(resourcesOf(json, type)) });
    }
    expect(only(other, 'aws_instance')[1].user_data).toBe(only(json, 'aws_instance')[1].user_data);
  });
});

describe('AWS services box backup', () => {
  test('GIVEN the default daily backup WHEN synthesized THEN DLM snapshots the tagged volumes daily at 03:00 UTC and keeps 7, with the DLM service role', () => {
    const json = synthAws();
    const [, policy] = only(json, 'aws_dlm_lifecycle_policy');
    const [, box] = only(json, 'aws_instance');
    const volumeTags = (box.root_block_device as { tags: Record<string, string> }).tags;
    const details = policy.policy_details as { resource_types: string[]; target_tags: Record<string, string>; schedule: Record<string, unknown>[] };
    expect(details.resource_types).toEqual(['VOLUME']);
    for (const [k, v] of Object.entries(details.target_tags)) expect(volumeTags[k]).toBe(v);
    expect(details.schedule[0]).toMatchObject({ create_rule: { interval: 24, interval_unit: 'HOURS', times: ['03:00'] }, retain_rule: { count: 7 } });
    expect(String(policy.description)).toMatch(/^[0-9A-Za-z _-]+$/);
    expect(String(details.schedule[0].name)).toMatch(/^[0-9A-Za-z _-]+$/);
    const dlmRole = Object.entries(resourcesOf(json, 'aws_iam_role')).find(([, r]) => String(r.assume_role_policy).includes('dlm.amazonaws.com'))!;
    expect(policy.execution_role_arn).toBe(ref('aws_iam_role', dlmRole[0], 'arn'));
    const [, attachment] = only(json, 'aws_iam_role_policy_attachment');
    expect(attachment.policy_arn).toMatch(/:iam::aws:policy\/service-role\/AWSDataLifecycleManagerServiceRole$/);
  });

  test('GIVEN a weekly backup on Wednesdays at 04:30 keeping 12 WHEN synthesized THEN DLM uses a cron expression', () => {
    const json = synthAws({ clouds: ['aws'], gcp: undefined, azure: undefined, servicesBox: { backup: { frequency: 'weekly', weekday: 'WED', at: '04:30', retention: 12 } } });
    const details = only(json, 'aws_dlm_lifecycle_policy')[1].policy_details as { schedule: Record<string, unknown>[] };
    expect(details.schedule[0]).toMatchObject({ create_rule: { cron_expression: 'cron(30 4 ? * WED *)' }, retain_rule: { count: 12 } });
  });
});

describe('AWS services box backup of a throwaway installation', () => {
  const throwaway = { clouds: ['aws'], gcp: undefined, azure: undefined, throwaway: true, servicesBox: { protection: false, backup: { frequency: 'weekly', weekday: 'WED', at: '04:30', retention: 3 } } };
  let json: TerraformJson;
  beforeAll(() => {
    json = synthAws(throwaway);
  });

  test('GIVEN throwaway WHEN synthesized THEN no DLM policy, whose snapshots would outlive the policy, but AWS Backup into a vault that destroy empties', () => {
    expect(resourcesOf(json, 'aws_dlm_lifecycle_policy')).toEqual({});
    const [, vault] = only(json, 'aws_backup_vault');
    expect(vault.force_destroy).toBe(true);
    expect(String(vault.name)).toMatch(/^[0-9A-Za-z_-]{2,50}$/);
  });

  test('GIVEN a weekly backup on Wednesdays at 04:30 keeping 3 WHEN synthesized THEN the plan runs the same cron in UTC into the vault and keeps 3 weeks', () => {
    const [vaultName] = only(json, 'aws_backup_vault');
    const [, plan] = only(json, 'aws_backup_plan');
    const [rule] = plan.rule as Record<string, unknown>[];
    expect(rule).toMatchObject({ schedule: 'cron(30 4 ? * WED *)', schedule_expression_timezone: 'Etc/UTC', lifecycle: { delete_after: 21 }, target_vault_name: ref('aws_backup_vault', vaultName, 'name') });
    // The same tag DLM puts on a kept installation's snapshots.
    expect(rule.recovery_point_tags).toEqual({ 'snapshot-of': 'ci-services-box' });
    expect(String(rule.rule_name)).toMatch(/^[0-9A-Za-z_.-]{1,50}$/);
  });

  test('GIVEN the default daily backup WHEN synthesized throwaway THEN the plan runs daily at 03:00 UTC and keeps 7 days', () => {
    const daily = synthAws({ throwaway: true, servicesBox: { protection: false } });
    const [rule] = only(daily, 'aws_backup_plan')[1].rule as Record<string, unknown>[];
    expect(rule).toMatchObject({ schedule: 'cron(0 3 * * ? *)', lifecycle: { delete_after: 7 } });
  });

  test('GIVEN throwaway WHEN synthesized THEN the selection picks the root and data volumes by their tag, with AWS Backup’s service role that outlives the vault at destroy', () => {
    const [planName] = only(json, 'aws_backup_plan');
    const [, selection] = only(json, 'aws_backup_selection');
    const [, box] = only(json, 'aws_instance');
    const [, volume] = only(json, 'aws_ebs_volume');
    expect(selection.plan_id).toBe(ref('aws_backup_plan', planName, 'id'));
    const [tag] = selection.selection_tag as { type: string; key: string; value: string }[];
    expect(tag.type).toBe('STRINGEQUALS');
    expect((box.root_block_device as { tags: Record<string, string> }).tags[tag.key]).toBe(tag.value);
    expect((volume.tags as Record<string, string>)[tag.key]).toBe(tag.value);
    const [roleName, role] = Object.entries(resourcesOf(json, 'aws_iam_role')).find(([, r]) => String(r.assume_role_policy).includes('backup.amazonaws.com'))!;
    expect(selection.iam_role_arn).toBe(ref('aws_iam_role', roleName, 'arn'));
    expect(String(role.name).length).toBeLessThanOrEqual(64);
    const [attachmentName, attachment] = Object.entries(resourcesOf(json, 'aws_iam_role_policy_attachment')).find(([, a]) => a.role === ref('aws_iam_role', roleName, 'name'))!;
    expect(attachment.policy_arn).toMatch(/:iam::aws:policy\/service-role\/AWSBackupServiceRolePolicyForBackup$/);
    expect(only(json, 'aws_backup_vault')[1].depends_on).toContain(`aws_iam_role_policy_attachment.${attachmentName}`);
  });

  test('GIVEN aws.kmsKeyArn WHEN synthesized throwaway THEN the vault is encrypted with it', () => {
    const kmsKeyArn = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const keyed = synthAws({ ...throwaway, aws: { kmsKeyArn } });
    expect(only(keyed, 'aws_backup_vault')[1].kms_key_arn).toBe(kmsKeyArn);
  });

  test('GIVEN a kept installation WHEN synthesized THEN no AWS Backup resource', () => {
    const kept = synthAws();
    for (const type of ['aws_backup_vault', 'aws_backup_plan', 'aws_backup_selection']) expect(resourcesOf(kept, type)).toEqual({});
  });
});
