import { fixture, planText, resourceChange, review } from './plan-builder';

describe('GIVEN the AWS plan that replaces the services box', () => {
  it('WHEN rendered THEN the report reads: header, counts, BLOCKING, then changes by role', () => {
    expect(review(fixture('aws-services-box-replaced.json'), 'aws', 'plan.json').markdown).toBe(
      [
        '# Plan review: `plan.json`',
        '',
        'Written by Terraform `1.9.8` (plan format `1.2`), for the aws stack.',
        '',
        '**Changes:** 0 to create, 0 to update, 2 to replace, 0 to delete, 3 unchanged.',
        '',
        '## BLOCKING',
        '',
        'Applying this plan destroys what applying again cannot bring back. Take a backup and plan a window, or change ' +
          'the configuration so these are kept.',
        '',
        '- `aws_instance.services_box`: replace (destroy before create); destroys the services box; forced by `ami`; ' +
          'reason: `replace_because_cannot_update` (an attribute cannot be updated in place)',
        '',
        '## Services box',
        '',
        '- `aws_instance.services_box`: replace (destroy before create); forced by `ami`; **blocking**',
        '- `aws_eip_association.services_box`: replace (destroy before create); forced by `instance_id`',
        '',
      ].join('\n'),
    );
  });
});

describe('rendering the parts of the report', () => {
  it('GIVEN changes in Terraform’s order WHEN rendered THEN sections follow the role order and other comes last', () => {
    const { markdown } = review(
      planText([
        resourceChange('null_resource.x', ['create']),
        resourceChange('aws_security_group.builders', ['update']),
        resourceChange('aws_autoscaling_group.builders', ['update']),
        resourceChange('aws_route53_record.circleci', ['create']),
      ]),
    );
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Builders', '## Firewall', '## DNS', '## Other']);
  });

  it('GIVEN no blocking change WHEN rendered THEN there is no BLOCKING section', () => {
    expect(review(planText([resourceChange('aws_instance.services_box', ['update'])])).markdown).not.toContain(
      'BLOCKING',
    );
  });

  it('GIVEN a create-before-destroy replacement, a move and a deposed object WHEN rendered THEN each line says so', () => {
    const { markdown } = review(
      planText([
        resourceChange('aws_launch_template.builders', ['create', 'delete'], { replace_paths: [['name']] }),
        resourceChange('aws_autoscaling_group.fleet', ['no-op'], {
          previous_address: 'aws_autoscaling_group.builders',
        }),
        resourceChange('aws_autoscaling_group.spot', ['update'], { previous_address: 'aws_autoscaling_group.old' }),
        resourceChange('aws_launch_template.old', ['delete'], { deposed: '7f3a' }),
      ]),
    );
    expect(markdown).toContain('- `aws_launch_template.builders`: replace (create before destroy); forced by `name`\n');
    expect(markdown).toContain('- `aws_autoscaling_group.fleet`: moved from `aws_autoscaling_group.builders`\n');
    expect(markdown).toContain('- `aws_autoscaling_group.spot`: update; moved from `aws_autoscaling_group.old`\n');
    expect(markdown).toContain('- `aws_launch_template.old`: delete; deposed object `7f3a`\n');
    expect(markdown).toContain(
      '**Changes:** 0 to create, 1 to update, 1 to replace, 1 to delete, 1 moved, 0 unchanged.',
    );
  });

  it('GIVEN actions this review does not know WHEN rendered THEN they are shown as Terraform wrote them', () => {
    const { markdown } = review(planText([resourceChange('null_resource.x', ['archive'])]));
    expect(markdown).toContain('- `null_resource.x`: unknown actions `["archive"]`');
    expect(markdown).toContain('1 with actions this review does not know');
  });

  it('GIVEN data sources and no Terraform version WHEN rendered THEN the header says so', () => {
    const text = planText([resourceChange('data.aws_ami.ubuntu', ['read'], { mode: 'data' })], {
      terraform_version: undefined,
    });
    const { markdown } = review(text);
    expect(markdown).toContain('Written by an unknown Terraform release (plan format `1.2`).');
    expect(markdown).toContain('0 unchanged; 1 data source read.');
    expect(markdown).not.toContain('aws_ami');
  });

  it('GIVEN a plan Terraform marks errored and incomplete WHEN rendered THEN both notes come before the changes', () => {
    const { markdown } = review(
      planText([resourceChange('null_resource.x', ['create'])], { errored: true, complete: false }),
    );
    const notes = markdown.split('\n').filter((line) => line.startsWith('> '));
    expect(notes).toEqual([
      '> Terraform stopped planning on an error: the changes below may be incomplete.',
      '> Terraform says this plan is incomplete (-target or deferred changes): another plan is needed after applying it.',
    ]);
    expect(markdown.indexOf('> Terraform')).toBeLessThan(markdown.indexOf('## Other'));
  });

  it('GIVEN a reason code this review does not know WHEN rendered THEN the code is shown as written', () => {
    const { markdown } = review(
      planText([resourceChange('aws_instance.services_box', ['delete'], { action_reason: 'delete_because_[x](y)' })]),
    );
    expect(markdown).toContain('; reason: `delete_because_[x](y)`\n');
  });

  it('GIVEN an address with a backtick and a newline WHEN rendered THEN it stays one code span on one line', () => {
    const { markdown } = review(planText([resourceChange('null_resource.x["a`b\nc"]', ['create'])]));
    expect(markdown).toContain('- `` null_resource.x["a`b\\u000ac"] ``: create\n');
  });
});
