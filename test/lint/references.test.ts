import { expressionReferences, lintStack, soleReference, templateReferences, unresolvedReferences } from '../../src/review/lint';
import { messages, one, stackOf } from './stacks';

const addresses = (text: string) => templateReferences(text).map((r) => r.address);

describe('Terraform expression references', () => {
  it('GIVEN templates WHEN scanned THEN resources, data sources, variables and locals are found, inside function calls too', () => {
    expect(addresses('${aws_instance.x.id}')).toEqual(['aws_instance.x']);
    expect(addresses('${data.aws_ami.ubuntu.id}')).toEqual(['data.aws_ami.ubuntu']);
    expect(addresses('${var.name}-${local.name}')).toEqual(['var.name', 'local.name']);
    expect(addresses('${base64encode(local.x)}')).toEqual(['local.x']);
    expect(addresses('${element(data.x.y, 0)}')).toEqual(['data.x.y']);
    expect(addresses('${aws_subnet.a[0].id} ${aws_subnet.b.*.id} ${data.aws_availability_zones.z.names.0}')).toEqual(['aws_subnet.a', 'aws_subnet.b', 'data.aws_availability_zones.z']);
    expect(addresses('${jsonencode({ "a" = "${var.inner}", b = aws_vpc.v.cidr_block, "c}" = 1 })}')).toEqual(['var.inner', 'aws_vpc.v']);
    expect(addresses('${var.c ? aws_a.b : aws_c.d}')).toEqual(['var.c', 'aws_a.b', 'aws_c.d']);
    expect(addresses('${provider::aws::arn_parse(var.arn).region}')).toEqual(['var.arn']);
  });

  it('GIVEN built-in roots, for-bound names, directives and escapes WHEN scanned THEN they are not references', () => {
    expect(addresses('${each.value} ${count.index} ${self.id} ${path.module} ${terraform.workspace}')).toEqual([]);
    expect(addresses('%{ for s in var.list }${s.id}%{ endfor }%{ if var.on }x%{ else }y%{ endif }')).toEqual(['var.list', 'var.on']);
    expect(addresses('${[for k, s in aws_subnet.x : s.id if k != ""]}')).toEqual(['aws_subnet.x']);
    expect(addresses('echo $${HOME} %%{ not.a } $${not.b}')).toEqual([]);
    expect(addresses('${fn(aws_a.b).c.d} ${1.5 + var.n}')).toEqual(['aws_a.b', 'var.n']);
    expect(templateReferences('${HOME}').map((r) => r.kind)).toEqual(['bare']);
  });

  it('GIVEN bare expressions and single references WHEN read THEN depends_on entries and sole references resolve', () => {
    expect(expressionReferences('aws_iam_role.x').map((r) => r.address)).toEqual(['aws_iam_role.x']);
    expect(soleReference('${aws_vpc.main.id}')).toBe('aws_vpc.main');
    expect(soleReference('x-${aws_vpc.main.id}')).toBeUndefined();
  });
});

