import { readPlan, reviewPlan } from '../../../src/review/plan';
import { planText, resourceChange } from './plan-builder';

function errorOf(text: string, file = 'plan.json'): string {
  const result = reviewPlan(text, file);
  if (result.exitCode !== 2) throw new Error(`expected exit 2, got ${result.exitCode}`);
  return result.error;
}

// V8 words its reasons differently across Node releases; the position, line and column are the reader's own.
describe('reading a plan that is not valid JSON', () => {
  it('GIVEN text cut off WHEN reviewed THEN exit 2 names the file and points at the end of the text', () => {
    const text = '{\n  "resource_changes": [';
    expect(errorOf(text, 'cut.json')).toMatch(/^cut\.json: not valid JSON at position 25 \(line 2, column 24\): \S.*$/);
  });

  it('GIVEN a stray brace on line 3 WHEN reviewed THEN the error gives position, line and column on one line', () => {
    const error = errorOf('{\n  "format_version": "1.2"\n}}');
    expect(error).toMatch(/^plan\.json: not valid JSON at position 29 \(line 3, column 2\): \S[^\n]*$/);
  });

  it('GIVEN an error V8 reports without a position WHEN reviewed THEN exit 2 still names the file and the reason', () => {
    expect(errorOf('{"format_version": tru}')).toMatch(/^plan\.json: not valid JSON: \S[^\n]*$/);
  });

  it('GIVEN an empty file WHEN reviewed THEN exit 2 says what was expected', () => {
    expect(errorOf('  \n')).toBe('plan.json: empty file, expected the output of `terraform show -json <planfile>`');
  });

  it('GIVEN a byte-order mark before the JSON WHEN reviewed THEN the plan is read', () => {
    expect(reviewPlan(`\uFEFF${planText([])}`, 'plan.json').exitCode).toBe(0);
  });
});

describe('reading JSON that is not a plan', () => {
  it.each([
    ['a list', '[]', 'plan.json: not a Terraform plan: expected a JSON object, found a list'],
    ['no format_version', '{"resource_changes": []}', 'plan.json: not a Terraform plan: format_version is missing'],
    [
      'a numeric format_version',
      '{"format_version": 1}',
      'plan.json: not a Terraform plan: format_version is not a non-empty string (found 1)',
    ],
    [
      'a state',
      '{"format_version": "1.0", "values": {"root_module": {}}}',
      'plan.json: not a Terraform plan: this is a state (it has values, not planned_values); run `terraform show -json` on a plan file',
    ],
    [
      'neither plan key',
      '{"format_version": "1.0"}',
      'plan.json: not a Terraform plan: it has neither planned_values nor resource_changes',
    ],
    [
      'a future major format',
      planText([], { format_version: '2.0' }),
      'plan.json: unsupported plan format_version 2.0: this reader knows 0.x and 1.x',
    ],
    [
      'resource_changes as an object',
      planText([], { resource_changes: {} }),
      'plan.json: not a Terraform plan: resource_changes is not a list (found an object)',
    ],
    [
      'errored as a string',
      planText([], { errored: 'no' }),
      'plan.json: not a Terraform plan: errored is not true or false (found "no")',
    ],
  ])('GIVEN %s WHEN reviewed THEN exit 2 with one line naming what is wrong', (_, text, message) => {
    expect(errorOf(text)).toBe(message);
  });
});

