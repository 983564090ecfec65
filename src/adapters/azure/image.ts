import type { Arch } from '../../cloud';
import { AZURE_IMAGES } from '../../clouds/azure/images';

/** Where a VM's image comes from: a Marketplace image reference, or an image / gallery image version id. */
export type ImageSource =
  | { readonly sourceImageReference: { readonly publisher: string; readonly offer: string; readonly sku: string; readonly version: string } }
  | { readonly sourceImageId: string };

/**
 * The VM's image: the topology's image (a Marketplace URN `publisher:offer:sku:version`, or an image id starting with
 * /subscriptions/), else Canonical's Ubuntu LTS server image for the size's architecture.
 */
export function imageSource(image: string | undefined, arch: Arch): ImageSource {
  const urn = image ?? AZURE_IMAGES.ubuntu[arch];
  if (urn.startsWith('/subscriptions/')) return { sourceImageId: urn };
  // The URN's form was checked with the rest of the topology.
  const [publisher, offer, sku, version] = urn.split(':');
  return { sourceImageReference: { publisher, offer, sku, version } };
}
