import { findInstanceType } from '../../catalog';

/** Where a VM's image comes from: a Marketplace image reference, or an image / gallery image version id. */
export type ImageSource =
  | { readonly sourceImageReference: { readonly publisher: string; readonly offer: string; readonly sku: string; readonly version: string } }
  | { readonly sourceImageId: string };

/**
 * The VM's image: the topology's image (a Marketplace URN `publisher:offer:sku:version`, or an image id starting with
 * /subscriptions/), else Canonical's Ubuntu 24.04 LTS server image for the size's architecture.
 */
export function imageSource(image: string | undefined, instanceType: string): ImageSource {
  if (image === undefined) {
    const arm = findInstanceType('azure', instanceType)?.arch === 'arm64';
    return { sourceImageReference: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: arm ? 'server-arm64' : 'server', version: 'latest' } };
  }
  if (image.startsWith('/subscriptions/')) return { sourceImageId: image };
  // The URN's form was checked with the rest of the topology.
  const [publisher, offer, sku, version] = image.split(':');
  return { sourceImageReference: { publisher, offer, sku, version } };
}
