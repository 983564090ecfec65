import { ROLES } from '../../../src/review/plan';
import { fixture, review } from './plan-builder';

describe('GIVEN a plan that replaces the services box', () => {
  const report = review(fixture('aws-services-box-replaced.json'), 'aws');
  const parsed = JSON.parse(report.json);

  it('WHEN rendered as JSON THEN it is the review itself', () => {
    expect(parsed).toEqual(JSON.parse(JSON.stringify(report.review)));
    expect(parsed.blocking[0]).toMatchObject({ address: 'aws_instance.services_box', loses: 'instance' });
  });

  it('WHEN rendered as JSON THEN keys come in a fixed order, every role present, so diffs of two reports are meaningful', () => {
    expect(Object.keys(parsed)).toEqual([
      'file',
      'stack',
      'terraformVersion',
      'formatVersion',
      'notes',
      'counts',
      'dataSources',
      'blocking',
      'changes',
    ]);
    expect(Object.keys(parsed.changes)).toEqual([...ROLES]);
    expect(Object.keys(parsed.counts)).toEqual([
      'create',
      'update',
      'replace',
      'delete',
      'forget',
      'move',
      'read',
      'no-op',
      'unknown',
    ]);
    expect(Object.keys(parsed.changes['services-box'][0])).toEqual([
      'address',
      'previousAddress',
      'type',
      'cloud',
      'role',
      'action',
      'order',
      'actions',
      'forcedBy',
      'reason',
      'deposed',
    ]);
  });

  it('WHEN reviewed twice THEN the JSON text is identical and ends with a newline', () => {
    expect(review(fixture('aws-services-box-replaced.json'), 'aws').json).toBe(report.json);
    expect(report.json.endsWith('}\n')).toBe(true);
  });
});
