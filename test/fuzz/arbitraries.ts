import fc from 'fast-check';
import { catalogFor, type InstanceType } from '../../src/catalog';
import { ARCHITECTURES, CLOUDS, type Arch, type Cloud } from '../../src/cloud';
import { DEFAULT_RULE_NAMES } from '../../src/firewall/matrix';
import { BUILT_IN_CIDR_PEERS, ROLES } from '../../src/firewall/model';
import { CLOUD_PROFILES, profileOf } from '../../src/clouds';
import { WEEKDAYS } from '../../src/topology/fields';
import { readSshPublicKey } from '../../src/topology/ssh-key';
import { ECDSA_P256, ECDSA_P384, ED25519, ED25519_OTHER, RSA_1024, RSA_2048 } from '../helpers/ssh-keys';

/** A topology file as data (what YAML parses into): plain mappings, lists and scalars. */
export type TopologyData = Record<string, unknown>;

/** Keeps only the keys whose value is defined, so optional parts are absent rather than `undefined`. */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Maybe: the value, or absent. */
function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined });
}

// ---- Addresses -------------------------------------------------------------------------------------------------
// Written here rather than taken from src/topology/cidr so that the generator does not share a bug with the code
// under test.

function dottedQuad(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

/** An IPv4 network without host bits, prefix in the range given. */
function ipv4Cidr(minPrefix = 1, maxPrefix = 32): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: minPrefix, max: maxPrefix })).map(([address, prefix]) => {
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    return `${dottedQuad((address & mask) >>> 0)}/${prefix}`;
  });
}

/**
 * True when the network lies inside private or shared space (10/8, 172.16/12, 192.168/16, 100.64/10), which the
 * kit refuses as a peer of networks it creates: nothing routes there.
 */
function isPrivate(cidr: string): boolean {
  const [address, prefix] = cidr.split('/');
  const [a, b] = address.split('.').map(Number);
  const length = Number(prefix);
  return (a === 10 && length >= 8) || (a === 172 && b >= 16 && b <= 31 && length >= 12) || (a === 192 && b === 168 && length >= 16) || (a === 100 && b >= 64 && b <= 127 && length >= 10);
}

/** A source range as users list them: public IPv4 networks of any size (IPv6 and private ranges are refused). */
const sourceCidr: fc.Arbitrary<string> = ipv4Cidr(1, 32).filter((cidr) => !isPrivate(cidr));

const WORLD_OPEN = ['0.0.0.0/0'];

/** A non-empty list of distinct ranges, up to `max` long, sometimes including a world-open range. */
function cidrList(max: number, worldOpen: boolean): fc.Arbitrary<string[]> {
  const ranges = fc.uniqueArray(sourceCidr, { minLength: 1, maxLength: max });
  if (!worldOpen) return ranges;
  return fc.tuple(ranges, fc.subarray(WORLD_OPEN)).map(([list, world]) => [...new Set([...list, ...world])]);
}

// ---- Names -----------------------------------------------------------------------------------------------------

/** Strings matching the schema's patterns, built once: building a pattern's arbitrary costs far more than drawing from it. */
const text = {
  dnsLabel: fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/),
  topLevelDomain: fc.stringMatching(/^[a-z]{2,6}$/),
  variableName: fc.stringMatching(/^[a-z][a-z0-9_]{0,63}$/),
  awsAccount: fc.stringMatching(/^\d{12}$/),
  awsSecretName: fc.stringMatching(/^[A-Za-z0-9/_+=.@-]{1,40}$/),
  gcpProject: fc.stringMatching(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/),
  gcpSecretName: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
  keyVault: fc.stringMatching(/^[a-z0-9-]{3,24}$/),
  keyVaultSecretName: fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/),
  route53ZoneId: fc.stringMatching(/^Z[A-Z0-9]{4,32}$/),
  s3Bucket: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{2,40}$/),
  gcpManagedZone: fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
  gcsBucket: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{2,40}$/),
  azureGroupInId: fc.stringMatching(/^[A-Za-z0-9_.()-]{1,30}$/),
  azureVnet: fc.stringMatching(/^[A-Za-z0-9_.-]{2,30}$/),
  azureSubnet: fc.stringMatching(/^[A-Za-z0-9_.-]{1,30}$/),
  azureResourceGroup: fc.stringMatching(/^[-\w._()]{1,40}[-\w_()]$/),
  storageAccount: fc.stringMatching(/^[a-z0-9]{3,24}$/),
  storageContainer: fc.stringMatching(/^[a-z0-9-]{3,30}$/),
  ruleName: fc.stringMatching(/^[a-z][a-z0-9-]{2,62}$/),
  peerName: fc.stringMatching(/^[a-z][a-zA-Z0-9]{1,30}$/),
  installationName: fc.stringMatching(/^[a-z][a-z0-9-]{0,18}[a-z0-9]$/),
  tagKey: fc.stringMatching(/^[a-z][a-z0-9_-]{0,62}$/),
  tagValue: fc.stringMatching(/^[a-z0-9_-]{0,63}$/),
  githubClientId: fc.stringMatching(/^[A-Za-z0-9._-]{8,64}$/),
  // A name no cloud reserves (a one-letter `a` is Azure's).
  sshUser: fc.stringMatching(/^[a-z][a-z0-9_]{0,31}$/).filter((name) => !Object.values(CLOUD_PROFILES).some((profile) => profile.ssh.reservedUsernames.includes(name))),
  ruleId: fc.stringMatching(/^CIK-[A-Z]{2,6}-\d{3}$/),
};

