import { WORLD_OPEN_ADMIN_RULE } from '../../../src/topology/schema/cross-field';
import { POLICY_RULES } from '../../../src/review/policy';

describe('the rule pack', () => {
  it('GIVEN the pack THEN every id is unique and has the form the topology schema accepts for acknowledgements', () => {
    const ids = POLICY_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^CIK-[A-Z]+-\d{3}$/.test(id))).toEqual([]);
  });

  it('GIVEN the topology validator THEN the id it asks to acknowledge for world-open administrators is the admin-ports rule', () => {
    const rule = POLICY_RULES.find((r) => r.id === WORLD_OPEN_ADMIN_RULE);
    expect(rule?.title).toMatch(/22, 8800/);
    expect(rule?.level).toBe('error');
  });

  it('GIVEN the pack THEN every rule explains itself, says how to fix it and names at least one cloud', () => {
    const incomplete = POLICY_RULES.filter((r) => r.title.length < 10 || r.explanation.length < 40 || r.fix.length < 20 || r.clouds.length === 0);
    expect(incomplete.map((r) => r.id)).toEqual([]);
  });

  it('GIVEN the mirrors THEN each names a known scanner or benchmark', () => {
    const unknown = POLICY_RULES.flatMap((r) => r.mirrors.filter((m) => !/^(checkov CKV2?_[A-Z]+_\d+|trivy [A-Z]+-\d{4}|trivy secret [a-z-]+|terrascan AC_[A-Z]+_\d{4}|KICS .+|cdk-nag .+|CIS (AWS|GCP|Azure) [\d.]+)( \(related\))?$/.test(m)));
    expect(unknown).toEqual([]);
  });

  it('GIVEN the pack THEN it is listed in id order', () => {
    const ids = POLICY_RULES.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
  });
});
