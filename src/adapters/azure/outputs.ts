import { Fn, TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';

/** What the outputs show. */
export interface AzureOutputValues {
  /** The services box's public IP address. */
  readonly servicesBoxPublicIp: string;
  /** The services box's private IP address. */
  readonly servicesBoxPrivateIp: string;
  /** Names of the builders' scale sets: the regular-priority one first, then the spot one, when there are both. */
  readonly builderGroupNames: readonly string[];
  /** Name servers of a zone created here. @default none */
  readonly nameServers?: string[];
}

/** The stack's outputs, named as on every cloud (at stack level, so the names are exactly these). */
export function azureOutputs(within: Construct, topology: ResolvedTopology<'azure'>, values: AzureOutputValues): void {
  const scope = TerraformStack.of(within);
  new TerraformOutput(scope, 'url', { value: `https://${topology.domain}`, description: 'Where users reach the installation' });
  new TerraformOutput(scope, 'github_oauth_callback_url', { value: topology.github.callbackUrl, description: "The GitHub OAuth app's callback URL" });
  new TerraformOutput(scope, 'services_box_public_ip', { value: values.servicesBoxPublicIp, description: 'Static public IP of the services box' });
  new TerraformOutput(scope, 'services_box_private_ip', { value: values.servicesBoxPrivateIp, description: 'Fixed private IP of the services box (SERVICES_PRIVATE_IP)' });
  // One text on every cloud: the one scale set's name, or both names, comma-separated, when spot builders have their own.
  const names = values.builderGroupNames;
  const builderGroupName = names.length === 1 ? names[0] : Fn.join(', ', [...names]);
  new TerraformOutput(scope, 'builder_group_name', { value: builderGroupName, description: "Name of the builders' VM scale set (regular priority first, then spot)" });
  if (values.nameServers) {
    new TerraformOutput(scope, 'dns_name_servers', { value: values.nameServers, description: 'Name servers of the created zone, to delegate it from its parent' });
  }
}
