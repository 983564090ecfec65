import type { Prerequisite } from '../profile';

/**
 * The services box and the builders run with `encryption_at_host_enabled` (temporary disks and caches encrypted on the
 * host; review rule CIK-DISK-002), which Azure refuses on a subscription that has not registered the feature
 * (VM creation fails: "The property 'securityProfile.encryptionAtHost' is not valid because the
 * 'Microsoft.Compute/EncryptionAtHost' feature is not enabled for this subscription"). Registering is once per
 * subscription and takes a few minutes. The stack does not do it: `azurerm_resource_provider_registration` with a
 * `feature` block owns the whole Microsoft.Compute registration, which it refuses while the provider registers
 * Microsoft.Compute itself, asks to import when already registered, and unregisters on destroy
 * (terraform-provider-azurerm 4.55.0 internal/services/resource/resource_provider_registration_resource.go,
 * checkIfManagedByTerraform, Create and Delete).
 */
export const ENCRYPTION_AT_HOST: Prerequisite = {
  what: 'the subscription feature Microsoft.Compute/EncryptionAtHost (the boxes encrypt at host)',
  command:
    'az feature register --namespace Microsoft.Compute --name EncryptionAtHost; wait until `az feature show --namespace Microsoft.Compute --name EncryptionAtHost --query properties.state` says "Registered", then az provider register --namespace Microsoft.Compute',
  source: 'learn.microsoft.com/azure/virtual-machines/linux/disks-enable-host-based-encryption-cli (Prerequisites)',
  asOf: '2026-12-06',
};
