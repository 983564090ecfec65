/**
 * Machine series that attach Hyperdisk only: a Persistent Disk boot disk fails to attach to them, so their boot
 * disks are Hyperdisk Balanced (cloud.google.com/compute/docs/disks/hyperdisks#machine-type-support).
 */
const HYPERDISK_ONLY_SERIES = new Set(['c4', 'c4a', 'c4d', 'n4', 'n4a', 'n4d', 'x4', 'm4', 'h4d', 'a4', 'a4x']);

/** The balanced disk type a machine type can boot from: `pd-balanced`, or `hyperdisk-balanced` on Hyperdisk-only series. */
export function balancedDiskType(machineType: string): string {
  const series = machineType.split('-')[0];
  return HYPERDISK_ONLY_SERIES.has(series) ? 'hyperdisk-balanced' : 'pd-balanced';
}
