import { CLOSED_CONTEXT, type TerraformJson } from '../../../src/review/policy';
import { imageArchitectureMismatch } from '../../../src/review/policy/rules/img-001-image-architecture';

const builders = { 'circleci-role': 'builders' };
const servicesBox = { 'circleci-role': 'services-box' };

function findings(stack: TerraformJson) {
  return imageArchitectureMismatch.check(stack, CLOSED_CONTEXT).map(({ resource, status, message }) => ({ resource, status, message }));
}

/** An AWS stack: an Ubuntu AMI looked up by filters, and a builders launch template of the given type using it. */
function awsStack(filters: readonly { name: string; values: string[] }[], instanceType: string, imageId = '${data.aws_ami.ubuntu.id}'): TerraformJson {
  return {
    data: { aws_ami: { ubuntu: { filter: filters, most_recent: true, owners: ['099720109477'] } } },
    resource: { aws_launch_template: { builders: { image_id: imageId, instance_type: instanceType, tags: builders } } },
  };
}

const NOBLE_AMD64 = { name: 'name', values: ['ubuntu/images/hvm-ssd*/ubuntu-noble-24.04-amd64-server-*'] };
const NOBLE_ARM64 = { name: 'name', values: ['ubuntu/images/hvm-ssd*/ubuntu-noble-24.04-arm64-server-*'] };

describe('CIK-IMG-001 on AWS', () => {
  it('GIVEN an x86_64 architecture filter and a Graviton builder type WHEN checked THEN the launch template fails', () => {
    expect(findings(awsStack([NOBLE_AMD64, { name: 'architecture', values: ['x86_64'] }], 'c6g.8xlarge'))).toEqual([
      { resource: 'aws_launch_template.builders', status: 'non-compliant', message: '(builders) boots an x86_64 image on c6g.8xlarge, an arm64 type: it cannot start' },
    ]);
  });

  it('GIVEN only the name pattern of an arm64 image and a Graviton builder type WHEN checked THEN it passes', () => {
    expect(findings(awsStack([NOBLE_ARM64], 'c6g.8xlarge'))).toEqual([
      { resource: 'aws_launch_template.builders', status: 'compliant', message: '(builders) boots an arm64 image on c6g.8xlarge, an arm64 type' },
    ]);
  });

  it('GIVEN the services box on an arm64 name pattern and an x86_64 type WHEN checked THEN the instance fails', () => {
    const stack: TerraformJson = {
      data: { aws_ami: { ubuntu: { filter: [NOBLE_ARM64] } } },
      resource: { aws_instance: { box: { ami: '${data.aws_ami.ubuntu.id}', instance_type: 'm5.4xlarge', tags: servicesBox } } },
    };
    expect(findings(stack)).toEqual([{ resource: 'aws_instance.box', status: 'non-compliant', message: '(services box) boots an arm64 image on m5.4xlarge, an x86_64 type: it cannot start' }]);
  });

  it('GIVEN a custom AMI id, or a type the catalog lacks WHEN checked THEN the rule does not apply', () => {
    expect(findings(awsStack([NOBLE_AMD64], 'c6g.8xlarge', 'ami-0123456789abcdef0'))).toEqual([]);
    expect(findings(awsStack([NOBLE_AMD64], 'x9z.huge'))).toEqual([]);
  });
});

/** A GCP stack: a builders template booting the image on the machine type. */
function gcpStack(image: string, machineType: string): TerraformJson {
  return { resource: { google_compute_instance_template: { builders: { machine_type: machineType, labels: builders, disk: [{ boot: true, source_image: image }] } } } };
}

describe('CIK-IMG-001 on GCP', () => {
  it('GIVEN the amd64 Ubuntu family on an Axion machine type WHEN checked THEN the template fails', () => {
    expect(findings(gcpStack('projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts-amd64', 'c4a-highcpu-32'))).toMatchObject([
      { resource: 'google_compute_instance_template.builders', status: 'non-compliant' },
    ]);
  });

  it('GIVEN the arm64 Ubuntu family on an Axion machine type WHEN checked THEN it passes', () => {
    expect(findings(gcpStack('projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts-arm64', 'c4a-highcpu-32'))).toMatchObject([{ status: 'compliant' }]);
  });

  it('GIVEN a services box whose boot disk is a separate disk of an arm64 image, on an x86_64 type WHEN checked THEN the instance fails', () => {
    const stack: TerraformJson = {
      resource: {
        google_compute_disk: { box: { image: 'projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts-arm64', labels: servicesBox } },
        google_compute_instance: { box: { machine_type: 'e2-standard-16', labels: servicesBox, boot_disk: { source: '${google_compute_disk.box.self_link}' } } },
      },
    };
    expect(findings(stack)).toMatchObject([{ resource: 'google_compute_instance.box', status: 'non-compliant', message: /arm64 image on e2-standard-16, an x86_64 type/ }]);
  });

  it('GIVEN a custom image WHEN checked THEN the rule does not apply', () => {
    expect(findings(gcpStack('projects/acme/global/images/ci-builder-2026-11', 'c4a-highcpu-32'))).toEqual([]);
  });
});

/** An Azure stack: a builders scale set of the size booting the image reference. */
function azureStack(sourceImage: Record<string, string>, sku: string): TerraformJson {
  return { resource: { azurerm_linux_virtual_machine_scale_set: { builders: { sku, tags: builders, source_image_reference: sourceImage } } } };
}

const UBUNTU = { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', version: 'latest' };

describe('CIK-IMG-001 on Azure', () => {
  it('GIVEN the x86_64 server SKU on a Cobalt size WHEN checked THEN the scale set fails', () => {
    expect(findings(azureStack({ ...UBUNTU, sku: 'server' }, 'Standard_D32ps_v6'))).toMatchObject([
      { resource: 'azurerm_linux_virtual_machine_scale_set.builders', status: 'non-compliant', message: /x86_64 image on Standard_D32ps_v6, an arm64 type/ },
    ]);
  });

  it('GIVEN the server-arm64 SKU on a Cobalt size WHEN checked THEN it passes', () => {
    expect(findings(azureStack({ ...UBUNTU, sku: 'server-arm64' }, 'Standard_D32ps_v6'))).toMatchObject([{ status: 'compliant' }]);
  });

  it('GIVEN a services box VM on the arm64 SKU and an x86_64 size WHEN checked THEN the VM fails', () => {
    const stack: TerraformJson = {
      resource: { azurerm_linux_virtual_machine: { box: { size: 'Standard_D16as_v5', tags: servicesBox, source_image_reference: { ...UBUNTU, sku: 'server-arm64' } } } },
    };
    expect(findings(stack)).toMatchObject([{ resource: 'azurerm_linux_virtual_machine.box', status: 'non-compliant' }]);
  });

  it('GIVEN a custom image by id WHEN checked THEN the rule does not apply', () => {
    const stack: TerraformJson = {
      resource: { azurerm_linux_virtual_machine_scale_set: { builders: { sku: 'Standard_D32ps_v6', tags: builders, source_image_id: '/subscriptions/x/resourceGroups/ci/providers/Microsoft.Compute/images/builder' } } },
    };
    expect(findings(stack)).toEqual([]);
  });
});