const domain = fc.tuple(fc.array(text.dnsLabel, { minLength: 1, maxLength: 3 }), text.topLevelDomain).map(([labels, tld]) => [...labels, tld].join('.'));
const variableName = fc.oneof(
  fc.constantFrom('github_client_secret', 'circle_secret_passphrase', 'tls_private_key', 'tls_certificate_chain', 'shared_secret'),
  text.variableName,
);
const hex = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: min, maxLength: max });
const words = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABC-_.,:/()#@0123456789'.split('')), minLength: min, maxLength: max }).filter((s) => s.trim().length >= min);

/** Text a user writes in a `use` or a `reason`: mostly plain words, sometimes quotes, unicode or a lone `$` / `%`. */
const freeText = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: words(min, max), weight: 6 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: max }).filter((s) => s.trim().length >= min && !/[$%]\{/.test(s)), weight: 1 },
    { arbitrary: words(min, Math.max(min, max - 12)).map((s) => `${s} $5 100% "q"`), weight: 1 },
  );

// ---- Sizing, checked against the catalogs' data ---------------------------------------------------------------

/** The builder shape and filters a topology asks for. */
interface BuilderShape {
  readonly container: { readonly cpus: number; readonly memoryGiB: number };
  readonly reserve: { readonly cpus: number; readonly memoryGiB: number };
  readonly arch: Arch;
  readonly maxBuilderVcpus: number;
  readonly allowBurstable: boolean;
  readonly allowSharedCore: boolean;
  readonly allowFlex: boolean;
}

/** The containers a type runs, by the README's formula: what is left after the reserve, divided by the container. */
function containersOn(type: InstanceType, shape: BuilderShape): number {
  const byCpu = Math.floor((type.vcpus - shape.reserve.cpus) / shape.container.cpus);
  const byMemory = Math.floor((type.memoryGiB - shape.reserve.memoryGiB) / shape.container.memoryGiB);
  return Math.min(byCpu, byMemory);
}

/** The catalog types a builder of this shape may be: the oracle the generator keeps valid topologies inside. */
function builderTypes(cloud: Cloud, shape: BuilderShape): InstanceType[] {
  return catalogFor(cloud).types.filter(
    (t) =>
      t.arch === shape.arch &&
      t.vcpus <= shape.maxBuilderVcpus &&
      (shape.allowBurstable || !t.burstable) &&
      (shape.allowSharedCore || !t.sharedCore) &&
      (shape.allowFlex || !t.flex) &&
      containersOn(t, shape) >= 1,
  );
}

/** Types the services box may be: fixed-performance x86_64. */
function servicesBoxTypes(cloud: Cloud, need = { vcpus: 1, memoryGiB: 1 }): InstanceType[] {
  return catalogFor(cloud).types.filter((t) => t.arch === 'x86_64' && !t.burstable && !t.sharedCore && !t.flex && t.vcpus >= need.vcpus && t.memoryGiB >= need.memoryGiB);
}

