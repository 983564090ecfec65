import fc from 'fast-check';
import { CLOUDS, type Cloud } from '../../src/cloud';
import { validTopology, type TopologyData } from './arbitraries';

/** The kinds of damage done to a valid topology. */
export type MutationKind = 'wrong type' | 'out of range' | 'malformed CIDR' | 'unknown key' | 'missing cloud section' | 'impossible sizing' | 'huge value' | 'empty value' | 'taken name' | 'template text';

/** A valid topology with one thing broken, and where the validator must say so. */
export interface InvalidCase {
  /** What was done. */
  readonly kind: MutationKind;
  /** The broken topology. */
  readonly data: TopologyData;
  /** The path of the problem as users write it: `builders.container.cpus`, `network.administrators[3]`. */
  readonly path: string;
  /** True when the problem has a value to show (the mutated value); false for missing or unknown keys. */
  readonly hasValue: boolean;
  /** The value the issue must show, when it has one. */
  readonly value?: unknown;
  /** True when the issue may be at the path or inside it (an empty mapping lacks the keys it needs). */
  readonly orInside: boolean;
  /** The key added, for an unknown key. */
  readonly key?: string;
}

type Path = readonly (string | number)[];

/** A path as the topology's users write it; kept here so the test does not borrow the formatter it checks. */
function pathText(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

interface Node {
  readonly path: Path;
  readonly value: unknown;
}

function kindOf(value: unknown): 'string' | 'number' | 'boolean' | 'list' | 'mapping' | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value as 'string' | 'number' | 'boolean';
}

/** Every value in the topology with its path (the root excluded). */
function nodesOf(value: unknown, path: Path = [], into: Node[] = []): Node[] {
  if (path.length > 0) into.push({ path, value });
  if (Array.isArray(value)) value.forEach((item, i) => nodesOf(item, [...path, i], into));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) nodesOf(item, [...path, key], into);
  return into;
}

const patternParts = new Map<string, string[]>();

/** Matches a path against a pattern in which `*` stands for any one key or index. */
function matches(path: Path, pattern: string): boolean {
  let parts = patternParts.get(pattern);
  if (!parts) patternParts.set(pattern, (parts = pattern.split('.')));
  return parts.length === path.length && parts.every((part, i) => part === '*' || part === String(path[i]));
}

/** Mappings whose keys are the user's own (tag names, peer names): any key is allowed in them. */
const USER_KEYED = ['tags', 'network.peers'];

/**
 * Places where an empty value ("" / [] / {}) is allowed or depends on other settings: the documented optional lists
 * and mappings with defaults. An empty value anywhere else must be reported.
 */
const EMPTY_ALLOWED = [
  'tags', 'tags.*', 'network.github', 'network.peers', 'servicesBox', 'servicesBox.backup', 'builders.container', 'builders.reserve',
  'builders.spot', 'builders.schedule', 'firewall', 'firewall.add', 'firewall.remove', 'dns', 'ssh', 'ssh.publicKeys', 'acknowledgements',
  '*.network', '*.servicesBox', '*.builders', '*.builders.families', '*.builders.families.deny', '*.dns', 'azure.zones',
];

function clone(data: TopologyData): TopologyData {
  return structuredClone(data);
}

