/**
 * Prints the builder's external IPv4 address from the metadata server, or nothing for a builder without an access
 * config (a private builder: the metadata server answers 404)
 * (cloud.google.com/compute/docs/metadata/predefined-metadata-keys, network-interfaces/0/access-configs/0/external-ip).
 */
export const GCP_BUILDER_PUBLIC_ADDRESS = `curl -fs -H "Metadata-Flavor: Google" http://metadata.google.internal/computeMetadata/v1/instance/network-interfaces/0/access-configs/0/external-ip || true
`;
