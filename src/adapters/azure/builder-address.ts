/**
 * Prints the builder's public IPv4 address from the Instance Metadata Service, or nothing for a builder without one
 * (learn.microsoft.com/azure/virtual-machines/instance-metadata-service, network/interface/0/ipv4/ipAddress/0).
 * IMDS leaves a Standard public IP out when the VM sits in a load balancer's backend pool
 * (MicrosoftDocs/azure-docs issue 58263); the builders' scale sets have no load balancer.
 */
export const AZURE_BUILDER_PUBLIC_ADDRESS = `curl -fs -H Metadata:true --noproxy '*' 'http://169.254.169.254/metadata/instance/network/interface/0/ipv4/ipAddress/0/publicIpAddress?api-version=2021-02-01&format=text' || true
`;
