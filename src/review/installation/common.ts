import type { RoleName } from '../../firewall/model';
import { computeOfRole, taggedRole } from '../terraform/roles';
import { resourcesOfType, type StackResource, type TerraformJson } from '../terraform/json';
import type { CertificateMode } from './summary';

/** The first compute resource of the given types serving the role: by its tag, else by what its type serves. */
export function computeFor(stack: TerraformJson, role: RoleName, ...types: readonly string[]): StackResource | undefined {
  return computeOfRole(stack, role, types)[0];
}

/** Resources of the given types tagged or labelled with the role. */
export function taggedWith(stack: TerraformJson, role: RoleName, ...types: readonly string[]): StackResource[] {
  return resourcesOfType(stack, ...types).filter((resource) => taggedRole(resource.attributes) === role);
}

/** Self-signed when the stack generates the certificate itself, provided when it only receives one. */
export function certificateMode(stack: TerraformJson): CertificateMode {
  return resourcesOfType(stack, 'tls_self_signed_cert').length > 0 ? 'self-signed' : 'provided';
}

/** A DNS name without the root's trailing dot. */
export function dnsName(name: string | undefined): string | null {
  return name === undefined ? null : name.replace(/\.$/, '');
}

/** The distinct, defined values, in first-seen order. */
export function distinct<T>(values: readonly (T | undefined | null)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== undefined && value !== null))];
}
