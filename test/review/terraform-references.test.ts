import { referencedAddresses, resourcesReferring } from '../../src/review/terraform/references';
import type { TerraformJson } from '../../src/review/terraform/json';

describe('references in Terraform JSON', () => {
  it('GIVEN nested braces and an escaped $${ WHEN references are read THEN only those of real interpolations come back', () => {
    expect(referencedAddresses('a ${jsonencode({ a = local.y })} b $${literal.z} ${var.x}')).toEqual(['local.y', 'var.x']);
  });

  it('GIVEN expressions naming resources, data sources, locals and variables WHEN read THEN their addresses come back without attribute paths', () => {
    expect(referencedAddresses({ a: '${aws_instance.box.id}', b: ['${base64encode(local.user_data)}', '${data.aws_ami.ubuntu.id} ${var.key}'] })).toEqual([
      'aws_instance.box',
      'local.user_data',
      'data.aws_ami.ubuntu',
      'var.key',
    ]);
  });

  it('GIVEN a plain string that looks like an address WHEN read THEN it is not a reference', () => {
    expect(referencedAddresses('aws_instance.box')).toEqual([]);
  });

  it('GIVEN a stack WHEN asked who refers to a resource THEN the referring resources come back', () => {
    const stack: TerraformJson = {
      resource: { aws_instance: { box: { subnet_id: '${aws_subnet.a.id}' } }, aws_subnet: { a: {} }, aws_eip: { ip: { instance: '${aws_instance.box.id}' } } },
    };
    expect(resourcesReferring(stack, 'aws_instance.box').map((r) => r.address)).toEqual(['aws_eip.ip']);
  });
});
