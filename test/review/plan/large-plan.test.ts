import { planText, resourceChange, review } from './plan-builder';

const COUNT = 50_000;

// A mix that exercises every path of the review: clouds, tags, modules, indexes, replacements, no-ops, data sources.
function nthChange(n: number): Record<string, unknown> {
  const tagged = { tags: { 'circleci-role': n % 2 === 0 ? 'builders' : 'services-box', Name: `box-${n}` } };
  switch (n % 8) {
    case 0:
      return resourceChange(`module.fleet_${n % 97}.aws_instance.builder[${n}]`, ['delete', 'create'], {
        before: tagged,
        after: tagged,
        replace_paths: [['ami'], ['root_block_device', 0, 'volume_size']],
        action_reason: 'replace_because_cannot_update',
      });
    case 1:
      return resourceChange(`aws_vpc_security_group_ingress_rule.rule["${n}"]`, ['create']);
    case 2:
      return resourceChange(`google_compute_instance.vm_${n}`, ['update'], {
        after: { labels: { 'circleci-role': 'builders' } },
      });
    case 3:
      return resourceChange(`azurerm_network_security_rule.r${n}`, ['no-op']);
    case 4:
      return resourceChange(`data.aws_ami.image_${n}`, ['read'], { mode: 'data' });
    case 5:
      return resourceChange(`unknown_thing.t${n}`, ['create']);
    case 6:
      return resourceChange(`aws_ebs_volume.cache_${n}`, ['update'], { after: tagged });
    default:
      return resourceChange(`null_resource.n${n}`, ['delete']);
  }
}

describe('GIVEN a plan with 50,000 resource changes', () => {
  const text = planText(Array.from({ length: COUNT }, (_, n) => nthChange(n)));

  it('WHEN reviewed THEN every change is accounted for, in a few seconds', () => {
    const started = performance.now();
    const report = review(text, 'aws');
    const seconds = (performance.now() - started) / 1000;

    const listed = Object.values(report.review.changes).reduce((sum, changes) => sum + changes.length, 0);
    const counted = Object.values(report.review.counts).reduce((sum, count) => sum + count, 0);
    expect(counted + report.review.dataSources).toBe(COUNT);
    expect(listed).toBe(counted - report.review.counts['no-op']);
    expect(report.review.counts.replace).toBe(COUNT / 8);
    // Builder instances are disposable, so the many replacements block nothing.
    expect(report.exitCode).toBe(0);
    expect(report.markdown.split('\n').filter((line) => line.startsWith('- ')).length).toBe(listed);
    expect(JSON.parse(report.json).dataSources).toBe(COUNT / 8);
    expect(seconds).toBeLessThan(10);
  });
});
