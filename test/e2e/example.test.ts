import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/run';
import { resourcesOf, type TerraformJson } from '../helpers/synth';

const EXAMPLE = join(ROOT, 'examples/embed-aws');
const KIT = 'circleci-installation-kit';

type PackageJson = { main: string; types: string; dependencies: Record<string, string>; devDependencies?: Record<string, string> };

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 60000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${String(result.status)}:\n${result.stderr}${result.stdout}`);
  return result;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The construct path cdktf records on every block, e.g. `platform/circleci/services_box/instance`. */
function pathOf(block: Record<string, unknown>): string {
  return (block['//'] as { metadata: { path: string } }).metadata.path;
}

/** The Terraform name of the one block of a type at a construct path. */
function nameAt(json: TerraformJson, type: string, path: string): string {
  const [name] = Object.entries(resourcesOf(json, type)).find(([, block]) => pathOf(block) === path) ?? [];
  if (!name) throw new Error(`no ${type} at ${path}`);
  return name;
}

// One test on purpose: building and packing the kit is the expensive part, and every assertion below needs the same
// packed, installed kit. The build is tsc in build mode on tsconfig.build.json (what `npm run build` compiles),
// which skips an up-to-date dist/ in well under a second; a build from scratch takes about 14 s.
describe('examples/embed-aws: a second CDKTF app that installs the packed kit', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'embed-aws-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN the kit built and packed with npm pack WHEN the example app is synthesized against the tarball THEN the installation lives in the example VPC', () => {
    // GIVEN the kit as a consumer receives it: built to dist/, then `npm pack`.
    run(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '--build', 'tsconfig.build.json'], ROOT);
    const [pack] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT).stdout) as { filename: string; files: { path: string }[] }[];
    const packed = pack.files.map((file) => file.path);
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'README.md', 'topology.schema.json', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/stacks/index.js']));
    expect(packed.filter((path) => !path.startsWith('dist/') && /\.ts$/.test(path))).toEqual([]);
    expect(packed.filter((path) => /^(test|examples|bench)\/|tsbuildinfo$/.test(path))).toEqual([]);

    // AND the example's own package.json: the tarball npm pack wrote, and the kit's pinned versions of everything else.
    const kit = readJson<PackageJson>(join(ROOT, 'package.json'));
    const example = readJson<PackageJson>(join(EXAMPLE, 'package.json'));
    expect(example.dependencies[KIT]).toBe(`file:../../${pack.filename}`);
    const { [KIT]: _kit, ...exampleDependencies } = { ...example.dependencies, ...example.devDependencies };
    expect(exampleDependencies).toEqual(Object.fromEntries(Object.keys(exampleDependencies).map((name) => [name, kit.dependencies[name] ?? kit.devDependencies?.[name]])));
    expect(Object.keys(exampleDependencies)).toEqual(expect.arrayContaining(['cdktf', 'constructs', '@cdktf/provider-aws']));

    // AND the example installed the way npm lays it out, without a registry: the tarball extracted as the kit, the
    // kit's and the example's other dependencies linked from this repository's node_modules.
    const app = join(dir, 'app');
    const modules = join(app, 'node_modules');
    mkdirSync(modules, { recursive: true });
    for (const file of ['main.ts', 'package.json', 'cdktf.json', 'tsconfig.json']) copyFileSync(join(EXAMPLE, file), join(app, file));
    run('tar', ['-xzf', join(dir, pack.filename), '-C', dir], dir);
    renameSync(join(dir, 'package'), join(modules, KIT));
    const installed = readJson<PackageJson>(join(modules, KIT, 'package.json'));
    const dependencies = new Set([...Object.keys(installed.dependencies), ...Object.keys(exampleDependencies)]);
    for (const name of dependencies) {
      mkdirSync(dirname(join(modules, name)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', name), join(modules, name), 'dir');
    }

    // WHEN the example is type-checked against the packed declarations and synthesized, as its scripts do.
    run(process.execPath, [join(modules, 'typescript/bin/tsc'), '--noEmit', '-p', '.'], app);
    const synth = spawnSync(process.execPath, ['--require', join(modules, 'sucrase/register/ts'), 'main.ts'], { cwd: app, encoding: 'utf8', timeout: 60000 });
    expect(synth.stderr).toBe('');
    expect(synth.status).toBe(0);
    const json = readJson<TerraformJson>(join(app, 'cdktf.out/stacks/platform/cdk.tf.json'));

    // THEN the kit ran from its compiled dist/, and the stack's provider and backend are the example's.
    expect(require.resolve(KIT, { paths: [app] })).toBe(join(modules, KIT, installed.main));
    expect(json.provider?.aws).toEqual([expect.objectContaining({ region: 'eu-west-1', default_tags: [{ tags: { owner: 'platform-team' } }] })]);
    expect(json.terraform?.backend).toEqual({ local: { path: 'terraform.platform.tfstate' } });
    expect((json.terraform as { required_version?: string } | undefined)?.required_version).toBe('>= 1.11.0');

    // AND the kit created no network: the only VPC and subnets are the example's.
    const vpc = nameAt(json, 'aws_vpc', 'platform/vpc');
    const subnets = ['a', 'b'].map((zone) => `\${aws_subnet.${nameAt(json, 'aws_subnet', `platform/public_${zone}`)}.id}`);
    expect(Object.keys(resourcesOf(json, 'aws_vpc'))).toEqual([vpc]);
    expect(Object.keys(resourcesOf(json, 'aws_subnet'))).toHaveLength(2);
    const kitNetwork = ['aws_internet_gateway', 'aws_route_table', 'aws_nat_gateway', 'aws_default_security_group'].flatMap((type) =>
      Object.values(resourcesOf(json, type)).filter((block) => pathOf(block).startsWith('platform/circleci/')),
    );
    expect(kitNetwork).toEqual([]);

    // AND the services box sits in the example's first subnet, the builders in both, the security groups in its VPC.
    const [servicesBox] = Object.values(resourcesOf(json, 'aws_instance'));
    expect(servicesBox.subnet_id).toBe(subnets[0]);
    expect(Object.values(resourcesOf(json, 'aws_autoscaling_group')).map((group) => group.vpc_zone_identifier)).toEqual([subnets]);
    const groups = Object.values(resourcesOf(json, 'aws_security_group'));
    expect(groups.map((group) => group.vpc_id)).toEqual(groups.map(() => `\${aws_vpc.${vpc}.id}`));
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(json.output?.sizing_plan).toBeDefined();
    expect(json.output?.url).toEqual(expect.objectContaining({ value: 'https://ci.platform.example.com' }));
  }, 120000);
});
