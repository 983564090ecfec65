import type { z } from 'zod';
import type { Cloud } from '../../cloud';
import { parseIpv4, parseIpv4Cidr, privateBlockOf } from '../cidr';
import { awsSubnet, azureSubnets, hostAddressFault, SMALLEST_NETWORK } from '../subnet-layout';
import { timeZoneFault } from '../time-zone';
import { windowsTimeZone } from '../../clouds/azure/windows-time-zones';
import { GCP_KMS_KEY } from './clouds';
import type { TopologySpec } from './index';
import { existingNetworkChecks } from './existing-network-rules';
import { profileRuleChecks } from './profile-rules';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

/** A Marketplace image URN `publisher:offer:sku:version`, or an image or gallery image version id. */
const AZURE_IMAGE = /^(\/subscriptions\/.+|[^:]+:[^:]+:[^:]+:[^:]+)$/;

function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/**
 * A pinned services box address against the subnet the kit makes for it. Only a well-formed address in a network the
 * kit can carve is looked at: anything else already has its own problem reported at its own field.
 */
function checkFixedAddress(ctx: Ctx, cloud: Cloud, address: string | undefined, networkCidr: string, servicesSubnet: (cidr: string) => string): void {
  const network = parseIpv4Cidr(networkCidr);
  if (address === undefined || parseIpv4(address) === undefined || !network || network.hostBitsSet || network.prefix > SMALLEST_NETWORK[cloud]) return;
  const fault = hostAddressFault(cloud, address, servicesSubnet(networkCidr));
  if (fault) issue(ctx, [cloud, 'servicesBox', 'privateIp'], fault);
}

function awsRules(ctx: Ctx, aws: NonNullable<TopologySpec['aws']>): void {
  // EBS and Secrets Manager take a key of their own region only (KMS keys are regional).
  const keyRegion = aws.kmsKeyArn?.split(':')[3];
  if (keyRegion !== undefined && keyRegion !== aws.region) issue(ctx, ['aws', 'kmsKeyArn'], `is a key in ${keyRegion}; it must be in aws.region ${aws.region}`);
  if (aws.network.existing) return;
  checkFixedAddress(ctx, 'aws', aws.servicesBox.privateIp, aws.network.vpcCidr, (cidr) => awsSubnet(cidr, 0));
}

function gcpRules(ctx: Ctx, gcp: NonNullable<TopologySpec['gcp']>): void {
  // Disks take a key of their own region, and a secret replicated to one region a key of that region
  // (Secret Manager API, CustomerManagedEncryption.kms_key_name); one key serves both only in gcp.region.
  const keyLocation = gcp.kmsKey === undefined ? undefined : GCP_KMS_KEY.exec(gcp.kmsKey)?.[1];
  if (keyLocation !== undefined && keyLocation !== gcp.region) issue(ctx, ['gcp', 'kmsKey'], `is a key in ${keyLocation}; it must be in gcp.region ${gcp.region}`);
  if (gcp.network.existing) return;
  checkFixedAddress(ctx, 'gcp', gcp.servicesBox.privateIp, gcp.network.subnetCidr, (cidr) => cidr);
}

/**
 * Why Key Vault's firewall would not take a range as an IP rule: IPv4 public addresses only, "IP address ranges
 * reserved for private networks (as defined in RFC 1918) are not allowed" (learn.microsoft.com/azure/key-vault/
 * general/network-security). A malformed range is reported by the field itself.
 */
function keyVaultIpRuleFault(range: string): string | undefined {
  if (range.includes(':')) return `is an IPv6 range (${range}); Key Vault's firewall takes public IPv4 addresses and ranges only: give the IPv4 address Terraform runs from`;
  const block = parseIpv4Cidr(range) ? privateBlockOf(range) : undefined;
  if (block) return `is a private range (${range}, in ${block}); Key Vault's firewall admits public IPv4 addresses only: give the public address Terraform's traffic leaves from (e.g. curl -4 ifconfig.me), as x.x.x.x/32`;
  return undefined;
}

function azureRules(ctx: Ctx, spec: TopologySpec, azure: NonNullable<TopologySpec['azure']>): void {
  const timezone = spec.builders.schedule?.timezone;
  // An unknown zone is reported at the field already; only a real one can lack a Windows name.
  if (timezone !== undefined && timeZoneFault(timezone) === undefined && windowsTimeZone(timezone) === undefined) {
    issue(
      ctx,
      ['builders', 'schedule', 'timezone'],
      'has no Windows time zone name in the kit for Azure autoscale; use a major city of the same zone (e.g. Europe/Berlin, America/New_York) or UTC',
    );
  }
  if (!azure.network.existing) {
    checkFixedAddress(ctx, 'azure', azure.servicesBox.privateIp, azure.network.vnetCidr, (cidr) => azureSubnets(cidr).services);
  }
  azure.keyVault.deployerAddresses.forEach((range, index) => {
    const fault = keyVaultIpRuleFault(range);
    if (fault) issue(ctx, ['azure', 'keyVault', 'deployerAddresses', index], fault);
  });
  for (const role of ['servicesBox', 'builders'] as const) {
    const image = azure[role].image;
    if (image !== undefined && !AZURE_IMAGE.test(image)) {
      issue(ctx, ['azure', role, 'image'], 'must be a Marketplace image URN publisher:offer:sku:version or an image id starting with /subscriptions/');
    }
  }
}

/**
 * What a selected cloud accepts that the shared schema cannot say: checked with everything else, so that a topology
 * with several such problems hears of all of them at once, and before anything is built.
 */
export function cloudRuleChecks(spec: TopologySpec, ctx: Ctx): void {
  if (spec.clouds.includes('aws') && spec.aws) awsRules(ctx, spec.aws);
  if (spec.clouds.includes('gcp') && spec.gcp) gcpRules(ctx, spec.gcp);
  if (spec.clouds.includes('azure') && spec.azure) azureRules(ctx, spec, spec.azure);
  existingNetworkChecks(spec, ctx);
  profileRuleChecks(spec, ctx);
}
