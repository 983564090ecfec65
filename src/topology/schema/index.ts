import { z } from 'zod';
import { CLOUDS } from '../../cloud';
import { domainName, positiveInt, resourcePrefix, secretRef, sshPublicKey, tags, variableName } from '../fields';
import { buildersSchema } from './builders';
import { awsSchema, azureSchema, gcpSchema } from './clouds';
import { firewallSchema } from './firewall';
import { networkSchema } from './network';
import { servicesBoxSchema } from './services-box';
import { crossFieldChecks } from './cross-field';

/** The topology file: one installation, described without naming a cloud, plus one section per cloud. */
export const topologySchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path of the JSON Schema, for editors.' }),
    name: resourcePrefix.meta({ description: 'Prefix of every resource name, e.g. ci or ci-staging.' }),
    domain: domainName.meta({ description: 'Hostname users reach the installation at; the DNS record is created for it.' }),
    clouds: z
      .array(z.enum(CLOUDS))
      .min(1)
      .refine((list) => new Set(list).size === list.length, { message: 'lists a cloud twice' })
      .meta({ description: 'Clouds to render the installation on: a subset of aws, gcp, azure.' }),
    throwaway: z
      .boolean()
      .default(false)
      .meta({ description: 'A test installation that may be destroyed: the only kind that may turn servicesBox.protection off.' }),
    tags: tags.default({}).meta({ description: 'Tags / labels on every resource that takes them.' }),
    network: networkSchema,
    servicesBox: servicesBoxSchema,
    builders: buildersSchema,
    firewall: firewallSchema,
    dns: z
      .strictObject({
        zone: domainName.optional().meta({ description: "The DNS zone holding the record; default the domain's parent." }),
        create: z.boolean().default(false).meta({ description: 'Create the zone instead of using an existing one.' }),
        ttl: positiveInt.max(86400).default(300),
      })
      .default({ create: false, ttl: 300 }),
    certificate: z
      .discriminatedUnion('mode', [
        z.strictObject({
          mode: z.literal('provided'),
          privateKey: secretRef.default({ variable: 'tls_private_key', version: 1 }),
          chain: secretRef.default({ variable: 'tls_certificate_chain', version: 1 }),
        }),
        z.strictObject({
          mode: z.literal('self-signed'),
          validityDays: positiveInt.max(825).default(90),
        }),
      ])
      .default({ mode: 'provided', privateKey: { variable: 'tls_private_key', version: 1 }, chain: { variable: 'tls_certificate_chain', version: 1 } })
      .meta({ description: 'TLS: the operator’s key and chained certificate (provided), or self-signed for staging.' }),
    github: z
      .strictObject({
        clientId: z.string().regex(/^[A-Za-z0-9._-]{8,64}$/, { message: 'must be a GitHub OAuth app client id' }),
        clientSecret: secretRef.default({ variable: 'github_client_secret', version: 1 }),
      })
      .meta({ description: 'The GitHub OAuth app; callback https://<domain>/auth/github.' }),
    secretPassphrase: secretRef
      .default({ variable: 'circle_secret_passphrase', version: 1 })
      .meta({ description: 'CIRCLE_SECRET_PASSPHRASE shared by the services box and builders.' }),
    ssh: z
      .strictObject({
        username: variableName.default('circleci'),
        publicKeys: z
          .array(sshPublicKey)
          .default([]),
      })
      .default({ username: 'circleci', publicKeys: [] })
      .meta({ description: 'Administrator SSH access on every box (GCP keeps OS Login beside it); Azure needs at least one key.' }),
    acknowledgements: z
      .array(
        z.strictObject({
          rule: z.string().regex(/^CIK-[A-Z]+-\d{3}$/, { message: 'must be a policy rule id such as CIK-NET-001' }),
          reason: z.string().trim().min(10, { message: 'needs a written reason of at least 10 characters' }),
        }),
      )
      .default([])
      .meta({ description: 'Policy findings accepted on purpose, each with a reason.' }),
    aws: awsSchema.optional(),
    gcp: gcpSchema.optional(),
    azure: azureSchema.optional(),
  })
  .superRefine(crossFieldChecks);

/** A topology file as written, before defaults. */
export type TopologyInput = z.input<typeof topologySchema>;

/** A validated topology with defaults applied. */
export type TopologySpec = z.output<typeof topologySchema>;
