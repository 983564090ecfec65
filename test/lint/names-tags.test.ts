import { nameProblems, tagLimitProblems } from '../../src/review/lint';
import { messages, one, stackOf } from './stacks';

const long = (n: number, c = 'a') => c.repeat(n);

describe('check: names fit each cloud’s rules', () => {
  it('GIVEN names at the limits WHEN linted THEN nothing is found', () => {
    const stack = stackOf({
      google_compute_instance: { it: { name: `a${long(62)}` } },
      google_service_account: { it: { account_id: `a${long(29)}` } },
      azurerm_key_vault: { it: { name: `a${long(22)}1` } },
      azurerm_network_security_rule: { it: { name: long(80), description: long(140) } },
      azurerm_linux_virtual_machine_scale_set: { it: { name: long(58) } },
      aws_iam_role: { it: { name: long(64), description: long(1000) } },
      aws_route53_record: { it: { name: `${long(63)}.example.com` } },
      google_compute_firewall: { it: { name: '${var.computed}' } },
    });
    expect(nameProblems(stack)).toEqual([]);
  });

  it('GIVEN GCP names breaking RFC 1035, service account ids and secret ids WHEN linted THEN each is caught', () => {
    expect(messages(nameProblems(one('google_compute_instance', { name: `a${long(63)}` })))).toEqual(['name "' + `a${long(63)}` + '" is 64 characters; 1-63 allowed']);
    expect(messages(nameProblems(one('google_compute_firewall', { name: 'Ci-Rule' })))).toEqual([expect.stringContaining('RFC 1035')]);
    expect(messages(nameProblems(one('google_compute_disk', { name: 'ci-disk-' })))).toEqual([expect.stringContaining('not ending with a hyphen')]);
    expect(messages(nameProblems(one('google_service_account', { account_id: 'ci-b' })))).toEqual(['account_id "ci-b" is 4 characters; 6-30 allowed']);
    expect(messages(nameProblems(one('google_secret_manager_secret', { secret_id: 'ci/secret' })))).toEqual([expect.stringContaining('letters, digits, hyphens or underscores')]);
    expect(messages(nameProblems(one('google_compute_instance_template', { name_prefix: `a${long(54)}` })))).toEqual([expect.stringContaining('55 characters; 1-54')]);
  });

  it('GIVEN Azure names breaking their type’s rules WHEN linted THEN each is caught', () => {
    expect(messages(nameProblems(one('azurerm_key_vault', { name: `a${long(24)}` })))).toEqual([expect.stringContaining('25 characters; 3-24')]);
    expect(messages(nameProblems(one('azurerm_key_vault', { name: 'ci--vault' })))).toEqual([expect.stringContaining('single hyphens')]);
    expect(messages(nameProblems(one('azurerm_network_security_rule', { name: long(81) })))).toEqual([expect.stringContaining('81 characters; 1-80')]);
    expect(messages(nameProblems(one('azurerm_resource_group', { name: long(91) })))).toEqual([expect.stringContaining('91 characters; 1-90')]);
    expect(messages(nameProblems(one('azurerm_linux_virtual_machine', { name: 'ci_box' })))).toEqual([expect.stringContaining('letters, digits, hyphens or periods')]);
    expect(messages(nameProblems(one('azurerm_recovery_services_vault', { name: long(51) })))).toEqual([expect.stringContaining('51 characters; 2-50')]);
    expect(messages(nameProblems(one('azurerm_network_security_rule', { name: 'ok', description: long(141) })))).toEqual([expect.stringContaining('141 characters; 0-140')]);
    // A scale set without computer_name_prefix takes its name as the prefix, which is 58 characters at most.
    expect(messages(nameProblems(one('azurerm_linux_virtual_machine_scale_set', { name: long(59) })))).toEqual([
      `name "${long(59)}" (the default computer_name_prefix) is 59 characters; 1-58 allowed`,
    ]);
  });

  it('GIVEN AWS names, prefixes and descriptions past their limits WHEN linted THEN each is caught', () => {
    expect(messages(nameProblems(one('aws_iam_role', { name: long(65) })))).toEqual([expect.stringContaining('65 characters; 1-64')]);
    expect(messages(nameProblems(one('aws_iam_role', { name_prefix: long(39) })))).toEqual([expect.stringContaining('39 characters; 1-38')]);
    expect(messages(nameProblems(one('aws_security_group', { name: 'sg-builders' })))).toEqual([expect.stringContaining('not starting with sg-')]);
    expect(messages(nameProblems(one('aws_security_group', { name: 'ok', description: 'naïve' })))).toEqual([expect.stringContaining('description "naïve"')]);
    expect(messages(nameProblems(one('aws_launch_template', { name: 'ci', description: long(256) })))).toEqual([
      'name "ci" is 2 characters; 3-125 allowed',
      expect.stringContaining('256 characters; 0-255'),
    ]);
    expect(messages(nameProblems(one('aws_autoscaling_group', { name: long(256) })))).toEqual([expect.stringContaining('256 characters; 1-255')]);
  });

  it('GIVEN a DNS record with a label of 64 characters WHEN linted THEN it is caught', () => {
    expect(messages(nameProblems(one('aws_route53_record', { name: `${long(64)}.example.com` })))).toEqual([expect.stringContaining('is not a DNS name')]);
    expect(messages(nameProblems(one('google_dns_record_set', { name: 'ci.example.com.' })))).toEqual([]);
  });
});

