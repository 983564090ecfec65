import type { ImageFacts } from '../profile';

/** Canonical's Ubuntu 24.04 LTS offer: the `server` SKU is x86_64, `server-arm64` runs on the Arm sizes (Dpsv5…). */
export const AZURE_IMAGES: ImageFacts = {
  ubuntu: {
    x86_64: 'Canonical:ubuntu-24_04-lts:server:latest',
    arm64: 'Canonical:ubuntu-24_04-lts:server-arm64:latest',
  },
  archOf(image) {
    const sku = image.split(':')[2] ?? image;
    if (sku === 'server-arm64') return 'arm64';
    return sku === 'server' ? 'x86_64' : undefined;
  },
};
