import type { Arch, Cloud } from '../../../cloud';
import { findInstanceType } from '../../../catalog';
import { attributesAt, resourcesOfType, type Attributes, type StackResource, type TerraformJson } from '../../terraform/json';
import { literalText } from '../../terraform/literal';
import { referenced, wholeReference } from '../../terraform/references';
import { ROLE_SPELLINGS } from '../../../firewall/model';
import { roleOf } from '../../terraform/roles';
import { block, blocks, isTrue, strings } from '../../terraform/values';
import { verdict, type Finding, type PolicyRule } from '../rule';

/** How an image name or family says its architecture: Canonical's `-amd64-server-`, `-arm64-server-`, `…-lts-arm64`. */
function archOfName(name: string | undefined): Arch | undefined {
  if (name === undefined) return undefined;
  if (/(^|[-_/])arm64($|[-_/])/.test(name)) return 'arm64';
  if (/(^|[-_/])(amd64|x86_64)($|[-_/])/.test(name)) return 'x86_64';
  return undefined;
}

/** An aws_ami data source's architecture: its `architecture` filter, else its name filter's pattern. */
function amiArch(stack: TerraformJson, image: unknown): Arch | undefined {
  const ref = wholeReference(image);
  const ami = ref?.kind === 'data' && ref.address.startsWith('data.aws_ami.') ? attributesAt(stack, ref.address) : undefined;
  const filter = (name: string) => blocks(ami?.filter).filter((f) => f.name === name).flatMap((f) => strings(f.values));
  const [declared] = filter('architecture');
  if (declared === 'x86_64' || declared === 'arm64') return declared;
  const byName = [...filter('name'), ...strings(ami?.name_regex)].map(archOfName).filter((arch) => arch !== undefined);
  return byName.length > 0 && byName.every((arch) => arch === byName[0]) ? byName[0] : undefined;
}

/** A GCP boot disk's image: its own initialize_params, or the google_compute_disk it boots from. */
function gcpBootImage(stack: TerraformJson, box: StackResource): string | undefined {
  const boot = block(box.attributes.boot_disk);
  const disk = referenced(stack, boot?.source, 'google_compute_disk');
  return literalText(stack, block(boot?.initialize_params)?.image) ?? literalText(stack, disk?.attributes.image);
}

/** A GCP template's boot disk image: the disk marked boot, else the first. */
function gcpTemplateImage(stack: TerraformJson, template: StackResource): string | undefined {
  const disks = blocks(template.attributes.disk);
  const boot = disks.find((disk) => isTrue(disk.boot)) ?? disks[0];
  return literalText(stack, boot?.source_image);
}

/** Canonical's Ubuntu SKUs on Azure: `server` is x86_64, `server-arm64` arm64; a custom image says nothing. */
function azureArch(reference: Attributes | undefined): Arch | undefined {
  const sku = typeof reference?.sku === 'string' ? reference.sku.toLowerCase() : undefined;
  if (sku === 'server') return 'x86_64';
  return sku?.endsWith('-arm64') ? 'arm64' : undefined;
}

/** A resource type that runs a box: where its image and its instance type are read from. */
interface Box {
  readonly cloud: Cloud;
  readonly type: string;
  readonly image: (stack: TerraformJson, box: StackResource) => Arch | undefined;
  readonly size: (box: Attributes) => unknown;
}

const BOXES: readonly Box[] = [
  { cloud: 'aws', type: 'aws_instance', image: (stack, box) => amiArch(stack, box.attributes.ami), size: (a) => a.instance_type },
  { cloud: 'aws', type: 'aws_launch_template', image: (stack, box) => amiArch(stack, box.attributes.image_id), size: (a) => a.instance_type },
  { cloud: 'gcp', type: 'google_compute_instance', image: (stack, box) => archOfName(gcpBootImage(stack, box)), size: (a) => a.machine_type },
  { cloud: 'gcp', type: 'google_compute_instance_template', image: (stack, box) => archOfName(gcpTemplateImage(stack, box)), size: (a) => a.machine_type },
  { cloud: 'azure', type: 'azurerm_linux_virtual_machine', image: (_, box) => azureArch(block(box.attributes.source_image_reference)), size: (a) => a.size },
  { cloud: 'azure', type: 'azurerm_linux_virtual_machine_scale_set', image: (_, box) => azureArch(block(box.attributes.source_image_reference)), size: (a) => a.sku },
];

/** One box's verdict; none when the image is custom or the type is not in the catalog (not applicable). */
function check(stack: TerraformJson, kind: Box, box: StackResource): Finding[] {
  const role = roleOf(box);
  if (!role) return [];
  const image = kind.image(stack, box);
  const name = literalText(stack, kind.size(box.attributes));
  const type = name === undefined ? undefined : findInstanceType(kind.cloud, name);
  if (image === undefined || type === undefined) return [];
  const whose = `(${ROLE_SPELLINGS[role].words}) `;
  return [verdict(box.address, image === type.arch, `${whose}boots an ${image} image on ${type.name}, an ${type.arch} type`, `${whose}boots an ${image} image on ${type.name}, an ${type.arch} type: it cannot start`)];
}

/** The services box or the builders booting an image built for another CPU than their instance type's. */
export const imageArchitectureMismatch: PolicyRule = {
  id: 'CIK-IMG-001',
  level: 'error',
  title: 'Image architecture differs from the instance type’s',
  explanation:
    'An x86_64 image does not boot on an arm64 instance type (Graviton, Axion, Cobalt) and an arm64 image not on an x86_64 one: the services box never comes up, or every builder the group starts fails its health check and is replaced, over and over.',
  fix: 'Pick the image for the instance type’s architecture: AWS an aws_ami filter `architecture` of arm64 or x86_64 (Canonical’s `…-arm64-server-…` names), GCP the `…-arm64` image family, Azure the `server-arm64` SKU.',
  // No scanner compares an image with an instance type; the catalog knows each type's architecture.
  mirrors: [],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) => BOXES.flatMap((kind) => resourcesOfType(stack, kind.type).flatMap((box) => check(stack, kind, box))),
};
