/** A backup id of each cloud's shape, for topologies that restore the services box. */
export const RESTORE_FROM = {
  aws: 'snap-0123456789abcdef0',
  gcp: 'projects/example-ci-project/global/snapshots/ci-services-box-data-20261201',
  azure: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ci-restore/providers/Microsoft.Compute/snapshots/ci-services-box-data-1',
} as const;

/** The topology patch that restores the services box on every cloud of the default topology. */
export const RESTORE_PATCH = { servicesBox: { restoreFrom: RESTORE_FROM } };
