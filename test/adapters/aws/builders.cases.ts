import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';
import { builderCloudConfig, fileOf, only, ref, synthAws } from './support';

describe('AWS builders', () => {
  let json: TerraformJson;
  const plan = resolvedFor('aws').builders;
  beforeAll(() => {
    json = synthAws();
  });

  test('GIVEN the default topology WHEN synthesized THEN the launch template requires IMDSv2 with hop limit 1, encrypts its root volume and uses a minimal profile', () => {
    const [, template] = only(json, 'aws_launch_template');
    expect(template).toMatchObject({
      instance_type: plan.instanceType,
      metadata_options: { http_tokens: 'required', http_put_response_hop_limit: 1, http_endpoint: 'enabled' },
      tags: { 'circleci-role': 'builders' },
    });
    const [mapping] = template.block_device_mappings as { device_name: string; ebs: Record<string, unknown> }[];
    expect(mapping.ebs).toMatchObject({ encrypted: 'true', volume_type: 'gp3', delete_on_termination: 'true' });
    expect(mapping.device_name).toMatch(/^\$\{data\.aws_ami\.[A-Za-z0-9_]+\.root_device_name\}$/);
    const instanceTags = (template.tag_specifications as { resource_type: string; tags: Record<string, string> }[]).find((t) => t.resource_type === 'instance')!;
    expect(instanceTags.tags['circleci-role']).toBe('builders');
  });

  test('GIVEN the default topology WHEN synthesized THEN user data sets the sizing plan and services IP, fetches the passphrase, blocks metadata and installs the drain agent', () => {
    const { config } = builderCloudConfig(json);
    const settings = fileOf(config, '/etc/circleci/builder.env');
    const privateIp = String(only(json, 'aws_instance')[1].private_ip);
    expect(settings).toContain(`SERVICES_PRIVATE_IP="${privateIp}"`);
    expect(settings).toContain(`CIRCLE_NUM_CONTAINERS="${plan.containersPerBuilder}"`);
    expect(settings).toContain(`CIRCLE_CONTAINER_CPUS="${plan.containerCpus}"`);
    expect(settings).toContain(`CIRCLE_CONTAINER_MEMORY_LIMIT="${plan.containerMemoryGiB}G"`);
    const passphrase = Object.keys(resourcesOf(json, 'aws_secretsmanager_secret')).find((n) => n.includes('passphrase'))!;
    expect(settings).toContain(`CIRCLE_SECRET_PASSPHRASE_ARN="${ref('aws_secretsmanager_secret', passphrase, 'arn')}"`);
    const commands = config.runcmd.join('\n');
    expect(fileOf(config, '/usr/local/sbin/circleci-fetch-builder-secrets')).toContain('/usr/local/sbin/circleci-fetch-secret "$CIRCLE_SECRET_PASSPHRASE_ARN"');
    expect(commands).toContain('systemctl enable --now circleci-secrets.service');
    expect(commands).toContain('systemctl enable --now block-metadata-from-containers.service');
    expect(fileOf(config, '/usr/local/sbin/block-metadata-from-containers')).toContain('-d 169.254.0.0/16 -j REJECT');
    expect(commands).toContain('systemctl enable --now circleci-drain-agent.timer');
    const agent = fileOf(config, '/usr/local/sbin/circleci-drain-agent');
    expect(agent).toContain('X-aws-ec2-metadata-token');
    expect(agent).toContain('/meta-data/$1');
    expect(agent).toContain('metadata autoscaling/target-lifecycle-state');
    expect(agent).toContain('"Terminated"');
    expect(agent).toMatch(/circle-shutdown[\s\S]*aws autoscaling complete-lifecycle-action/);
    expect(fileOf(config, '/etc/circleci/drain.env')).toContain('ASG_NAME="ci-builders"');
  });

  test('GIVEN the default topology WHEN synthesized THEN cloud-config holds no Terraform template syntax except references', () => {
    for (const text of [builderCloudConfig(json).text, String(only(json, 'aws_instance')[1].user_data)]) {
      expect(text).not.toContain('%{');
      const interpolations = text.match(/\$\{[^}]*\}/g) ?? [];
      for (const i of interpolations) expect(i).toMatch(/^\$\{(aws_[a-z0-9_]+|data\.aws_[a-z0-9_]+|cidrhost\(data\.aws_subnet|replace\(aws_ebs_volume)\.?[A-Za-z0-9_.]*[^}]*\}$/);
    }
  });

  test('GIVEN spot with an on-demand base WHEN synthesized THEN the group runs a mixed instances policy with the ranked alternatives and price-capacity-optimized', () => {
    const [, group] = only(json, 'aws_autoscaling_group');
    expect(group).toMatchObject({ name: 'ci-builders', desired_capacity: plan.desired, min_size: plan.min, max_size: plan.max, capacity_rebalance: true });
    expect(group).not.toHaveProperty('launch_template');
    const policy = group.mixed_instances_policy as { instances_distribution: Record<string, unknown>; launch_template: { override: { instance_type: string }[] } };
    expect(policy.instances_distribution).toEqual({
      on_demand_base_capacity: plan.spot!.onDemandBase,
      on_demand_percentage_above_base_capacity: 0,
      spot_allocation_strategy: 'price-capacity-optimized',
    });
    expect(policy.launch_template.override.map((o) => o.instance_type)).toEqual([plan.instanceType, ...plan.spot!.alternatives]);
    expect((group.vpc_zone_identifier as string[]).length).toBe(2);
    expect(group.tag).toContainEqual({ key: 'circleci-role', value: 'builders', propagate_at_launch: true });
  });

  test('GIVEN a working-hours schedule WHEN synthesized THEN the group scales up at the start and down at the end in the schedule time zone', () => {
    const schedules = Object.values(resourcesOf(json, 'aws_autoscaling_schedule'));
    const s = plan.schedule!;
    expect(schedules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recurrence: '0 7 * * 1,2,3,4,5', time_zone: 'America/New_York', desired_capacity: s.workingBuilders }),
        expect.objectContaining({ recurrence: '0 20 * * 1,2,3,4,5', time_zone: 'America/New_York', desired_capacity: s.offHoursBuilders }),
      ]),
    );
    expect(schedules).toHaveLength(2);
    expect(only(json, 'aws_autoscaling_group')[1].lifecycle).toEqual({ ignore_changes: ['desired_capacity'] });
  });

  test('GIVEN the default topology WHEN synthesized THEN a termination lifecycle hook waits the drain timeout and continues by default', () => {
    const [groupName] = only(json, 'aws_autoscaling_group');
    expect(only(json, 'aws_autoscaling_lifecycle_hook')[1]).toEqual({
      name: 'ci-builders-drain',
      autoscaling_group_name: ref('aws_autoscaling_group', groupName, 'name'),
      lifecycle_transition: 'autoscaling:EC2_INSTANCE_TERMINATING',
      heartbeat_timeout: 3600,
      default_result: 'CONTINUE',
    });
  });

  test('GIVEN the default topology WHEN synthesized THEN the builder role may read only the passphrase and complete only its own group lifecycle actions', () => {
    const policy = Object.values(resourcesOf(json, 'aws_iam_role_policy')).find((p) => p.name === 'ci-builders')!;
    const document = JSON.parse(String(policy.policy)) as { Statement: { Action: string[]; Resource: string[] }[] };
    const passphrase = Object.keys(resourcesOf(json, 'aws_secretsmanager_secret')).find((n) => n.includes('passphrase'))!;
    expect(document.Statement.map((s) => [s.Action, s.Resource.length])).toEqual([
      [['secretsmanager:GetSecretValue'], 1],
      [['autoscaling:CompleteLifecycleAction'], 1],
    ]);
    expect(document.Statement[0].Resource[0]).toBe(ref('aws_secretsmanager_secret', passphrase, 'arn'));
    expect(document.Statement[1].Resource[0]).toMatch(/^arn:\$\{data\.aws_partition\.[A-Za-z0-9_]+\.partition\}:autoscaling:us-east-1:\$\{data\.aws_caller_identity\.[A-Za-z0-9_]+\.account_id\}:autoScalingGroup:\*:autoScalingGroupName\/ci-builders$/);
  });

  test('GIVEN on-demand builders without a schedule and drain of 900 s WHEN synthesized THEN the group uses the launch template directly, has no scheduled actions and the hook waits 900 s', () => {
    const onDemand = synthAws({ clouds: ['aws'], gcp: undefined, azure: undefined, builders: { spot: undefined, schedule: undefined, drainTimeoutSeconds: 900 } });
    const [, group] = only(onDemand, 'aws_autoscaling_group');
    expect(group).not.toHaveProperty('mixed_instances_policy');
    expect(group).not.toHaveProperty('lifecycle');
    expect(group.launch_template).toMatchObject({ version: expect.stringMatching(/latest_version\}$/) });
    expect(group.min_size).toBe(group.max_size);
    expect(resourcesOf(onDemand, 'aws_autoscaling_schedule')).toEqual({});
    expect(only(onDemand, 'aws_autoscaling_lifecycle_hook')[1].heartbeat_timeout).toBe(900);
  });
});
