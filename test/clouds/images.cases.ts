import { findInstanceType } from '../../src/catalog';
import type { Arch, Cloud } from '../../src/cloud';
import { CLOUD_PROFILES } from '../../src/clouds';
import { resourcesOf, synthCloud, type TerraformJson } from '../helpers/synth';

// One file for the three clouds' images: the fact that went wrong was that each adapter had its own copy of it.

// CircleCI's own builder install is x86_64: an arm64 fleet comes with an image that holds its builder.
const ARM64 = { builders: { arch: 'arm64', install: { method: 'none' } } };

function dataOf(json: TerraformJson, type: string): Record<string, Record<string, unknown>> {
  return json.data?.[type] ?? {};
}

/** The AMI lookup a launch template or instance names, from its `${data.aws_ami.<name>.id}` reference. */
function amiFilters(json: TerraformJson, reference: unknown): Record<string, string[]> {
  const name = /^\$\{data\.aws_ami\.([A-Za-z0-9_]+)\.id\}$/.exec(String(reference))?.[1];
  const ami = dataOf(json, 'aws_ami')[name ?? ''];
  if (!ami) throw new Error(`no aws_ami behind ${String(reference)}`);
  return Object.fromEntries((ami.filter as { name: string; values: string[] }[]).map((f) => [f.name, f.values]));
}

function awsImages(json: TerraformJson): { builders: Record<string, string[]>; servicesBox: Record<string, string[]> } {
  const [template] = Object.values(resourcesOf(json, 'aws_launch_template'));
  const [instance] = Object.values(resourcesOf(json, 'aws_instance'));
  return { builders: amiFilters(json, template.image_id), servicesBox: amiFilters(json, instance.ami) };
}

function gcpImages(json: TerraformJson): { builders: string; servicesBox: string } {
  const [template] = Object.values(resourcesOf(json, 'google_compute_instance_template'));
  // the boot disk: the data disk has no image
  const disk = Object.values(resourcesOf(json, 'google_compute_disk')).find((d) => d.image !== undefined)!;
  const disks = template.disk as { source_image: string }[];
  return { builders: disks[0].source_image, servicesBox: String(disk.image) };
}

function azureSkus(json: TerraformJson): { builders: string[]; servicesBox: string } {
  const sets = Object.values(resourcesOf(json, 'azurerm_linux_virtual_machine_scale_set'));
  const [vm] = Object.values(resourcesOf(json, 'azurerm_linux_virtual_machine'));
  const sku = (resource: Record<string, unknown>) => (resource.source_image_reference as { sku: string }).sku;
  return { builders: sets.map(sku), servicesBox: sku(vm) };
}

function typeArch(cloud: Cloud, name: unknown): Arch | undefined {
  return findInstanceType(cloud, String(name))?.arch;
}

describe('Images by architecture, on every cloud', () => {
  test('GIVEN builders.arch arm64 WHEN synthesized for AWS THEN the builders boot an arm64 Ubuntu AMI and the services box stays x86_64', () => {
    const json = synthCloud('aws', ARM64);
    const [template] = Object.values(resourcesOf(json, 'aws_launch_template'));
    expect(typeArch('aws', template.instance_type)).toBe('arm64');
    const images = awsImages(json);
    expect(images.builders.architecture).toEqual(['arm64']);
    expect(images.builders.name[0]).toContain('-arm64-server-');
    expect(images.servicesBox.architecture).toEqual(['x86_64']);
    expect(images.servicesBox.name[0]).toContain('-amd64-server-');
  });

  test('GIVEN the default x86_64 topology WHEN synthesized for AWS THEN one x86_64 lookup serves both roles, at its old address', () => {
    const json = synthCloud('aws');
    expect(Object.keys(dataOf(json, 'aws_ami'))).toEqual([expect.stringMatching(/_ubuntu_lts_[0-9A-F]{8}$/)]);
    expect(awsImages(json).builders.architecture).toEqual(['x86_64']);
  });

  test('GIVEN builders.arch arm64 WHEN synthesized for GCP THEN the builders boot the arm64 image family', () => {
    const json = synthCloud('gcp', ARM64);
    const [template] = Object.values(resourcesOf(json, 'google_compute_instance_template'));
    expect(typeArch('gcp', template.machine_type)).toBe('arm64');
    const images = gcpImages(json);
    expect(images.builders).toBe(CLOUD_PROFILES.gcp.images.ubuntu.arm64);
    expect(images.builders).toMatch(/ubuntu-2404-lts-arm64$/);
    expect(images.servicesBox).toMatch(/ubuntu-2404-lts-amd64$/);
  });

  test('GIVEN builders.arch arm64 WHEN synthesized for Azure THEN the builders boot the server-arm64 SKU', () => {
    const json = synthCloud('azure', ARM64);
    const skus = azureSkus(json);
    expect(skus.builders.length).toBeGreaterThan(0);
    for (const sku of skus.builders) expect(sku).toBe('server-arm64');
    expect(skus.servicesBox).toBe('server');
  });

  test.each(['aws', 'gcp', 'azure'] as const)('GIVEN the default images of %s THEN the profile reads each back as its own architecture', (cloud) => {
    const { images } = CLOUD_PROFILES[cloud];
    expect(images.archOf(images.ubuntu.x86_64)).toBe('x86_64');
    expect(images.archOf(images.ubuntu.arm64)).toBe('arm64');
  });

  test('GIVEN a pinned arm64 builder type and the default x86_64 arch WHEN resolved THEN the pin is refused, naming both', () => {
    expect(() => synthCloud('aws', { aws: { builders: { instanceType: 'c7g.4xlarge' } } })).toThrow(/c7g\.4xlarge is an arm64 type and builders\.arch is x86_64/);
  });
});
