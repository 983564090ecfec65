import type { z } from 'zod';
import type { Cloud } from '../../cloud';
import { familiesKnown, profileOf, regionExamples, regionOf } from '../../clouds';
import { findInstanceType } from '../../catalog';
import { CLOUD_SECTIONS } from '../cloud-sections';
import type { TopologySpec } from './index';

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/** A pinned type whose family the region does not offer, where the kit's tables say what the region offers. */
function checkPinnedType(ctx: Ctx, cloud: Cloud, role: 'servicesBox' | 'builders', name: string | undefined, region: string): void {
  const facts = regionOf(cloud, region);
  const type = name === undefined ? undefined : findInstanceType(cloud, name);
  if (!facts || !type || !familiesKnown(facts) || facts.families.includes(type.family)) return;
  issue(ctx, [cloud, role, 'instanceType'], `is a ${type.family} type, a family ${region} does not offer (${profileOf(cloud).regions.source.split(';')[0]}); pin a type offered there or leave the choice to the kit`);
}

/**
 * Region and zone names against the cloud profiles' tables, and pinned types against what the region offers:
 * a name the cloud does not know fails at plan or apply, far from the line that caused it.
 */
export function regionRuleChecks(spec: TopologySpec, ctx: Ctx): void {
  for (const cloud of spec.clouds) {
    const name = CLOUD_SECTIONS[cloud].region(spec);
    if (name === undefined) continue;
    const facts = regionOf(cloud, name);
    if (!facts) {
      issue(ctx, [cloud, CLOUD_SECTIONS[cloud].regionKey], `is not one of the ${profileOf(cloud).title} ${CLOUD_SECTIONS[cloud].regionKey}s the kit knows (${regionExamples(cloud)}; the list is in src/clouds/${cloud}/)`);
      continue;
    }
    checkPinnedType(ctx, cloud, 'servicesBox', spec[cloud]?.servicesBox.instanceType, name);
    checkPinnedType(ctx, cloud, 'builders', spec[cloud]?.builders.instanceType, name);
    const zonesKnown = !facts.unsourced?.includes('zones');
    if (cloud === 'aws' && spec.aws && !spec.aws.network.existing && zonesKnown && spec.aws.network.availabilityZones > facts.zones.length) {
      issue(ctx, ['aws', 'network', 'availabilityZones'], `is more than the ${facts.zones.length} availability zones of ${name}`);
    }
    const azureZones = cloud === 'azure' ? spec.azure?.zones : undefined;
    azureZones?.forEach((zone, index) => {
      if (zonesKnown && !facts.zones.includes(zone)) {
        const has = facts.zones.length === 0 ? 'has no availability zones; set azure.zones: []' : `has zones ${facts.zones.join(', ')}`;
        issue(ctx, ['azure', 'zones', index], `is not a zone of ${name}: it ${has}`);
      }
    });
  }
}
