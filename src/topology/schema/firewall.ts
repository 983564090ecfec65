import { z } from 'zod';
import { ROLES } from '../../firewall/model';
import { parsePort, type PortRange } from '../../firewall/ports';

const port = z.union([z.number().int(), z.string()]).transform((value, ctx): PortRange => {
  const parsed = parsePort(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

/** A rule the user adds to the matrix. */
export const addedRuleSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]{2,62}$/, { message: 'rule names are kebab-case, e.g. services-metrics-monitoring' }),
  role: z.enum(ROLES),
  direction: z.enum(['inbound', 'outbound']).default('inbound'),
  peer: z.string().min(1).meta({ description: 'servicesBox, builders, endUsers, administrators, github, internet or a network.peers name.' }),
  ports: z.array(port).min(1).meta({ description: 'Ports: 22, "64535-65535", "53/udp" or "all".' }),
  use: z.string().min(3).max(200).meta({ description: 'What the traffic is for; becomes the rule description.' }),
});

/** Changes to the default (seed) firewall matrix. */
export const firewallSchema = z
  .strictObject({
    add: z.array(addedRuleSchema).default([]),
    remove: z.array(z.string()).default([]).meta({ description: 'Names of default rules to drop, e.g. builders-all-builders.' }),
  })
  .default({ add: [], remove: [] });