describe('reading resource changes that are malformed', () => {
  const entry = (patch: Record<string, unknown>) => ({
    ...resourceChange('aws_instance.services_box', ['update']),
    ...patch,
  });

  it.each([
    ['a string entry', ['aws_instance.x'], 'resource_changes[0] is not an object (found "aws_instance.x")'],
    ['no change', [entry({ change: undefined })], 'resource_changes[0] (aws_instance.services_box): change is missing'],
    [
      'empty actions',
      [entry({ change: { actions: [] } })],
      'resource_changes[0] (aws_instance.services_box): change.actions is not a non-empty list of action names (found a list)',
    ],
    [
      'actions as a string',
      [entry({ change: { actions: 'update' } })],
      'resource_changes[0] (aws_instance.services_box): change.actions is not a non-empty list of action names (found "update")',
    ],
    [
      'an unknown mode',
      [entry({ mode: 'ephemeral' })],
      'resource_changes[0] (aws_instance.services_box): mode is not "managed" or "data" (found "ephemeral")',
    ],
    ['no type', [entry({ type: undefined })], 'resource_changes[0] (aws_instance.services_box): type is missing'],
    ['no address', [entry({ address: undefined })], 'resource_changes[0]: address is missing'],
    [
      'replace_paths of strings',
      [entry({ change: { actions: ['delete', 'create'], replace_paths: ['ami'] } })],
      'resource_changes[0] (aws_instance.services_box): change.replace_paths is not a list of attribute paths (found a list)',
    ],
    [
      'a numeric action_reason',
      [entry({ action_reason: 7 })],
      'resource_changes[0] (aws_instance.services_box): action_reason is not a non-empty string (found 7)',
    ],
  ])('GIVEN %s WHEN reviewed THEN exit 2 names the entry and the field', (_, changes, message) => {
    expect(errorOf(planText(changes))).toBe(`plan.json: not a Terraform plan: ${message}`);
  });

  it('GIVEN the second entry is malformed WHEN reviewed THEN the error points at index 1', () => {
    const text = planText([
      resourceChange('null_resource.a', ['create']),
      { ...resourceChange('null_resource.b', ['create']), change: null },
    ]);
    expect(errorOf(text)).toBe(
      'plan.json: not a Terraform plan: resource_changes[1] (null_resource.b): change is not an object (found null)',
    );
  });

  it('GIVEN an address with a newline WHEN the error is reported THEN it stays on one line', () => {
    const text = planText([entry({ address: 'aws_instance.x\nINJECTED', type: undefined })]);
    expect(errorOf(text)).not.toContain('\n');
    expect(errorOf(text)).toContain('aws_instance.x\\u000aINJECTED');
  });
});

describe('reading a well-formed plan', () => {
  it('GIVEN no resource_changes key (Terraform leaves out empty lists) WHEN read THEN there are no changes', () => {
    const plan = readPlan({ format_version: '1.2', planned_values: { root_module: {} } }, 'plan.json');
    expect(plan.changes).toEqual([]);
    expect(plan.terraformVersion).toBeUndefined();
  });

  it('GIVEN a change with every documented field WHEN read THEN the review keeps what it uses', () => {
    const document = JSON.parse(
      planText([
        resourceChange('module.box.aws_instance.services_box[0]', ['delete', 'create'], {
          before: { ami: 'ami-1' },
          after: { ami: 'ami-2' },
          replace_paths: [['ami'], ['root_block_device', 0, 'volume_size']],
          action_reason: 'replace_because_cannot_update',
          previous_address: 'aws_instance.services_box',
          deposed: '00000001',
        }),
      ]),
    );
    document.resource_changes[0].module_address = 'module.box';
    document.resource_changes[0].index = 0;
    expect(readPlan(document, 'plan.json').changes[0]).toEqual({
      address: 'module.box.aws_instance.services_box[0]',
      previousAddress: 'aws_instance.services_box',
      mode: 'managed',
      type: 'aws_instance',
      providerName: 'registry.terraform.io/hashicorp/aws',
      actions: ['delete', 'create'],
      before: { ami: 'ami-1' },
      after: { ami: 'ami-2' },
      replacePaths: [['ami'], ['root_block_device', 0, 'volume_size']],
      actionReason: 'replace_because_cannot_update',
      deposed: '00000001',
    });
  });

  it('GIVEN errored and incomplete flags WHEN read THEN they are kept, and absent ones default to a complete plan', () => {
    expect(readPlan(JSON.parse(planText([], { errored: true, complete: false })), 'p')).toMatchObject({
      errored: true,
      complete: false,
    });
    expect(readPlan({ format_version: '0.1', resource_changes: [] }, 'p')).toMatchObject({
      errored: false,
      complete: true,
    });
  });
});
