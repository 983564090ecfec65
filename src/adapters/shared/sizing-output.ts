import { TerraformOutput } from 'cdktf';
import type { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';

/** Outputs the builder sizing plan and the cost estimate, so `cdktf output` shows what the fleet was sized to. */
export function sizingPlanOutput(scope: Construct, topology: ResolvedTopology): TerraformOutput {
  const { builders, servicesBox } = topology;
  const pool = builders.plan.pools[0];
  return new TerraformOutput(scope, 'sizing_plan', {
    description: `Builder sizing plan (prices: ${builders.plan.region}, ${builders.plan.priceSource})`,
    value: {
      instance_type: pool.instanceType,
      containers_per_builder: pool.containersPerBuilder,
      builders: builders.desired,
      containers: builders.plan.containers,
      builders_hourly_usd: builders.plan.hourlyUsd,
      builders_monthly_usd: builders.monthlyUsd,
      services_box_instance_type: servicesBox.instanceType,
      services_box_hourly_usd: servicesBox.hourlyUsd,
    },
  });
}
