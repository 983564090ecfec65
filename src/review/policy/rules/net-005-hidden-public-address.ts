import { verdict, type PolicyRule } from '../rule';
import { refersTo } from '../../terraform/references';
import { resourcesOfType, type StackResource, type TerraformJson } from '../../terraform/json';
import { blocks, isTrue } from '../../terraform/values';

/** How an AWS instance gets a public address: its own flag, or an Elastic IP associated with it elsewhere. */
function awsPublicVia(stack: TerraformJson, instance: StackResource): string[] {
  const elastic = resourcesOfType(stack, 'aws_eip_association', 'aws_eip')
    .filter((resource) => refersTo(resource.attributes.instance_id ?? resource.attributes.instance, instance.address))
    .map((resource) => resource.address);
  return [...(isTrue(instance.attributes.associate_public_ip_address) ? ['associate_public_ip_address'] : []), ...elastic];
}

/** The IP configurations of an Azure scale set that give each instance a public address. */
function azurePublicConfigurations(scaleSet: StackResource): string[] {
  return blocks(scaleSet.attributes.network_interface).flatMap((nic, n) =>
    blocks(nic.ip_configuration)
      .filter((configuration) => blocks(configuration.public_ip_address).length > 0)
      .map((configuration) => `network_interface[${n}] ${String(configuration.name ?? 'ip_configuration')}`),
  );
}

/**
 * Boxes with a public address that checkov does not see: checkov's CKV_AWS_88 reads an instance's own
 * associate_public_ip_address only, so an Elastic IP associated through aws_eip_association passes it; its
 * CKV_AZURE_119 reads network interfaces, not a scale set's public_ip_address blocks.
 */
export const hiddenPublicAddress: PolicyRule = {
  id: 'CIK-NET-005',
  level: 'info',
  title: 'Box with a public address',
  explanation:
    'A box with a public address is reachable from the internet wherever its firewall lets traffic in. The services box is the installation’s endpoint and needs one; builders need one only without NAT (privateBuilders off), where end users SSH into builds at their public addresses.',
  fix: 'Keep public addresses to the services box: set `<cloud>.network.privateBuilders: true` so builders reach the internet through NAT, or acknowledge the finding with the reason.',
  mirrors: ['checkov CKV_AWS_88', 'checkov CKV_AZURE_119'],
  clouds: ['aws', 'azure'],
  check: (stack) => [
    ...resourcesOfType(stack, 'aws_instance').map((instance) => {
      const via = awsPublicVia(stack, instance);
      return verdict(instance.address, via.length === 0, 'has no public address', `has a public address through ${via.join(', ')}`);
    }),
    ...resourcesOfType(stack, 'azurerm_linux_virtual_machine_scale_set').map((scaleSet) => {
      const configurations = azurePublicConfigurations(scaleSet);
      return verdict(scaleSet.address, configurations.length === 0, 'gives its instances no public address', `gives each instance a public address (${configurations.join(', ')})`);
    }),
  ],
};
