import { bootTexts, decodeIfBase64, readBootText } from '../../../src/review/policy/boot-text';
import { resourceAt, type TerraformJson } from '../../../src/review/terraform/json';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('reading boot text', () => {
  it('GIVEN literal base64 user data WHEN read THEN it is decoded', () => {
    expect(decodeIfBase64(b64('#cloud-config\nruncmd: []\n'))).toBe('#cloud-config\nruncmd: []\n');
  });

  it('GIVEN a short word that happens to be valid base64, or base64 of binary data WHEN read THEN it is left as it is', () => {
    expect(decodeIfBase64('TRUE')).toBe('TRUE');
    const binary = Buffer.from([0, 1, 2, 3, 250, 251, 252, 253, 254]).toString('base64');
    expect(decodeIfBase64(binary)).toBe(binary);
  });

  it('GIVEN ${base64encode(local.x)} WHEN read THEN the local value (and the locals it names) are read inside', () => {
    const stack: TerraformJson = { locals: { outer: 'start\n${local.inner}', inner: 'iptables -I DOCKER-USER -d 169.254.0.0/16 -j REJECT' } };
    const text = readBootText(stack, '${base64encode(local.outer)}');
    expect(text).toContain('start');
    expect(text).toContain('169.254.0.0/16');
  });

  it('GIVEN a local that refers to itself through another WHEN read THEN reading stops instead of looping', () => {
    const stack: TerraformJson = { locals: { a: '${local.b} A', b: '${local.a} B' } };
    expect(readBootText(stack, '${local.a}')).toContain('A');
  });

  it('GIVEN an HCL string literal inside an interpolation WHEN read THEN its escapes are undone', () => {
    expect(readBootText({}, '${base64encode("line one\\nsecret=\\"x\\"")}')).toContain('line one\nsecret="x"');
  });

  it('GIVEN a cloud-init data source WHEN user data renders it THEN its parts are read', () => {
    const stack: TerraformJson = { data: { cloudinit_config: { builder: { part: [{ content: 'circle-shutdown' }] } } } };
    expect(readBootText(stack, '${data.cloudinit_config.builder.rendered}')).toContain('circle-shutdown');
  });

  it('GIVEN a GCP template WHEN its boot texts are listed THEN every metadata key and the startup script attribute appear', () => {
    const stack: TerraformJson = {
      resource: { google_compute_instance_template: { b: { metadata: { 'user-data': 'u', 'shutdown-script': 's' }, metadata_startup_script: 'm' } } },
    };
    const resource = resourceAt(stack, 'google_compute_instance_template.b');
    expect(resource && bootTexts(stack, resource).map((t) => t.attribute)).toEqual(['metadata_startup_script', 'metadata.user-data', 'metadata.shutdown-script']);
  });

  it('GIVEN a resource type that carries no boot text WHEN listed THEN there is none', () => {
    const stack: TerraformJson = { resource: { aws_vpc: { main: { cidr_block: '10.0.0.0/16' } } } };
    const resource = resourceAt(stack, 'aws_vpc.main');
    expect(resource && bootTexts(stack, resource)).toEqual([]);
  });
});
