import { TerraformOutput, type TerraformOutputConfig } from 'cdktf';
import type { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { DS_RECORD_OUTPUT } from '../shared/dns-outputs';

/** What the outputs read. */
export interface GcpOutputValues {
  /** The resolved topology. */
  readonly topology: ResolvedTopology<'gcp'>;
  /** The services box's static external address. */
  readonly publicIp: string;
  /** The services box's fixed internal address. */
  readonly privateIp: string;
  /** The builders' managed instance group. */
  readonly builderGroupName: string;
  /** Name servers of a zone this stack created. @default none */
  readonly nameServers?: string[];
  /** DS record of a signed zone this stack created. @default none */
  readonly dsRecord?: string;
}

function output(scope: Construct, name: string, config: TerraformOutputConfig): TerraformOutput {
  const result = new TerraformOutput(scope, name, config);
  result.overrideLogicalId(name);
  return result;
}

/** The stack's outputs, named as on every cloud (plain names, wherever the installation construct sits). */
export function gcpOutputs(scope: Construct, values: GcpOutputValues): void {
  const { topology } = values;
  output(scope, 'url', { value: `https://${topology.domain}`, description: 'Where users reach the installation' });
  output(scope, 'github_oauth_callback_url', {
    value: topology.github.callbackUrl,
    description: 'Authorization callback URL of the GitHub OAuth app',
  });
  output(scope, 'services_box_public_ip', { value: values.publicIp, description: 'Static public IP of the services box' });
  output(scope, 'services_box_private_ip', { value: values.privateIp, description: 'Fixed private IP of the services box (SERVICES_PRIVATE_IP)' });
  output(scope, 'builder_group_name', { value: values.builderGroupName, description: 'Regional managed instance group of the builders' });
  if (values.nameServers) {
    output(scope, 'dns_name_servers', { value: values.nameServers, description: 'Delegate the new zone to these name servers' });
  }
  if (values.dsRecord) {
    output(scope, DS_RECORD_OUTPUT, { value: values.dsRecord, description: 'Add this DS record to the parent zone, beside the NS records, for DNSSEC to validate' });
  }
}
