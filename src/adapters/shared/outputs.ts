import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';

/** What the outputs read from one cloud's resources. */
export interface InstallationOutputValues {
  /** The services box's static public address. */
  readonly publicIp: string;
  /** The services box's fixed private address. */
  readonly privateIp: string;
  /** The builders' group, in one text (several groups comma-separated). */
  readonly builderGroupName: string;
  /** What the builders' group is on this cloud, for its description, e.g. "Auto Scaling group". */
  readonly builderGroupKind: string;
  /** Name servers of a zone the installation created. @default none */
  readonly nameServers?: string[];
  /** The DS record of a created, signed zone, for the parent zone. @default none */
  readonly dsRecord?: string;
}

/**
 * The stack's outputs, under the same plain names on every cloud and wherever the installation construct sits, so
 * scripts and `cdktf output` read the same keys on every installation.
 */
export function installationOutputs(scope: Construct, topology: ResolvedTopology, values: InstallationOutputValues): void {
  const outputs: Record<string, { value: unknown; description: string }> = {
    url: { value: `https://${topology.domain}`, description: 'Where users reach the installation' },
    github_oauth_callback_url: { value: topology.github.callbackUrl, description: "The GitHub OAuth app's authorization callback URL" },
    services_box_public_ip: { value: values.publicIp, description: "The services box's static public IP (the domain's A record)" },
    services_box_private_ip: { value: values.privateIp, description: "The services box's fixed private IP (builders' SERVICES_PRIVATE_IP)" },
    builder_group_name: { value: values.builderGroupName, description: `The builders' ${values.builderGroupKind}` },
    ...(values.nameServers ? { dns_name_servers: { value: values.nameServers, description: 'Name servers of the created zone, to delegate it from its parent' } } : {}),
    ...(values.dsRecord ? { dns_ds_record: { value: values.dsRecord, description: 'Add this DS record to the parent zone, beside the NS records, for DNSSEC to validate' } } : {}),
  };
  for (const [name, output] of Object.entries(outputs)) {
    new TerraformOutput(scope, name, output).overrideLogicalId(name);
  }
}