describe('check: every reference resolves in the same stack', () => {
  const declared = {
    data: { aws_ami: { ubuntu: {} } },
    variable: { secret: {} },
    locals: { user_data: 'x' },
  };

  it('GIVEN references to what the stack declares WHEN linted THEN nothing is found', () => {
    const stack = stackOf(
      {
        aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
        aws_instance: { box: { ami: '${data.aws_ami.ubuntu.id}', user_data: '${base64encode(local.user_data)}', tags: { v: '${var.secret}' }, depends_on: ['aws_vpc.main'] } },
      },
      { ...declared, output: { vpc: { value: '${aws_vpc.main.id}' } } },
    );
    expect(lintStack(stack)).toEqual([]);
  });

  it('GIVEN references to undeclared objects, in templates, functions, outputs and depends_on WHEN linted THEN each is caught with its address', () => {
    const stack = stackOf(
      {
        aws_instance: {
          box: {
            ami: '${data.aws_ami.missing.id}',
            user_data: '${base64encode(local.missing)}',
            subnet_id: '${element(aws_subnet.gone.*.id, 0)}',
            tags: { secret: '${var.unset}' },
            depends_on: ['aws_iam_role.absent'],
            lifecycle: { ignore_changes: ['ami'], replace_triggered_by: ['aws_vpc.none.id'] },
          },
        },
      },
      { ...declared, output: { url: { value: 'https://${aws_eip.nowhere.public_ip}' } } },
    );
    expect(unresolvedReferences(stack).map((p) => `${p.address}: ${p.message}`).sort()).toEqual(
      [
      'aws_instance.box: refers to data.aws_ami.missing (at ami), which this stack does not declare',
      'aws_instance.box: refers to aws_iam_role.absent (at depends_on), which this stack does not declare',
      'aws_instance.box: refers to aws_subnet.gone (at subnet_id), which this stack does not declare',
      'aws_instance.box: refers to aws_vpc.none (at lifecycle.replace_triggered_by), which this stack does not declare',
      'aws_instance.box: refers to local.missing (at user_data), which this stack does not declare',
      'aws_instance.box: refers to var.unset (at tags.secret), which this stack does not declare',
      'output.url: refers to aws_eip.nowhere (at value), which this stack does not declare',
      ].sort(),
    );
  });

  it('GIVEN an unescaped shell variable and an unresolved CDKTF token WHEN linted THEN both are caught', () => {
    const stack = one('aws_instance', { user_data: 'echo ${HOME}', ami: '${TfToken[TOKEN.42]}' });
    expect(messages(unresolvedReferences(stack)).sort()).toEqual([
      'holds the CDKTF token ${TfToken[TOKEN.42]}, which was never resolved (at ami)',
      'interpolates the bare name "HOME" (at user_data), which Terraform rejects; a shell variable must be escaped as $${HOME}',
    ]);
  });

  it('GIVEN a dynamic block iterator WHEN linted THEN its name is in scope inside the block', () => {
    const stack = one('aws_security_group', { dynamic: { ingress: { for_each: '${var.rules}', iterator: 'rule', content: { from_port: '${rule.value.port}', to_port: '${ingress.value.port}' } } } }, { variable: { rules: {} } });
    expect(unresolvedReferences(stack)).toEqual([]);
  });
});

describe('lintStack', () => {
  it('GIVEN a stack broken once for each check WHEN linted THEN every check reports, sorted by address', () => {
    const rules = Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`r${i}`, { security_group_id: '${aws_security_group.g.id}', ip_protocol: 'tcp', from_port: 1, to_port: 1, cidr_ipv4: '203.0.113.0/24' }]));
    const stack = stackOf({
      aws_instance: { a: { ami: '${data.aws_ami.gone.id}', tags: { 'aws:x': 'y' } } },
      aws_iam_role: { b: { name: 'r'.repeat(65) } },
      aws_vpc: { c: { cidr_block: '10.0.0.0/8' } },
      aws_subnet: { d: { vpc_id: '${aws_vpc.c.id}', cidr_block: '11.0.0.0/24' }, e: { cidr_block: '10.0.0.0/40' } },
      aws_vpc_security_group_ingress_rule: { ...rules, f: { security_group_id: 'sg-1', ip_protocol: 'tcp', from_port: 2, to_port: 1 } },
      google_compute_firewall: { g: { priority: -1 } },
    });
    const found = lintStack(stack);
    expect([...new Set(found.map((p) => p.check))].sort()).toEqual(['cidrs', 'names', 'ports', 'priorities', 'quotas', 'references', 'subnets', 'tags']);
    expect(found.map((p) => p.address)).toEqual([...found.map((p) => p.address)].sort((a, b) => a.localeCompare(b)));
    expect(found.filter((p) => p.level === 'quota').map((p) => p.check)).toEqual(['quotas']);
  });
});
