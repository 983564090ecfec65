import type { ChangeAction } from './actions';
import type { Placement } from './placement';
import type { Holding } from '../../clouds/resource-type-rule';

/** How the report names each loss. */
export const HOLDING_TITLES: Readonly<Record<Holding, string>> = {
  instance: 'the services box',
  disk: 'a services box disk',
  address: 'a services box address',
  dns: 'the DNS record',
  backup: 'the backups',
};

/**
 * What a change destroys that cannot be had back by applying again, or null. Instances, disks and addresses count
 * only for the services box (builders are disposable); the DNS record and the backups count wherever they are.
 */
export function blockingLoss(placement: Placement, action: ChangeAction): Holding | null {
  const { holds, role } = placement;
  if (!action.destroys || holds === null) return null;
  return holds === 'dns' || holds === 'backup' || role === 'services-box' ? holds : null;
}
