import { CLOUDS, type Cloud } from '../../src/cloud';
import { reviewStack, type StackReview } from '../../src/review';
import type { TerraformJson } from '../../src/review/policy';
import { synthCloud } from '../helpers/synth';
import { topologySpec } from '../helpers/topology';

describe('the cost in a stack review', () => {
  const reviews = {} as Record<Cloud, StackReview>;
  beforeAll(() => {
    const spec = topologySpec();
    for (const cloud of CLOUDS) reviews[cloud] = reviewStack({ stack: synthCloud(cloud) as TerraformJson, cloud, spec, stackFile: 'cdk.tf.json', topologyFile: 'topology.yaml' });
  });

  it("GIVEN the default topology (40 containers) WHEN each cloud's stack is reviewed THEN every report sizes every cloud to 40 and prices each cloud as its own report does", () => {
    for (const report of CLOUDS) {
      const cost = reviews[report].cost;
      expect({ report, target: cost.target }).toEqual({ report, target: 40 });
      for (const entry of cost.comparison) {
        const own = reviews[entry.cloud].cost.comparison[0];
        expect({ report, entry }).toEqual({ report, entry: own });
      }
    }
  });

  it('GIVEN spot builders WHEN reviewed THEN the spot builders are priced at the catalog spot price, labelled an estimate, or the report says there is none', () => {
    for (const cloud of CLOUDS) {
      const { spot, parts } = reviews[cloud].cost;
      expect(spot).not.toBeNull();
      if (spot !== null && 'unpriced' in spot) {
        expect(spot.unpriced).toMatch(/has no spot price for/);
      } else {
        expect(spot?.spotBuilders).toBeGreaterThan(0);
        expect(spot?.hourlyUsd).toBeLessThan(parts[1].hourlyUsd ?? 0);
      }
    }
    const gcp = reviews.gcp.cost.spot;
    expect(gcp).toMatchObject({ spotBuilders: 2, priceSource: expect.stringMatching(/hour_spot/) });
  });

  it('GIVEN any stack WHEN reviewed THEN disks, snapshots, public addresses and NAT are listed as not counted, in the data and the markdown', () => {
    for (const cloud of CLOUDS) {
      expect(reviews[cloud].cost.notCounted).toEqual(expect.arrayContaining(['disks', 'snapshots and backups', 'public addresses', 'NAT']));
    }
  });
});
