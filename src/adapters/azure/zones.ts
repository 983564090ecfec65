import { regionOf } from '../../clouds';
import type { ResolvedTopology } from '../../topology/resolved';

/** The zones builders spread over: the topology's, else every zone of the location (none where it has none). */
export function builderZones(topology: ResolvedTopology<'azure'>): readonly string[] {
  return topology.settings.zones ?? regionOf('azure', topology.region)?.zones ?? [];
}
