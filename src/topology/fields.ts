import { z } from 'zod';
import { parseIpv4Cidr, parseIpv6Cidr } from './cidr';
import { readSshPublicKey } from './ssh-key';
import { KEY_VAULT_SECRET_FORMS, KEY_VAULT_SECRET_REF } from '../clouds/azure/key-vault-secret-ref';
import { TIME_ZONE_NAME, timeZoneFault } from './time-zone';

/** An IPv4 or IPv6 network in CIDR notation, without host bits set. */
export const cidr = z
  .string()
  .superRefine((value, ctx) => {
    const ipv6 = value.includes(':');
    const network = ipv6 ? parseIpv6Cidr(value) : parseIpv4Cidr(value);
    if (!network) {
      const example = ipv6 ? 'an IPv6 CIDR such as 2001:db8::/32 (prefix 0-128)' : 'a CIDR such as 203.0.113.0/24 (address/prefix, prefix 0-32)';
      ctx.addIssue({ code: 'custom', message: `is not ${example}` });
    } else if (network.hostBitsSet) {
      ctx.addIssue({ code: 'custom', message: 'has host bits set after the prefix; write the network address' });
    }
  })
  .meta({ description: 'A network in CIDR notation, e.g. 203.0.113.0/24' });

/**
 * The IPv4 network a cloud network is created with: the kit carves its subnets and fixes the services box's address
 * in it, so it must be IPv4 and at least as large as `smallest` (and, where the cloud says so, at most `largest`).
 */
export function ipv4Network(range: { readonly largest?: number; readonly smallest: number }, why: string) {
  const sizes = range.largest === undefined ? `a /${range.smallest} or larger` : `a /${range.largest} to /${range.smallest}`;
  return cidr.superRefine((value, ctx) => {
    const network = value.includes(':') ? undefined : parseIpv4Cidr(value);
    if (value.includes(':') || (network && (network.prefix > range.smallest || network.prefix < (range.largest ?? 0)))) {
      ctx.addIssue({ code: 'custom', message: `must be an IPv4 network of ${sizes} (${why})` });
    }
  });
}

/** A non-empty list of CIDRs without repeats. */
export const cidrList = z
  .array(cidr)
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item)) ctx.addIssue({ code: 'custom', path: [index], message: `repeats ${item}` });
      seen.add(item);
    });
  });

/** An IPv4 address. */
export const ipv4Address = z.ipv4();

/** A lower-case DNS label-like name: what every cloud accepts in resource names. */
export const resourcePrefix = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,18}[a-z0-9]$/, {
    message: 'must be 2-20 characters: lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen',
  });

/** A fully qualified domain name. */
export const domainName = z
  .string()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: 'must be a lower-case fully qualified domain name such as ci.example.com',
  });

/** Time of day in UTC, HH:MM. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a 24-hour time HH:MM' });

/** Days of the week, as the clouds' schedulers name them. */
export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;

/** A day of the week as the topology file writes it. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Each day's full English name, which the clouds' schedulers take in their own letter case. */
export const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  MON: 'Monday',
  TUE: 'Tuesday',
  WED: 'Wednesday',
  THU: 'Thursday',
  FRI: 'Friday',
  SAT: 'Saturday',
  SUN: 'Sunday',
};

/** A positive whole number. */
export const positiveInt = z.number().int().min(1);

/** CPUs as a positive number in steps of 0.5. */
export const cpus = z
  .number()
  .positive()
  .multipleOf(0.5)
  .max(128);

/** Memory in GiB, positive, in steps of 0.25. */
export const memoryGiB = z.number().positive().multipleOf(0.25).max(4096);

/** Terraform variable names: letters, digits, underscores. */
export const variableName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, {
  message: 'must be a Terraform variable name: lower-case letters, digits and underscores, starting with a letter',
});

/**
 * Custom issues carry the value a message may show in `params.shownValue` when the input itself must not be echoed
 * (an SSH key line: at most its type and comment); absent, the value found is shown.
 */
export const SHOWN_VALUE = 'shownValue';

/** An OpenSSH public key line that parses as the clouds parse it; which types each cloud takes is its profile's. */
export const sshPublicKey = z
  .string()
  .superRefine((value, ctx) => {
    const reading = readSshPublicKey(value);
    if (!reading.ok) ctx.addIssue({ code: 'custom', message: reading.why, params: { [SHOWN_VALUE]: reading.shown } });
  })
  .meta({ description: 'An OpenSSH public key line as in a .pub file: type, base64 key, optional comment, e.g. ssh-ed25519 AAAA... admin@example.com' });

/** An IANA time zone name the runtime's time zone database knows, spelled as there. */
export const ianaTimeZone = z
  .string()
  .superRefine((value, ctx) => {
    const fault = timeZoneFault(value);
    if (fault) ctx.addIssue({ code: 'custom', message: fault });
  })
  .meta({ pattern: TIME_ZONE_NAME.source, description: 'An IANA time zone, e.g. Europe/Berlin, America/New_York or UTC.' });

/**
 * Where a secret comes from: a sensitive Terraform variable the operator sets at deploy time (`TF_VAR_<name>`),
 * or an existing secret in each cloud's secret store. Never the secret itself.
 */
export const secretRef = z.union([
  z.strictObject({
    /** Name of the sensitive Terraform variable holding the value. */
    variable: variableName,
    version: positiveInt
      .default(1)
      .meta({
        description:
          'Raise it to store a new value: the value is written write-only, never kept in Terraform state, so Terraform cannot see it change.',
      }),
  }),
  z.strictObject({
    existing: z
      .strictObject({
        aws: z
          .string()
          .regex(/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/, {
            message: 'must be a Secrets Manager secret ARN',
          })
          .optional(),
        gcp: z
          .string()
          .regex(/^projects\/[^/]+\/secrets\/[A-Za-z0-9_-]+$/, { message: 'must be projects/<project>/secrets/<name>' })
          .optional(),
        azure: z
          .string()
          .regex(KEY_VAULT_SECRET_REF, { message: `must be ${KEY_VAULT_SECRET_FORMS}` })
          .optional(),
      })
      .meta({ description: 'Existing secrets per cloud; every selected cloud needs its entry' }),
  }),
]);

/** A secret reference as the topology file gives it. */
export type SecretRef = z.infer<typeof secretRef>;

/**
 * Free-form tags / labels put on every resource that takes them. At most 45: AWS allows 50 tags per resource and
 * the kit adds up to five of its own.
 */
export const tags = z.record(
  z.string().regex(/^[a-z][a-z0-9_-]{0,62}$/, {
    message: 'tag keys must be lower-case letters, digits, _ or -, starting with a letter (GCP label rules)',
  }),
  z.string().regex(/^[a-z0-9_-]{0,63}$/, {
    message: 'tag values must be at most 63 lower-case letters, digits, _ or - (GCP label rules)',
  }),
).refine((value) => Object.keys(value).length <= 45, { message: 'allows at most 45 tags (AWS allows 50 per resource; the kit adds 5)' });
