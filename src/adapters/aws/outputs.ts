import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';

/** What the outputs read from the installation's resources. */
export interface AwsOutputValues {
  /** The services box's Elastic IP. */
  readonly publicIp: string;
  /** The services box's private IP. */
  readonly privateIp: string;
  /** The builders' Auto Scaling group name. */
  readonly builderGroupName: string;
  /** Name servers of a hosted zone the installation created. */
  readonly nameServers?: string[];
  /** DS record of a hosted zone the installation created and signs. */
  readonly dsRecord?: string;
}

/** Outputs under fixed names, so scripts and `cdktf output` read the same keys on every installation. */
export function awsOutputs(scope: Construct, topology: ResolvedTopology<'aws'>, values: AwsOutputValues): void {
  const outputs: Record<string, { value: unknown; description: string }> = {
    url: { value: `https://${topology.domain}`, description: 'Where users reach the installation' },
    github_oauth_callback_url: { value: topology.github.callbackUrl, description: "The GitHub OAuth app's authorization callback URL" },
    services_box_public_ip: { value: values.publicIp, description: "The services box's Elastic IP (the domain's A record)" },
    services_box_private_ip: { value: values.privateIp, description: "The services box's fixed private IP (builders' SERVICES_PRIVATE_IP)" },
    builder_group_name: { value: values.builderGroupName, description: "The builders' Auto Scaling group" },
    ...(values.nameServers ? { dns_name_servers: { value: values.nameServers, description: 'Name servers of the new hosted zone, to delegate the zone to' } } : {}),
    ...(values.dsRecord ? { dns_ds_record: { value: values.dsRecord, description: 'DS record of the new signed zone, to publish in its parent zone' } } : {}),
  };
  for (const [name, output] of Object.entries(outputs)) {
    new TerraformOutput(scope, name, output).overrideLogicalId(name);
  }
}
