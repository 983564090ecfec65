import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { existingSecret, only, ref, synthAws } from './support';

const PEM = /-----BEGIN|PRIVATE KEY-----/;

describe('AWS DNS', () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = synthAws();
  });

  test('GIVEN dns.zone example.com WHEN synthesized THEN the A record for the domain points at the Elastic IP in the looked-up public zone', () => {
    const [zoneName, zone] = Object.entries(json.data?.aws_route53_zone ?? {})[0];
    expect(zone).toEqual({ name: 'example.com', private_zone: false });
    const [eipName] = only(json, 'aws_eip');
    expect(only(json, 'aws_route53_record')[1]).toEqual({
      zone_id: `\${data.aws_route53_zone.${zoneName}.zone_id}`,
      name: 'ci.example.com',
      type: 'A',
      ttl: 300,
      records: [ref('aws_eip', eipName, 'public_ip')],
    });
    expect(resourcesOf(json, 'aws_route53_zone')).toEqual({});
  });

  test('GIVEN a hosted zone id WHEN synthesized THEN the record goes into that zone and no zone is looked up or created', () => {
    const patched = synthAws({ aws: { dns: { zoneId: 'Z0123456789ABC' } } });
    expect(only(patched, 'aws_route53_record')[1].zone_id).toBe('Z0123456789ABC');
    expect(patched.data?.aws_route53_zone).toBeUndefined();
    expect(resourcesOf(patched, 'aws_route53_zone')).toEqual({});
  });

  test('GIVEN dns.create WHEN synthesized THEN a new zone holds the record and its name servers are an output', () => {
    const patched = synthAws({ clouds: ['aws'], dns: { create: true } });
    const [zoneName, zone] = only(patched, 'aws_route53_zone');
    expect(zone.name).toBe('example.com');
    expect(only(patched, 'aws_route53_record')[1].zone_id).toBe(ref('aws_route53_zone', zoneName, 'zone_id'));
    expect(patched.output?.dns_name_servers?.value).toBe(ref('aws_route53_zone', zoneName, 'name_servers'));
  });
});

