import type { Cloud } from '../../cloud';
import type { ResolvedTopology } from '../../topology/resolved';

/**
 * What every cloud's installation construct takes, under the same names: one resolved topology, and a network
 * another CDKTF app made, in the cloud's own terms.
 */
export interface InstallationProps<C extends Cloud, N> {
  /** The installation, resolved for the cloud: the only description of what to build. */
  readonly topology: ResolvedTopology<C>;
  /** A network made by another CDKTF app. @default the topology's `<cloud>.network` (existing, else a new one) */
  readonly existingNetwork?: N;
}
