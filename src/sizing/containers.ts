/** CPUs and memory: of a machine, a build container, or what a builder keeps back for coordination. */
export interface Shape {
  /** CPUs (vCPUs for a machine). */
  readonly cpus: number;
  /** Memory in GiB. */
  readonly memoryGiB: number;
}

/** CircleCI's default build container: 2 CPUs, 4 GiB. */
export const DEFAULT_CONTAINER: Shape = { cpus: 2, memoryGiB: 4 };

/** What CircleCI tells builders to leave free: 2 cores and 4 GiB. */
export const DEFAULT_RESERVE: Shape = { cpus: 2, memoryGiB: 4 };

/**
 * Build containers a machine runs: what is left after the reserve, divided by the container shape, on whichever of
 * CPU and memory runs out first. Never negative.
 */
export function containersPerBuilder(machine: Shape, container: Shape = DEFAULT_CONTAINER, reserve: Shape = DEFAULT_RESERVE): number {
  const byCpu = Math.floor((machine.cpus - reserve.cpus) / container.cpus + 1e-9);
  const byMemory = Math.floor((machine.memoryGiB - reserve.memoryGiB) / container.memoryGiB + 1e-9);
  return Math.max(0, Math.min(byCpu, byMemory));
}

/** CPUs and memory a machine leaves unused once its reserve and containers are placed. */
export function strandedPerBuilder(machine: Shape, container: Shape, reserve: Shape): Shape {
  const n = containersPerBuilder(machine, container, reserve);
  return {
    cpus: machine.cpus - reserve.cpus - n * container.cpus,
    memoryGiB: machine.memoryGiB - reserve.memoryGiB - n * container.memoryGiB,
  };
}