describe('AWS secrets and certificate', () => {
  test('GIVEN secrets from variables and a provided certificate WHEN synthesized THEN each is a sensitive variable stored into its own Secrets Manager secret', () => {
    const json = synthAws();
    const variables = json.variable ?? {};
    expect(Object.keys(variables).sort()).toEqual(['circle_secret_passphrase', 'github_client_secret', 'tls_certificate_chain', 'tls_private_key']);
    for (const variable of Object.values(variables)) {
      expect(variable).toMatchObject({ sensitive: true, type: 'string' });
      expect(variable).not.toHaveProperty('default');
    }
    // Written write-only: the value never lands in state; the version is what tells Terraform it changed.
    const versions = Object.values(resourcesOf(json, 'aws_secretsmanager_secret_version')).map((v) => [v.secret_string_wo, v.secret_string_wo_version, v.secret_string]);
    expect(versions.sort()).toEqual(Object.keys(variables).sort().map((name) => [`\${var.${name}}`, 1, undefined]));
    expect(Object.values(resourcesOf(json, 'aws_secretsmanager_secret')).map((s) => s.name).sort()).toEqual([
      'ci-circle-secret-passphrase',
      'ci-github-client-secret',
      'ci-tls-certificate-chain',
      'ci-tls-private-key',
    ]);
  });

  test('GIVEN every secret as an existing ARN WHEN synthesized THEN no variable or secret is created and the boxes read the given ARNs', () => {
    const json = synthAws({
      github: { clientSecret: existingSecret('github') },
      secretPassphrase: existingSecret('passphrase'),
      certificate: { mode: 'provided', privateKey: existingSecret('tls-key', { replacesVariable: false }), chain: existingSecret('tls-chain', { replacesVariable: false }) },
    });
    expect(json.variable ?? {}).toEqual({});
    expect(resourcesOf(json, 'aws_secretsmanager_secret')).toEqual({});
    const boxPolicy = Object.values(resourcesOf(json, 'aws_iam_role_policy')).find((p) => p.name === 'ci-services-box')!;
    const resources = (JSON.parse(String(boxPolicy.policy)) as { Statement: { Resource: string[] }[] }).Statement[0].Resource;
    expect(resources.sort()).toEqual(['github', 'passphrase', 'tls-chain', 'tls-key'].map((n) => existingSecret(n).existing.aws).sort());
    expect(String(only(json, 'aws_instance')[1].user_data)).toContain(`TLS_PRIVATE_KEY_SECRET_ARN="${existingSecret('tls-key').existing.aws}"`);
  });

  test('GIVEN a self-signed certificate WHEN synthesized THEN the tls provider makes the key and certificate, stored into Secrets Manager, and no PEM is a literal', () => {
    const json = synthAws({ certificate: { mode: 'self-signed', validityDays: 30 } });
    expect(Object.keys(json.provider ?? {})).toContain('tls');
    const [keyName] = only(json, 'tls_private_key');
    const [certName, cert] = only(json, 'tls_self_signed_cert');
    expect(cert).toMatchObject({ dns_names: ['ci.example.com'], validity_period_hours: 720, private_key_pem: ref('tls_private_key', keyName, 'private_key_pem') });
    const stored = Object.values(resourcesOf(json, 'aws_secretsmanager_secret_version')).map((v) => v.secret_string);
    expect(stored).toEqual(expect.arrayContaining([ref('tls_private_key', keyName, 'private_key_pem'), ref('tls_self_signed_cert', certName, 'cert_pem')]));
    expect(Object.keys(json.variable ?? {})).not.toContain('tls_private_key');
    expect(JSON.stringify(json)).not.toMatch(PEM);
  });

  test('GIVEN sentinel secret variable names and existing ARNs WHEN synthesized THEN only references appear: every secret value comes from a sensitive variable or a resource attribute', () => {
    const json = synthAws({
      github: { clientSecret: { variable: 'sentinel_github_secret' } },
      secretPassphrase: existingSecret('sentinel-passphrase'),
      certificate: { mode: 'provided', privateKey: { variable: 'sentinel_tls_key' }, chain: { variable: 'sentinel_tls_key' } },
    });
    const text = JSON.stringify(json);
    expect(text).not.toMatch(PEM);
    expect(Object.keys(json.variable ?? {}).sort()).toEqual(['sentinel_github_secret', 'sentinel_tls_key']);
    for (const variable of Object.values(json.variable ?? {})) expect(variable.sensitive).toBe(true);
    for (const version of Object.values(resourcesOf(json, 'aws_secretsmanager_secret_version'))) {
      expect(version.secret_string_wo).toMatch(/^\$\{var\.sentinel_[a-z_]+\}$/);
    }
    // A variable's value reaches nothing but Secrets Manager: no user data, tag or output reads it.
    const uses = text.match(/\$\{var\.[a-z_]+\}/g) ?? [];
    expect(uses).toHaveLength(Object.keys(resourcesOf(json, 'aws_secretsmanager_secret_version')).length);
  });
});

describe('AWS outputs', () => {
  test('GIVEN the default topology WHEN synthesized THEN the outputs give the URL, callback, addresses and builder group', () => {
    const json = synthAws();
    const outputs = json.output ?? {};
    const [boxName] = only(json, 'aws_instance');
    const [eipName] = only(json, 'aws_eip');
    const [groupName] = only(json, 'aws_autoscaling_group');
    expect(outputs.url.value).toBe('https://ci.example.com');
    expect(outputs.github_oauth_callback_url.value).toBe('https://ci.example.com/auth/github');
    expect(outputs.services_box_public_ip.value).toBe(ref('aws_eip', eipName, 'public_ip'));
    expect(outputs.services_box_private_ip.value).toBe(ref('aws_instance', boxName, 'private_ip'));
    expect(outputs.builder_group_name.value).toBe(ref('aws_autoscaling_group', groupName, 'name'));
    expect(outputs.sizing_plan).toBeDefined();
  });
});