const builderShape: fc.Arbitrary<BuilderShape> = fc.record({
  container: fc.record({ cpus: fc.constantFrom(0.5, 1, 1.5, 2, 3, 4, 8, 16), memoryGiB: fc.constantFrom(0.25, 0.5, 1, 2, 3.75, 4, 8, 16, 64) }),
  reserve: fc.record({ cpus: fc.constantFrom(0.5, 1, 2, 4), memoryGiB: fc.constantFrom(0.5, 1, 2, 4, 8) }),
  arch: fc.constantFrom<Arch>(...ARCHITECTURES),
  maxBuilderVcpus: fc.oneof(fc.constantFrom(16, 32, 64, 96, 448), fc.integer({ min: 2, max: 448 })),
  allowBurstable: fc.boolean(),
  allowSharedCore: fc.boolean(),
  allowFlex: fc.boolean(),
});

// ---- Plan: the clouds and the builder shape, which decide which catalog types fit --------------------------------

/** What the generator decided up front; the rest of a topology is drawn within these choices. */
interface Plan {
  readonly clouds: Cloud[];
  readonly shape: BuilderShape;
  /** Catalog types that fit the builder shape, per selected cloud (non-empty for each). */
  readonly fitting: Readonly<Record<string, InstanceType[]>>;
  readonly fixedCount: boolean;
  readonly dnsCreate: boolean;
}

const plan: fc.Arbitrary<Plan> = fc
  .record({ clouds: fc.shuffledSubarray([...CLOUDS], { minLength: 1 }), shape: builderShape, fixedCount: fc.boolean(), dnsCreate: fc.boolean() })
  .map((p) => ({ ...p, fitting: Object.fromEntries(p.clouds.map((cloud) => [cloud, builderTypes(cloud, p.shape)])) }))
  .filter((p) => p.clouds.every((cloud) => p.fitting[cloud].length > 0));

// ---- Secrets ---------------------------------------------------------------------------------------------------

const existingSecret = {
  aws: fc
    .tuple(fc.constantFrom('us-east-1', 'eu-west-2'), text.awsAccount, text.awsSecretName)
    .map(([region, account, name]) => `arn:aws:secretsmanager:${region}:${account}:secret:${name}`),
  gcp: fc.tuple(text.gcpProject, text.gcpSecretName).map(([project, name]) => `projects/${project}/secrets/${name}`),
  azure: fc
    .tuple(text.keyVault, text.keyVaultSecretName, maybe(hex(32, 32)))
    .map(([vault, name, version]) => `https://${vault}.vault.azure.net/secrets/${name}${version ? `/${version}` : ''}`),
};

/**
 * A secret reference: a sensitive variable, or existing secrets on all three clouds (the entries of clouds the
 * topology does not select are trimmed, or not, when it is assembled).
 */
const secretRef = fc.oneof(variableName.map((variable) => ({ variable })), fc.record({ existing: fc.record(existingSecret) }));

type SecretRef = { variable: string } | { existing: Record<string, string> };

// ---- Cloud sections --------------------------------------------------------------------------------------------
// Drawn for all three clouds at once; the builder settings, which depend on the catalog types that fit, come later.

// Real keys, with a comment of their own or none: the clouds parse them, so a made-up one would be refused.
const sshKey = fc
  .tuple(fc.constantFrom(ED25519, ED25519_OTHER, RSA_2048, RSA_1024, ECDSA_P256, ECDSA_P384), maybe(words(1, 30)))
  .map(([key, comment]) => [...key.split(' ').slice(0, 2), ...(comment ? [comment] : [])].join(' '));

/** Whether every selected cloud takes a key: its type, and the size of an RSA key. */
function takenBy(clouds: readonly Cloud[], text: string): boolean {
  const reading = readSshPublicKey(text);
  if (!reading.ok) throw new Error(`a fuzz key does not parse: ${reading.why}`);
  const { type, bits } = reading.key;
  return clouds.map((cloud) => profileOf(cloud).ssh).every((ssh) => ssh.keyTypes.includes(type) && (type !== 'ssh-rsa' || bits >= ssh.minRsaBits));
}

const pinnedServicesType = (cloud: Cloud) => maybe(fc.constantFrom(...servicesBoxTypes(cloud).map((t) => t.name)));

