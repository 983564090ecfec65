import type { RoleName } from '../../firewall/model';
import { taggedRole as taggedBoxRole } from '../terraform/roles';
import { isObject } from '../terraform/values';
import type { Role } from './roles';

/** The report section of each box role. */
const SECTIONS: Readonly<Record<RoleName, Role>> = { servicesBox: 'services-box', builders: 'builders' };

/** The box role a resource's `circleci-role` tag or label names, as a report section, when it names one. */
export function taggedRole(values: unknown): Role | undefined {
  const role = isObject(values) ? taggedBoxRole(values) : undefined;
  return role === undefined ? undefined : SECTIONS[role];
}
