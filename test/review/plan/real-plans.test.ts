import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { reviewPlan } from '../../../src/review/plan';
import { REAL_PLANS_DIR, review } from './plan-builder';

const VALID_PLANS = readdirSync(REAL_PLANS_DIR).filter((name) => name.endsWith('.json') && name !== 'invalid.json');

// nested_config_keys.json plans an untagged aws_instance; by the type rules an untagged instance may be the services
// box, so it is placed there on purpose rather than hidden under other.
const PLACED_BY_TYPE: Readonly<Record<string, string>> = { 'aws_instance.foo': 'services-box' };

interface RawChange {
  readonly address: string;
  readonly mode: string;
  readonly previous_address?: string;
  readonly change: { readonly actions: readonly string[] };
}

function rawChanges(name: string): readonly RawChange[] {
  return (JSON.parse(readFileSync(join(REAL_PLANS_DIR, name), 'utf8')).resource_changes ?? []) as RawChange[];
}

describe('plans written by real Terraform releases', () => {
  it('GIVEN the shared folder WHEN listed THEN it holds the plans this suite expects, so a lost mount fails loudly', () => {
    expect(VALID_PLANS.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(VALID_PLANS)('GIVEN %s', (name) => {
    const text = readFileSync(join(REAL_PLANS_DIR, name), 'utf8');
    const report = review(text, 'aws', name);
    const listed = Object.values(report.review.changes).flat();

    it('WHEN reviewed as the aws stack THEN it parses and nothing blocks', () => {
      expect(report.exitCode).toBe(0);
      expect(report.markdown).toContain(`# Plan review: \`${name}\``);
    });

    it('WHEN reviewed THEN every managed change is counted, all but the unmoved no-ops listed, and data sources counted', () => {
      const raw = rawChanges(name);
      const managed = raw.filter((change) => change.mode === 'managed');
      const shown = managed.filter(
        (change) => change.change.actions.join() !== 'no-op' || change.previous_address !== undefined,
      );
      expect(listed.map((change) => change.address).sort()).toEqual(shown.map((change) => change.address).sort());
      expect(Object.values(report.review.counts).reduce((sum, count) => sum + count, 0)).toBe(managed.length);
      expect(report.review.dataSources).toBe(raw.length - managed.length);
    });

    it('WHEN reviewed THEN its resources are listed as other, unknown to the topology', () => {
      expect(listed.filter((change) => change.role !== (PLACED_BY_TYPE[change.address] ?? 'other'))).toEqual([]);
    });
  });

  it('GIVEN nested_config_keys.json reviewed as the gcp stack WHEN reviewed THEN its AWS instance is another cloud’s, under other', () => {
    expect(
      review(readFileSync(join(REAL_PLANS_DIR, 'nested_config_keys.json'), 'utf8'), 'gcp').review.changes.other,
    ).toHaveLength(1);
  });

  it('GIVEN moved_block.json WHEN reviewed THEN the moved resource is listed as a move from its old address', () => {
    const report = review(readFileSync(join(REAL_PLANS_DIR, 'moved_block.json'), 'utf8'));
    expect(report.review.changes.other).toEqual([
      expect.objectContaining({ address: 'random_id.test2', action: 'move', previousAddress: 'random_id.test' }),
    ]);
  });

  it('GIVEN action_reason.json WHEN reviewed THEN the tainted replacement keeps its reason', () => {
    const report = review(readFileSync(join(REAL_PLANS_DIR, 'action_reason.json'), 'utf8'));
    expect(report.review.changes.other).toEqual([
      expect.objectContaining({ action: 'replace', reason: 'replace_because_tainted' }),
    ]);
  });

  it('GIVEN invalid.json WHEN reviewed THEN exit 2 with one line naming the file and where the JSON breaks', () => {
    const result = reviewPlan(readFileSync(join(REAL_PLANS_DIR, 'invalid.json'), 'utf8'), 'invalid.json', 'aws');
    expect(result).toEqual({
      exitCode: 2,
      error: expect.stringMatching(/^invalid\.json: not valid JSON at position 15543 \(line 676, column 29\): [^\n]+$/),
    });
  });
});
