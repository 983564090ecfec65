import { classifyActions } from '../../../src/review/plan/actions';

describe('classifying Terraform actions', () => {
  it.each([
    [['create'], 'create', null, false],
    [['update'], 'update', null, false],
    [['delete'], 'delete', null, true],
    [['read'], 'read', null, false],
    [['no-op'], 'no-op', null, false],
    [['forget'], 'forget', null, false],
    [['delete', 'create'], 'replace', 'destroy-before-create', true],
    [['create', 'delete'], 'replace', 'create-before-destroy', true],
    [['create', 'forget'], 'replace', 'create-then-forget', false],
  ])('GIVEN %j WHEN classified THEN %s (order %s, destroys %s)', (actions, kind, order, destroys) => {
    expect(classifyActions(actions, false)).toEqual({ kind, order, destroys });
  });

  it('GIVEN a no-op under a new address WHEN classified THEN it is a move', () => {
    expect(classifyActions(['no-op'], true).kind).toBe('move');
  });

  it('GIVEN an update under a new address WHEN classified THEN it stays an update', () => {
    expect(classifyActions(['update'], true).kind).toBe('update');
  });

  it('GIVEN a combination Terraform may add later WHEN classified THEN it is unknown, and a delete in it still counts', () => {
    expect(classifyActions(['delete', 'archive'], false)).toEqual({ kind: 'unknown', order: null, destroys: true });
    expect(classifyActions(['archive'], false)).toEqual({ kind: 'unknown', order: null, destroys: false });
  });
});