/**
 * Regions a valid topology may name: those whose zones the kit knows and that offer every family of the catalog, or
 * whose offer the kit does not know (then nothing is filtered), so that any pinned type or family list stays possible.
 */
function fullRegions(cloud: Cloud): { name: string; zones: number }[] {
  const families = [...new Set(catalogFor(cloud).types.map((type) => type.family))];
  return CLOUD_PROFILES[cloud].regions.regions
    .filter((region) => !region.unsourced?.includes('zones') && region.zones.length > 0)
    .filter((region) => region.unsourced?.includes('families') || families.every((family) => region.families.includes(family)))
    .map((region) => ({ name: region.name, zones: region.zones.length }));
}

const awsRegion = fc.constantFrom(...fullRegions('aws'));

const awsSection = awsRegion.chain((region) =>
  fc
  .record({
    region: fc.constant(region.name),
    network: fc.oneof(
      fc.record({ vpcCidr: maybe(ipv4Cidr(16, 24)), availabilityZones: maybe(fc.integer({ min: 2, max: Math.min(6, region.zones) })), privateBuilders: maybe(fc.boolean()) }).map(defined),
      fc
        .record({
          existing: fc
            .record({
              vpcId: hex(8, 17).map((h) => `vpc-${h}`),
              subnetIds: fc.uniqueArray(hex(8, 17).map((h) => `subnet-${h}`), { minLength: 1, maxLength: 3 }),
              builderSubnetIds: maybe(fc.uniqueArray(hex(8, 17).map((h) => `subnet-${h}`), { minLength: 1, maxLength: 3 })),
            })
            .map(defined),
          privateBuilders: maybe(fc.boolean()),
        })
        .map(defined),
    ),
    servicesBox: fc.record({ instanceType: pinnedServicesType('aws'), image: maybe(fc.constantFrom('ami-0123456789abcdef0')) }).map(defined),
    keyName: maybe(words(1, 40).map((s) => s.trim())),
    dns: maybe(fc.record({ zoneId: maybe(text.route53ZoneId) }).map(defined)),
    backend: maybe(fc.record({ s3: fc.record({ bucket: text.s3Bucket, key: maybe(fc.constant('ci/state.tfstate')), dynamodbTable: maybe(fc.constant('locks')) }).map(defined) })),
  })
  .map(defined),
);

const gcpSection = fc
  .record({
    project: text.gcpProject,
    region: fc.constantFrom(...fullRegions('gcp').map((region) => region.name)),
    network: fc.oneof(
      fc.record({ subnetCidr: maybe(ipv4Cidr(8, 28)), privateBuilders: maybe(fc.boolean()) }).map(defined),
      fc
        .record({
          existing: fc.record({
            network: words(1, 30).map((s) => s.trim()),
            // The documented forms; <region> becomes the section's region on assembly.
            subnetwork: fc.constantFrom('ci', 'shared-subnet', 'projects/example-ci-project/regions/<region>/subnetworks/ci', 'https://www.googleapis.com/compute/v1/projects/example-ci-project/regions/<region>/subnetworks/ci'),
          }),
          privateBuilders: maybe(fc.boolean()),
        })
        .map(defined),
    ),
    servicesBox: fc.record({ instanceType: pinnedServicesType('gcp') }).map(defined),
    // Required unless dns.create is true; dropped on assembly when it is not needed and `keepDns` says so.
    dns: fc.record({ managedZone: text.gcpManagedZone }),
    backend: maybe(fc.record({ gcs: fc.record({ bucket: text.gcsBucket, prefix: maybe(fc.constant('ci')) }).map(defined) })),
  })
  .map(defined);

const azureSubnetId = fc
  .tuple(fc.uuid(), text.azureGroupInId, text.azureVnet, text.azureSubnet)
  .map(([subscription, group, vnet, subnet]) => `/subscriptions/${subscription}/resourceGroups/${group}/providers/Microsoft.Network/virtualNetworks/${vnet}/subnets/${subnet}`);

