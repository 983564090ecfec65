import { CLOUDS, type Cloud } from '../../../src/cloud';
import { hasUnacknowledgedErrors, policyContextFromMatrix, runPolicies, unacknowledged, type PolicyResult, type TerraformJson } from '../../../src/review/policy';
import { synthCloud } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';

/** Administrators open to the world, acknowledged as the topology validator demands. */
const WORLD_OPEN_ADMINS = {
  network: { administrators: ['0.0.0.0/0'] },
  acknowledgements: [{ rule: 'CIK-NET-001', reason: 'lab network behind a separate perimeter firewall' }],
};

/** WHEN the pack runs over a synthesized stack, judged by the topology it came from. */
function review(cloud: Cloud, stack: TerraformJson, patch: Record<string, unknown> = {}): PolicyResult {
  const topology = resolvedFor(cloud, patch);
  return runPolicies(stack, cloud, policyContextFromMatrix(topology.firewall), topology.acknowledgements);
}

describe('the rule pack on synthesized stacks', () => {
  // Every adapter is in: a stack that does not synthesize fails here, instead of turning its cloud's cases into skips.
  for (const cloud of CLOUDS) {
    const defaults = { stack: synthCloud(cloud) };

    it(`GIVEN the default topology synthesized for ${cloud} WHEN the pack runs THEN there is no unacknowledged error`, () => {
      const result = review(cloud, defaults.stack);
      // Listing the findings makes a failure say what the adapter got wrong.
      expect(unacknowledged(result).filter((f) => f.level === 'error')).toEqual([]);
      expect(hasUnacknowledgedErrors(result)).toBe(false);
    });

    it(`GIVEN administrators open to the world and acknowledged on ${cloud} WHEN the pack runs THEN SSH and the admin console are acknowledged findings and nothing else is beyond the matrix`, () => {
      const patched = { stack: synthCloud(cloud, WORLD_OPEN_ADMINS) };
      const result = review(cloud, patched.stack, WORLD_OPEN_ADMINS);
      const adminFindings = result.findings.filter((f) => f.rule === 'CIK-NET-001' && f.status === 'non-compliant');
      expect(adminFindings.map((f) => f.message).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/port 22 /), expect.stringMatching(/port 8800 /)]));
      expect(adminFindings.every((f) => f.acknowledged !== undefined)).toBe(true);
      expect(result.findings.filter((f) => f.rule === 'CIK-NET-002' && f.status === 'non-compliant')).toEqual([]);
      expect(hasUnacknowledgedErrors(result)).toBe(false);
    });
  }
});