describe('check: tags and labels within each cloud’s limits', () => {
  const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
  const awsDefaults = (n: number) => ({ provider: { aws: [{ default_tags: [{ tags: tags(n) }] }] } });

  it('GIVEN 47 resource tags and 3 provider default tags (50 in all) WHEN linted THEN nothing is found', () => {
    const own = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [`own${i}`, 'v']));
    expect(tagLimitProblems(one('aws_instance', { tags: own }, awsDefaults(3)))).toEqual([]);
  });

  it('GIVEN 48 resource tags and 3 provider default tags WHEN linted THEN the 51 tags are caught, default tags counted', () => {
    const own = Object.fromEntries(Array.from({ length: 48 }, (_, i) => [`own${i}`, 'v']));
    expect(messages(tagLimitProblems(one('aws_instance', { tags: own }, awsDefaults(3))))).toEqual(['carries 51 tags; at most 50 allowed']);
  });

  it('GIVEN AWS tag keys and values out of bounds, launch template tag specifications and group tags WHEN linted THEN each is caught', () => {
    expect(messages(tagLimitProblems(one('aws_vpc', { tags: { 'aws:owner': 'x', [long(129)]: 'y', ok: long(257) } })))).toHaveLength(3);
    expect(messages(tagLimitProblems(one('aws_launch_template', { tag_specifications: [{ resource_type: 'instance', tags: tags(51) }] })))).toEqual(['carries 51 tags of launched instance; at most 50 allowed']);
    expect(messages(tagLimitProblems(one('aws_autoscaling_group', { tag: Object.entries(tags(51)).map(([key, value]) => ({ key, value })) })))).toEqual(['carries 51 tags; at most 50 allowed']);
  });

  it('GIVEN GCP labels breaking the label rules, default labels included WHEN linted THEN each is caught', () => {
    const stack = one('google_compute_instance', { labels: { Team: 'x', ok: 'Upper' } }, { provider: { google: [{ default_labels: tags(63) }] } });
    expect(messages(tagLimitProblems(stack))).toEqual([
      'carries 65 labels; at most 64 allowed',
      expect.stringContaining('labels key "Team"'),
      expect.stringContaining('labels value "Upper"'),
    ]);
  });

  it('GIVEN 51 Azure tags and a key with a slash WHEN linted THEN both are caught', () => {
    expect(messages(tagLimitProblems(one('azurerm_resource_group', { tags: { ...tags(50), 'a/b': 'x' } })))).toEqual([
      'carries 51 tags; at most 50 allowed',
      expect.stringContaining('tags key "a/b"'),
    ]);
  });
});
