import { repairTerraformSettings, unwrapInterpolationOnlyStrings } from '../../stacks/hcl-output';

describe('HCL output tidy-up', () => {
  it('GIVEN interpolation-only strings THEN they become bare expressions, as terraform fmt writes them', () => {
    const hcl = 'subnet_id = "${aws_subnet.a.id}"\nuser_data = "${base64encode(join("", ["a\\"b", var.x]))}"';
    expect(unwrapInterpolationOnlyStrings(hcl)).toBe('subnet_id = aws_subnet.a.id\nuser_data = base64encode(join("", ["a\\"b", var.x]))');
  });

  it('GIVEN templates with text around the interpolation THEN they stay strings', () => {
    const hcl = 'name = "${var.prefix}-box"\narn = "arn:${data.aws_partition.p.partition}:iam"\nplain = "x"';
    expect(unwrapInterpolationOnlyStrings(hcl)).toBe(hcl);
  });

  it('GIVEN a heredoc holding quoted references THEN its body is left exactly as it is', () => {
    const hcl = 'policy = <<EOF\n"Resource": ["${aws_secretsmanager_secret.s.arn}"]\nEOF\nid = "${aws_vpc.v.id}"';
    expect(unwrapInterpolationOnlyStrings(hcl)).toBe('policy = <<EOF\n"Resource": ["${aws_secretsmanager_secret.s.arn}"]\nEOF\nid = aws_vpc.v.id');
  });
});

describe('terraform block settings in HCL output', () => {
  it('GIVEN cdktf 0.21 writing a setting as `0 = "name"` THEN it becomes `name = value` from the stack settings', () => {
    const broken = 'terraform {\nbackend "local" {\npath = "x"\n}\n\n  0 = "required_version"\n}\nlocals {\n  0 = "kept"\n}';
    expect(repairTerraformSettings(broken, { required_version: '>= 1.11.0' })).toBe(
      'terraform {\nbackend "local" {\npath = "x"\n}\n\n  required_version = ">= 1.11.0"\n}\nlocals {\n  0 = "kept"\n}',
    );
  });
});