/** Sets a value at a path, creating mappings on the way; `__proto__` and friends become own keys, as YAML makes them. */
function setAt(data: TopologyData, path: Path, value: unknown): TopologyData {
  const copy = clone(data);
  let here: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key) => {
    if (here[key] === null || typeof here[key] !== 'object') here[key] = {};
    here = here[key] as Record<string | number, unknown>;
  });
  Object.defineProperty(here, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function deleteAt(data: TopologyData, path: Path): TopologyData {
  const copy = clone(data);
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((here, key) => here[key] as Record<string | number, unknown>, copy);
  delete parent[path[path.length - 1]];
  return copy;
}

function isLarge(value: unknown): value is object {
  return value !== null && typeof value === 'object' && Object.keys(value).length > 20;
}

/** How a failing case is printed: what was broken where, not the whole (possibly megabyte-sized) topology. */
function describeCase(this: InvalidCase): string {
  const shown = this.hasValue ? ` = ${(isLarge(this.value) ? `{...${Object.keys(this.value).length} keys}` : fc.stringify(this.value)).slice(0, 80)}` : '';
  return `${this.kind} at ${this.path}${shown} in ${JSON.stringify(this.data, (_, v: unknown) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 20)}...(${v.length} chars)` : Array.isArray(v) && v.length > 20 ? [...v.slice(0, 3), `...(${v.length} items)`] : isLarge(v) ? `{...${Object.keys(v).length} keys}` : v))}`;
}

function invalidCase(fields: Omit<InvalidCase, typeof fc.toStringMethod>): InvalidCase {
  return Object.assign(fields, { [fc.toStringMethod]: describeCase });
}

function at(path: Path, kind: MutationKind, data: TopologyData, value: unknown, orInside = false): InvalidCase {
  return invalidCase({ kind, data, path: pathText(path), hasValue: true, value, orInside });
}

const OTHER_TYPE: Readonly<Record<ReturnType<typeof kindOf>, readonly unknown[]>> = {
  string: [12345, true, null, ['x'], { key: 1 }],
  // A string that is no number and no port: ports accept "22" as well as 22.
  number: ['not a number', false, null, [1], { n: 1 }],
  boolean: ['true', 1, null, [true], {}],
  list: ['a, b', 7, true, null, { item: 'x' }],
  mapping: ['key: value', 7, false, null, [{}]],
  null: ['x', 1],
};

function wrongType(data: TopologyData, nodes: readonly Node[]): fc.Arbitrary<InvalidCase> {
  return fc.tuple(fc.constantFrom(...nodes), fc.nat()).map(([node, pick]) => {
    // A port may be written as a number or as text; anything else is the wrong type for it.
    const choices = matches(node.path, 'firewall.add.*.ports.*') ? [true, null, [22], { port: 22 }] : OTHER_TYPE[kindOf(node.value)];
    const value = choices[pick % choices.length];
    return at(node.path, 'wrong type', setAt(data, node.path, value), value);
  });
}

/** Numbers outside what each numeric field allows (including what YAML's .nan and .inf give). */
const OUT_OF_RANGE: readonly { readonly path: Path; readonly values: readonly unknown[]; readonly when?: (data: TopologyData) => boolean }[] = [
  { path: ['builders', 'containers'], values: [0, -1, 1e9, 1.5, Number.NaN, Number.POSITIVE_INFINITY], when: (d) => (d.builders as Record<string, unknown>).containers !== undefined },
  { path: ['builders', 'count'], values: [0, 10001, 2.5, -3], when: (d) => (d.builders as Record<string, unknown>).count !== undefined },
  { path: ['builders', 'container', 'cpus'], values: [0, -1, 0.3, 129, 1e9, Number.NEGATIVE_INFINITY] },
  { path: ['builders', 'container', 'memoryGiB'], values: [0, -4, 0.1, 4097] },
  { path: ['builders', 'reserve', 'cpus'], values: [0, -2, 0.7, 1000] },
  { path: ['builders', 'reserve', 'memoryGiB'], values: [0, 0.3, 5000] },
  { path: ['builders', 'minBuilders'], values: [0, 1001, 1.5] },
  { path: ['builders', 'maxBuilderVcpus'], values: [0, 449, -64] },
  { path: ['builders', 'drainTimeoutSeconds'], values: [7201, 0] },
  { path: ['builders', 'spot', 'onDemandBase'], values: [-1, 0.5] },
  { path: ['builders', 'spot', 'alternatives'], values: [-1, 20] },
  { path: ['builders', 'schedule', 'offHoursContainers'], values: [-1, 0.5] },
  { path: ['servicesBox', 'backup', 'retention'], values: [0, 1001, -3] },
  { path: ['servicesBox', 'diskGiB'], values: [49, 65537, 0] },
  { path: ['servicesBox', 'dailyActiveUsers'], values: [0, -5, 2.5], when: (d) => (d.servicesBox as Record<string, unknown>).vcpus === undefined },
  { path: ['servicesBox', 'vcpus'], values: [0, 449, 1.5], when: (d) => (d.servicesBox as Record<string, unknown>).vcpus !== undefined },
  { path: ['dns', 'ttl'], values: [0, 86401] },
  { path: ['certificate', 'validityDays'], values: [0, 826], when: (d) => (d.certificate as Record<string, unknown> | undefined)?.mode === 'self-signed' },
  { path: ['aws', 'network', 'availabilityZones'], values: [1, 7], when: (d) => d.aws !== undefined },
];

/** Ports no rule may name. */
const BAD_PORTS: readonly unknown[] = [70000, 0, -1, 65536, 22.5, '70000', '0-10', '100-50', '1-70000/udp', '22/icmp', '', 'ssh'];

function outOfRange(data: TopologyData, nodes: readonly Node[]): fc.Arbitrary<InvalidCase> {
  const ports = nodes.filter((n) => matches(n.path, 'firewall.add.*.ports.*'));
  const fields = OUT_OF_RANGE.filter((field) => field.when?.(data) ?? true).map((field) => ({ path: field.path, values: field.values }));
  const targets = [...fields, ...ports.map((n) => ({ path: n.path, values: BAD_PORTS }))];
  return fc.tuple(fc.constantFrom(...targets), fc.nat()).map(([target, pick]) => {
    const value = target.values[pick % target.values.length];
    return at(target.path, 'out of range', setAt(data, target.path, value), value);
  });
}

/** Texts that are not a network in CIDR notation, or have host bits set. */
const BAD_CIDRS = [
  '300.1.2.0/24', '10.0.0.0/33', '10.0.0.1/24', 'not-a-cidr', '', '10.0.0.0', '010.0.0.0/8', '10.0.0.0/08', ' 10.0.0.0/8', '10.0.0.0/8 ',
  '1.2.3/24', '1.2.3.4/24/5', '-1.0.0.0/8', '10.0.0.0/-1', '2001:db8::g/32', '2001:db8::/129', ':::/64', '2001:db8::1::/64', '2001:db8::/064', '2001:db8::1/32', 'fe80::%eth0/64', '10.0.0.0/8,10.1.0.0/16',
];

/** Networks a cloud network cannot be created with: IPv6, or too small to carve subnets from (or, on AWS, too big). */
const BAD_CLOUD_NETWORKS: Readonly<Record<string, readonly string[]>> = {
  aws: ['2001:db8::/56', '10.0.0.0/25', '10.0.0.0/28', '10.0.0.0/8', '10.0.0.0/15'],
  gcp: ['2001:db8::/64', '10.0.0.0/29', '10.0.0.0/31', '10.0.0.1/32'],
  azure: ['2001:db8::/48', '10.0.0.0/28', '10.0.0.0/32'],
};

const CIDR_PATHS = ['network.administrators.*', 'network.endUsers.*', 'network.github.hooks.*', 'network.github.enterpriseServer', 'network.peers.*.*', 'aws.network.vpcCidr', 'gcp.network.subnetCidr', 'azure.network.vnetCidr'];

function malformedCidr(data: TopologyData, nodes: readonly Node[]): fc.Arbitrary<InvalidCase> {
  const present = nodes.filter((n) => CIDR_PATHS.some((pattern) => matches(n.path, pattern))).map((n) => n.path);
  const settable = (['aws', 'gcp', 'azure'] as const).filter((cloud) => data[cloud] !== undefined).map((cloud): Path => [cloud, 'network', { aws: 'vpcCidr', gcp: 'subnetCidr', azure: 'vnetCidr' }[cloud]]);
  const malformed = fc.tuple(fc.constantFrom(...present, ...settable), fc.constantFrom(...BAD_CIDRS)).map(([path, value]) => at(path, 'malformed CIDR', setAt(data, path, value), value));
  if (settable.length === 0) return malformed;
  const unusable = fc.constantFrom(...settable).chain((path) => fc.constantFrom(...BAD_CLOUD_NETWORKS[path[0]]).map((value) => at(path, 'malformed CIDR', setAt(data, path, value), value)));
  return fc.oneof(malformed, unusable);
}

/** Keys no mapping of the topology knows, including ones that are special to JavaScript objects. */
const UNKNOWN_KEYS = ['unknownKey', 'zz_extra', 'Name', 'name ', 'a.b', 'ä', '0', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];

function unknownKey(data: TopologyData, nodes: readonly Node[]): fc.Arbitrary<InvalidCase> {
  const mappings: Path[] = [[], ...nodes.filter((n) => kindOf(n.value) === 'mapping' && !USER_KEYED.some((p) => matches(n.path, p))).map((n) => n.path)];
  return fc.tuple(fc.constantFrom(...mappings), fc.constantFrom(...UNKNOWN_KEYS), fc.constantFrom<unknown>(1, 'x', true, {}, [])).map(([parent, key, value]) =>
    invalidCase({ kind: 'unknown key', data: setAt(data, [...parent, key], value), path: pathText([...parent, key]), hasValue: false, orInside: false, key }),
  );
}

/** A secret reference given in both of its forms at once: `{ variable, existing }`. */
function mixedSecretForms(data: TopologyData, nodes: readonly Node[]): fc.Arbitrary<InvalidCase> | undefined {
  const refs = nodes.filter((n) => kindOf(n.value) === 'mapping' && ['github.clientSecret', 'secretPassphrase', 'certificate.privateKey', 'certificate.chain'].some((p) => matches(n.path, p)));
  if (refs.length === 0) return undefined;
  return fc.constantFrom(...refs).map((node) => {
    const key = 'variable' in (node.value as object) ? 'existing' : 'variable';
    const other = key === 'existing' ? { aws: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x' } : 'github_client_secret';
    // Either form's key may be the one reported, as long as the report explains it.
    return invalidCase({ kind: 'unknown key', data: setAt(data, [...node.path, key], other), path: pathText(node.path), hasValue: false, orInside: true });
  });
}

function missingCloudSection(data: TopologyData): fc.Arbitrary<InvalidCase> {
  const selected = data.clouds as Cloud[];
  const unselected = CLOUDS.filter((cloud) => !selected.includes(cloud));
  const dropped = fc.constantFrom(...selected).map((cloud) => invalidCase({ kind: 'missing cloud section', data: deleteAt(data, [cloud]), path: cloud, hasValue: false, orInside: false }));
  if (unselected.length === 0) return dropped;
  const added = fc.constantFrom(...unselected).map((cloud) => invalidCase({ kind: 'missing cloud section', data: { ...clone(data), clouds: [...selected, cloud] }, path: cloud, hasValue: false, orInside: false }));
  return fc.oneof(dropped, added);
}

/** Shapes no catalog type can hold, each with where the problem must be reported (built only when drawn). */
function impossibleSizing(data: TopologyData): fc.Arbitrary<InvalidCase> {
  const selected = data.clouds as Cloud[];
  const builders = data.builders as Record<string, unknown>;
  // With a fixed count the type is pinned, and the pinned type is what cannot hold the container.
  const pinned = builders.count !== undefined ? CLOUDS.find((cloud) => selected.includes(cloud)) : undefined;
  const shapeProblem = (field: 'container' | 'reserve', shape: unknown) => (): InvalidCase => {
    const changed = setAt(data, ['builders', field], shape);
    if (!pinned) return at(['builders', field], 'impossible sizing', changed, shape);
    const type = (data[pinned] as { builders: { instanceType: string } }).builders.instanceType;
    return at([pinned, 'builders', 'instanceType'], 'impossible sizing', changed, type);
  };
  // A pinned services box type overrides the shape, so the shape is asked of unpinned clouds.
  const boxShape = (field: 'vcpus' | 'memoryGiB', vcpus: number, memoryGiB: number) => (): InvalidCase => {
    const unpinned = selected.reduce((d, cloud) => deleteAt(d, [cloud, 'servicesBox', 'instanceType']), deleteAt(data, ['servicesBox', 'dailyActiveUsers']));
    const changed = setAt(setAt(unpinned, ['servicesBox', 'vcpus'], vcpus), ['servicesBox', 'memoryGiB'], memoryGiB);
    return at(['servicesBox', field], 'impossible sizing', changed, field === 'vcpus' ? vcpus : memoryGiB);
  };
  const setting = (path: Path, value: unknown, reported: Path = path, shown: unknown = value) => (): InvalidCase => at(reported, 'impossible sizing', setAt(data, path, value), shown);
  const containers = builders.containers as number;
  const cases: (() => InvalidCase)[] = [
    shapeProblem('container', { cpus: 128, memoryGiB: 4 }),
    shapeProblem('container', { cpus: 2, memoryGiB: 4096 }),
    shapeProblem('reserve', { cpus: 120, memoryGiB: 4 }),
    boxShape('vcpus', 400, 8),
    boxShape('memoryGiB', 2, 10000),
    ...(builders.count === undefined
      ? [
          setting(['builders', 'maxBuilderVcpus'], 1),
          setting(['builders', 'schedule'], { offHoursContainers: containers * 1000 + 1 }, ['builders', 'schedule', 'offHoursContainers'], containers * 1000 + 1),
        ]
      : []),
    ...selected.flatMap((cloud) => [
      setting([cloud, 'servicesBox', 'instanceType'], 'x9.colossal'),
      ...(builders.count !== undefined ? [setting([cloud, 'builders', 'instanceType'], 'x9.colossal')] : []),
    ]),
  ];
  return fc.constantFrom(...cases).map((build) => build());
}

const MEBIBYTE = 1024 * 1024;

function hugeValue(data: TopologyData, nodes: readonly Node[]): fc.Arbitrary<InvalidCase> {
  const strings = nodes.filter((n) => typeof n.value === 'string');
  const lists = nodes.filter((n) => Array.isArray(n.value) && (n.value as unknown[]).length > 0);
  const mappings: Node[] = [{ path: ['tags'], value: data.tags ?? {} }, { path: ['network', 'peers'], value: {} }];
  const hugeString = fc.tuple(fc.constantFrom(...strings), fc.constantFrom('a', '0', 'é', ' ')).map(([node, unit]) => {
    const value = unit.repeat(MEBIBYTE);
    return at(node.path, 'huge value', setAt(data, node.path, value), value);
  });
  const hugeList = fc.constantFrom(...lists).map((node) => {
    const value = Array.from({ length: 10_000 }, () => (node.value as unknown[])[0]);
    return at(node.path, 'huge value', setAt(data, node.path, value), value, true);
  });
  const hugeMapping = fc.constantFrom(...mappings).map((node) => {
    const value = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, node.path[0] === 'tags' ? 'v' : ['10.0.0.0/8']]));
    return at(node.path, 'huge value', setAt(data, node.path, value), value, true);
  });
  return fc.oneof(hugeString, hugeList, hugeMapping);
}

function emptyValue(data: TopologyData, nodes: readonly Node[]): fc.Arbitrary<InvalidCase> {
  const required = nodes.filter((n) => ['string', 'list', 'mapping'].includes(kindOf(n.value)) && !EMPTY_ALLOWED.some((pattern) => matches(n.path, pattern)));
  return fc.constantFrom(...required).map((node) => {
    const value = { string: '', list: [], mapping: {} }[kindOf(node.value) as 'string' | 'list' | 'mapping'];
    return at(node.path, 'empty value', setAt(data, node.path, value), value, kindOf(node.value) === 'mapping');
  });
}

/** Names a user rule may not take: a default rule's, or the one the matrix gives a role-to-role rule's egress side. */
const TAKEN_RULE_NAMES = ['services-ssh-administrators', 'builders-all-builders', 'builders-to-services-all-builders', 'services-to-builders-all-services', 'builders-to-builders-all-builders'];

function takenName(data: TopologyData): fc.Arbitrary<InvalidCase> {
  const rule = { name: 'placeholder', role: 'builders', direction: 'inbound', peer: 'administrators', ports: [9100], use: 'node exporter' };
  const rules = ((data.firewall as { add: unknown[] }).add ?? []).length;
  return fc.tuple(fc.constantFrom(...TAKEN_RULE_NAMES), fc.integer({ min: 0, max: rules })).map(([name, index]) => {
    const firewall = data.firewall as { add: unknown[]; remove: string[] };
    const add = [...firewall.add.slice(0, index), { ...rule, name }, ...firewall.add.slice(index)];
    // A removed default rule frees its name (and its egress side's); the clash is with what the matrix still has.
    const remove = firewall.remove.filter((removed) => !name.endsWith(removed));
    return at(['firewall', 'add', index, 'name'], 'taken name', { ...clone(data), firewall: { add, remove } }, name);
  });
}

/** Text with a Terraform template in it, which Terraform would evaluate: a variable, a file read, a directive. */
function templateText(data: TopologyData, nodes: readonly Node[]): fc.Arbitrary<InvalidCase> {
  const strings = nodes.filter((n) => typeof n.value === 'string');
  return fc.tuple(fc.constantFrom(...strings), fc.constantFrom('${var.x}', '${file("/etc/passwd")}', '%{if true}x%{endif}', '$${escaped}')).map(([node, template]) => {
    const value = `${String(node.value)}${template}`;
    return at(node.path, 'template text', setAt(data, node.path, value), value);
  });
}

/** A valid topology with one mutation applied: the validator must name the mutated path (and value). */
export const invalidTopology: fc.Arbitrary<InvalidCase> = validTopology.chain((data) => {
  const mutations: ((data: TopologyData, nodes: readonly Node[]) => fc.Arbitrary<InvalidCase> | undefined)[] = [wrongType, outOfRange, malformedCidr, unknownKey, mixedSecretForms, missingCloudSection, impossibleSizing, hugeValue, emptyValue, takenName, templateText];
  const nodes = nodesOf(data);
  // Only the mutation drawn is built: building all of them for every case would cost more than the case itself.
  return fc.nat({ max: mutations.length - 1 }).chain((pick) => mutations[pick](data, nodes) ?? wrongType(data, nodes));
});