const azureSection = fc
  .record({
    location: fc.constantFrom(...fullRegions('azure').map((region) => region.name)),
    subscriptionId: maybe(fc.uuid()),
    resourceGroup: maybe(text.azureResourceGroup),
    zones: maybe(fc.subarray(['1', '2', '3'])),
    network: maybe(
      fc.oneof(
        fc.record({ vnetCidr: maybe(ipv4Cidr(8, 27)), privateBuilders: maybe(fc.boolean()) }).map(defined),
        fc.record({ existing: fc.record({ servicesSubnetId: azureSubnetId, buildersSubnetId: azureSubnetId }), privateBuilders: maybe(fc.boolean()) }).map(defined),
      ),
    ),
    servicesBox: fc.record({ instanceType: pinnedServicesType('azure') }).map(defined),
    dns: fc.record({ resourceGroup: text.azureResourceGroup }),
    backend: maybe(
      fc.record({
        azurerm: fc
          .record({ resourceGroupName: text.azureResourceGroup, storageAccountName: text.storageAccount, containerName: text.storageContainer, key: maybe(fc.constant('ci.tfstate')) })
          .map(defined),
      }),
    ),
  })
  .map(defined);

// ---- The rest of a topology ------------------------------------------------------------------------------------

/** `<cloud>.builders.families`: allow or deny families while leaving at least one fitting type. */
function familiesFor(fitting: readonly InstanceType[]): fc.Arbitrary<Record<string, string[]> | undefined> {
  const names = [...new Set(fitting.map((t) => t.family))];
  return fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 4 },
    { arbitrary: fc.subarray(names, { minLength: 1 }).map((allow) => ({ allow })), weight: 1 },
    { arbitrary: fc.subarray(names, { maxLength: names.length - 1 }).map((deny) => ({ deny })), weight: 1 },
  );
}

/** Daily active users, or an explicit shape that a fixed-performance x86_64 type of every catalog holds. */
const servicesBoxSizing = fc.oneof(
  fc.record({ dailyActiveUsers: maybe(fc.integer({ min: 1, max: 1_000_000 })) }).map(defined),
  fc.record({ vcpus: fc.integer({ min: 1, max: 48 }), memoryGiB: fc.integer({ min: 1, max: 384 }) }).filter((need) => CLOUDS.every((cloud) => servicesBoxTypes(cloud, need).length > 0)),
);

const port = fc.oneof(
  fc.integer({ min: 1, max: 65535 }),
  fc.integer({ min: 1, max: 65535 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 0, max: 2000 }), fc.constantFrom('', '/tcp', '/udp')).map(([from, span, protocol]) => `${from}-${Math.min(65535, from + span)}${protocol}`),
  fc.constantFrom('all', 'ALL', '53/udp', '22', 8800),
);

/** Ports an inbound rule opens to the world that need CIK-NET-001 acknowledged: SSH and the admin console. */
function opensAdminPort(ports: readonly (string | number)[]): boolean {
  return ports.some((p) => {
    const spec = String(p).trim().toLowerCase();
    if (spec === 'all') return true;
    const m = /^(\d+)(?:-(\d+))?(\/udp|\/tcp)?$/.exec(spec);
    if (!m || m[3] === '/udp') return false;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return [22, 8800].some((admin) => from <= admin && admin <= to);
  });
}

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Everything of a topology that does not depend on the clouds and the builder shape, drawn once per case. */
const rest = fc.record({
  name: text.installationName,
  domain,
  throwaway: fc.boolean(),
  protection: fc.boolean(),
  tags: maybe(fc.dictionary(fc.oneof(text.tagKey, fc.constantFrom('circleci-role', 'installation', 'managed-by', 'name')), text.tagValue, { maxKeys: 6 })),
  network: fc.record({
    administrators: cidrList(40, true),
    endUsers: cidrList(40, true),
    github: fc.oneof(fc.constant<Record<string, unknown>>({}), fc.record({ hooks: cidrList(10, false) }), fc.record({ enterpriseServer: sourceCidr })),
    peers: fc.dictionary(text.peerName.filter((name) => !([...ROLES, ...BUILT_IN_CIDR_PEERS] as string[]).includes(name)), cidrList(5, true), { maxKeys: 3 }),
  }),
  servicesSizing: servicesBoxSizing,
  diskGiB: maybe(fc.integer({ min: 50, max: Math.max(...Object.values(CLOUD_PROFILES).map((profile) => profile.disks.maxGiB)) })),
  backup: maybe(
    fc
      .record({
        frequency: maybe(fc.constantFrom('daily', 'weekly')),
        // On the hour: GCP's snapshot schedules start on the hour only.
        at: maybe(fc.integer({ min: 0, max: 23 }).map((hour) => hhmm(hour * 60))),
        weekday: maybe(fc.constantFrom(...WEEKDAYS)),
        retention: maybe(fc.integer({ min: 1, max: 1000 })),
      })
      .map(defined),
  ),
  target: fc.integer({ min: 1, max: 100000 }),
  minBuilders: maybe(fc.integer({ min: 1, max: 1000 })),
  spot: maybe(fc.record({ enabled: maybe(fc.boolean()), onDemandBase: maybe(fc.integer({ min: 0, max: 20 })), alternatives: maybe(fc.integer({ min: 0, max: 19 })) })),
  schedule: maybe(
    fc.record({
      timezone: maybe(fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5')),
      days: maybe(fc.subarray([...WEEKDAYS], { minLength: 1 })),
      hours: fc.uniqueArray(fc.integer({ min: 0, max: 23 * 60 + 59 }), { minLength: 2, maxLength: 2 }).map((pair) => pair.sort((a, b) => a - b)),
      offHours: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  ),
  drainTimeoutSeconds: maybe(fc.integer({ min: 30, max: 90 })),
  add: fc.uniqueArray(
    fc.record({
      name: text.ruleName.filter((name) => !DEFAULT_RULE_NAMES.includes(name)),
      role: fc.constantFrom(...ROLES),
      direction: maybe(fc.constantFrom('inbound', 'outbound')),
      peerIndex: fc.nat(),
      ports: fc.array(port, { minLength: 1, maxLength: 4 }),
      use: freeText(3, 200),
    }),
    { selector: (rule) => rule.name, maxLength: 6 },
  ),
  remove: fc.subarray([...DEFAULT_RULE_NAMES], { maxLength: 4 }),
  dns: fc.record({ zone: fc.constantFrom('none', 'domain', 'parent'), ttl: maybe(fc.integer({ min: 1, max: 86400 })), keepCloudZones: fc.boolean() }),
  certificate: fc.oneof(
    fc.constant(undefined),
    fc.record({ mode: fc.constant('provided'), privateKey: maybe(secretRef), chain: maybe(secretRef) }).map(defined),
    fc.record({ mode: fc.constant('self-signed'), validityDays: maybe(fc.integer({ min: 1, max: 825 })) }).map(defined),
  ),
  github: fc.record({ clientId: text.githubClientId, clientSecret: maybe(secretRef) }),
  secretPassphrase: maybe(secretRef),
  trimExistingSecrets: fc.boolean(),
  ssh: fc.record({ username: maybe(text.sshUser), publicKeys: fc.array(sshKey, { minLength: 1, maxLength: 3 }), keepKeys: fc.boolean() }),
  extraAcks: fc.array(fc.oneof(fc.record({ rule: fc.constant('CIK-NET-003'), reason: words(10, 80) }), fc.record({ rule: text.ruleId, reason: freeText(10, 60) })), { maxLength: 2 }),
  aws: awsSection,
  gcp: gcpSection,
  azure: azureSection,
});

type Rest = typeof rest extends fc.Arbitrary<infer T> ? T : never;

/** A topology that the schema, the resolver, every adapter and the policy pack must accept. */
export const validTopology: fc.Arbitrary<TopologyData> = fc.tuple(plan, rest).chain(([p, r]) => {
  // Only the builder settings depend on which catalog types fit the shape.
  const builders = Object.fromEntries(
    p.clouds.map((cloud) => [cloud, fc.record({ instanceType: p.fixedCount ? fc.constantFrom(...p.fitting[cloud].map((t) => t.name)) : fc.constant(undefined), families: familiesFor(p.fitting[cloud]) }).map(defined)]),
  );
  return fc.record(builders).map((cloudBuilders) => assemble(p, r, cloudBuilders));
});

/** The entries of an existing secret for the selected clouds, and maybe for the others too. */
function trimmed(ref: SecretRef | undefined, clouds: readonly Cloud[], trim: boolean): SecretRef | undefined {
  if (!ref || !('existing' in ref) || !trim) return ref;
  return { existing: Object.fromEntries(Object.entries(ref.existing).filter(([cloud]) => clouds.includes(cloud as Cloud))) };
}

function azureBackup(backup: Record<string, unknown>): Record<string, unknown> {
  const at = typeof backup.at === 'string' ? `${backup.at.slice(0, 3)}${Number(backup.at.slice(3)) < 30 ? '00' : '30'}` : undefined;
  const daily = backup.frequency !== 'weekly';
  const retention = daily && typeof backup.retention === 'number' ? Math.max(7, backup.retention) : backup.retention;
  return defined({ ...backup, at, retention });
}

/** Puts the drawn parts together, keeping the cross-field rules the schema states (and acknowledging on purpose). */
function assemble(p: Plan, r: Rest, cloudBuilders: Record<string, Record<string, unknown>>): TopologyData {
  const { clouds, shape, fixedCount } = p;
  // One zone per name: only a single cloud may create it.
  const dnsCreate = p.dnsCreate && clouds.length === 1;
  const existingOn = (cloud: Cloud) => clouds.includes(cloud) && (r[cloud].network as { existing?: unknown } | undefined)?.existing !== undefined;
  // On GCP an existing subnetwork could carry builders-to-builders traffic only to its whole range, which is refused.
  const gcpShared = existingOn('gcp');
  const acks: { rule: string; reason: string }[] = [...r.extraAcks];
  const reason = 'chosen on purpose by the fuzz generator';
  const peerNames = [...ROLES, ...BUILT_IN_CIDR_PEERS, ...Object.keys(r.network.peers)];
  const add = r.add
    .map(({ peerIndex, direction, ...rule }) => defined({ ...rule, direction, peer: peerNames[peerIndex % peerNames.length] }))
    .filter((rule) => !(gcpShared && rule.role === 'builders' && rule.peer === 'builders'));
  const remove = gcpShared && !r.remove.includes('builders-all-builders') ? [...r.remove, 'builders-all-builders'] : r.remove;

  // Everything the topology deliberately opens to the whole internet on SSH or the admin console is acknowledged.
  const worldOpenPeers = new Set(['internet']);
  const hooks = (r.network.github as { hooks?: string[] }).hooks;
  if (r.network.administrators.some((c) => WORLD_OPEN.includes(c))) worldOpenPeers.add('administrators');
  if (r.network.endUsers.some((c) => WORLD_OPEN.includes(c))) worldOpenPeers.add('endUsers');
  if (hooks?.some((c) => WORLD_OPEN.includes(c))) worldOpenPeers.add('github');
  for (const [name, cidrs] of Object.entries(r.network.peers)) if (cidrs.some((c) => WORLD_OPEN.includes(c))) worldOpenPeers.add(name);
  const adminWorldOpen = worldOpenPeers.has('administrators') || add.some((rule) => rule.direction !== 'outbound' && worldOpenPeers.has(rule.peer as string) && opensAdminPort(rule.ports as (string | number)[]));
  if (adminWorldOpen) acks.push({ rule: 'CIK-NET-001', reason });
  const protection = r.throwaway ? r.protection : true;
  if (!protection) acks.push({ rule: 'CIK-PROT-001', reason }, { rule: 'CIK-PROT-002', reason });

  const containers = fixedCount ? undefined : r.target;
  const count = fixedCount ? 1 + ((r.target - 1) % 10000) : undefined;
  // Azure's own rules, which its adapter enforces: backups in 30-minute steps and kept a week when daily, a time
  // zone that has a Windows name, and no further spot VM sizes (a scale set runs one); GCP takes further sizes only
  // when every builder is spot. The on-demand base is at most the fewest builders any fleet has.
  const onAzure = clouds.includes('azure');
  const floor = count ?? r.minBuilders ?? 2;
  const based = r.spot && (r.spot.onDemandBase ?? 1) > floor ? { ...r.spot, onDemandBase: floor } : r.spot;
  const noAlternatives = onAzure || (clouds.includes('gcp') && (based?.onDemandBase ?? 1) > 0);
  const spot = based && noAlternatives ? { ...based, alternatives: undefined } : based;
  const schedule = r.schedule && {
    ...defined({ timezone: onAzure && r.schedule.timezone === 'Etc/GMT+5' ? 'America/Bogota' : r.schedule.timezone, days: r.schedule.days }),
    start: hhmm(r.schedule.hours[0]),
    end: hhmm(r.schedule.hours[1]),
    // Never more off-hours containers than working-hours builders can hold.
    offHoursContainers: Math.floor(r.schedule.offHours * (containers ?? count ?? 0)),
  };
  const backup = onAzure && r.backup ? azureBackup(r.backup) : r.backup;

  const labels = r.domain.split('.');
  const zone = r.dns.zone === 'domain' ? r.domain : r.dns.zone === 'parent' && labels.length > 2 ? labels.slice(1).join('.') : undefined;
  const secret = (ref: SecretRef | undefined) => trimmed(ref, clouds, r.trimExistingSecrets);
  const certificate = r.certificate?.mode === 'provided' ? defined({ ...r.certificate, privateKey: secret(r.certificate.privateKey as SecretRef), chain: secret(r.certificate.chain as SecretRef) }) : r.certificate;
  // Azure has password authentication off, so it needs a key.
  // Each selected cloud takes the keys kept (Azure: no ECDSA, RSA of 2048 bits), and Azure needs one.
  const keys = r.ssh.publicKeys.filter((key) => takenBy(clouds, key));
  const ssh = defined({ username: r.ssh.username, publicKeys: onAzure || r.ssh.keepKeys ? (keys.length > 0 ? keys : [ED25519]) : undefined });
  // The disk fits the smallest of the selected clouds' largest disks.
  const diskGiB = r.diskGiB === undefined ? undefined : Math.min(r.diskGiB, ...clouds.map((cloud) => profileOf(cloud).disks.maxGiB));
  const cloudSection = (cloud: Cloud): Record<string, unknown> => {
    const section: Record<string, unknown> = { ...r[cloud], builders: cloudBuilders[cloud] };
    if (dnsCreate && !r.dns.keepCloudZones) delete section.dns;
    // In a subnet the kit does not own, the services box's address is the operator's to give.
    if (existingOn(cloud)) section.servicesBox = { ...(section.servicesBox as object), privateIp: '10.200.0.25' };
    const existing = (section.network as { existing?: { subnetwork?: string } } | undefined)?.existing;
    if (cloud === 'gcp' && existing?.subnetwork) {
      section.network = { ...(section.network as object), existing: { ...existing, subnetwork: existing.subnetwork.replace('<region>', String(section.region)) } };
    }
    // A pinned services box type must hold an explicit shape, or the two contradict each other.
    const need = r.servicesSizing as { vcpus?: number; memoryGiB?: number };
    const box = section.servicesBox as { instanceType?: string } | undefined;
    if (box?.instanceType && need.vcpus !== undefined && need.memoryGiB !== undefined) {
      const fits = servicesBoxTypes(cloud, { vcpus: need.vcpus, memoryGiB: need.memoryGiB }).some((t) => t.name === box.instanceType);
      if (!fits) section.servicesBox = defined({ ...box, instanceType: undefined });
    }
    return section;
  };

  return defined({
    name: r.name,
    domain: r.domain,
    clouds,
    throwaway: r.throwaway,
    tags: r.tags,
    network: defined({ ...r.network, peers: Object.keys(r.network.peers).length > 0 ? r.network.peers : undefined }),
    servicesBox: defined({ ...r.servicesSizing, diskGiB, backup, protection }),
    builders: defined({
      containers,
      count,
      container: shape.container,
      reserve: shape.reserve,
      arch: shape.arch,
      // CircleCI's own builder install is x86_64 only: an arm64 fleet brings an image that holds its builder.
      ...(shape.arch === 'arm64' ? { install: { method: 'none' } } : {}),
      minBuilders: r.minBuilders,
      maxBuilderVcpus: shape.maxBuilderVcpus,
      allowBurstable: shape.allowBurstable,
      allowSharedCore: shape.allowSharedCore,
      allowFlex: shape.allowFlex,
      spot: spot && defined(spot),
      schedule,
      drainTimeoutSeconds: r.drainTimeoutSeconds,
    }),
    firewall: { add, remove },
    dns: defined({ zone, create: dnsCreate, ttl: r.dns.ttl }),
    certificate,
    github: defined({ clientId: r.github.clientId, clientSecret: secret(r.github.clientSecret) }),
    secretPassphrase: secret(r.secretPassphrase),
    ssh,
    acknowledgements: acks,
    ...Object.fromEntries(clouds.map((cloud) => [cloud, cloudSection(cloud)])),
  });
}
