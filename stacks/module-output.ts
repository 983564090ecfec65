import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TerraformStack } from 'cdktf';

/** A Terraform JSON configuration (cdk.tf.json, main.tf.json): top-level block types by name. */
export type TerraformConfig = Record<string, unknown>;

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

/** Provider meta-arguments (`aws.replica`) of resources and data sources that name an aliased configuration. */
function aliasedProviders(config: TerraformConfig): Map<string, Set<string>> {
  const aliases = new Map<string, Set<string>>();
  for (const kind of ['resource', 'data'] as const) {
    for (const byName of Object.values((config[kind] ?? {}) as Blocks)) {
      for (const block of Object.values(byName)) {
        const reference = block.provider;
        if (typeof reference !== 'string' || !reference.includes('.')) continue;
        const [name] = reference.split('.');
        aliases.set(name, (aliases.get(name) ?? new Set()).add(reference));
      }
    }
  }
  return aliases;
}

/**
 * A stack's Terraform JSON as a child module: without `provider` blocks and without a backend (a module takes
 * both from the root that calls it), keeping `required_providers` so the module still declares its providers, the
 * sensitive variables as the module's inputs and the stack's outputs as its outputs. Aliased provider
 * configurations the resources use become `configuration_aliases` the caller passes in. cdktf's metadata comment is
 * replaced by one that records the provider settings the topology was synthesized with, for the caller to copy.
 */
export function terraformModule(stack: TerraformConfig, stackName: string): TerraformConfig {
  const { provider, terraform, '//': _metadata, ...blocks } = stack;
  const { backend: _backend, cloud: _cloud, ...settings } = (terraform ?? {}) as Record<string, unknown>;
  const required = { ...((settings.required_providers ?? {}) as Record<string, Record<string, unknown>>) };
  for (const [name, references] of aliasedProviders(stack)) {
    required[name] = { ...required[name], configuration_aliases: [...references].sort() };
  }
  return {
    '//': {
      generated_by: 'circleci-installation-kit',
      stack: stackName,
      provider_settings_for_the_caller: provider ?? {},
    },
    terraform: { ...settings, required_providers: required },
    ...blocks,
  };
}

/**
 * Writes every stack as a Terraform module to `<outdir>/modules/<stack id>/main.tf.json`, after removing the
 * modules of an earlier run, so a cloud dropped from the topology leaves no stale module behind. Call it after
 * `app.synth()`, which runs the stacks' aspects and validations.
 */
export function writeTerraformModules(stacks: readonly TerraformStack[], outdir: string): string[] {
  const modules = stacks.map((stack) => ({ id: stack.node.id, config: terraformModule(stack.toTerraform() as TerraformConfig, stack.node.id) }));
  const root = join(outdir, 'modules');
  rmSync(root, { recursive: true, force: true });
  return modules.map(({ id, config }) => {
    const dir = join(root, id);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'main.tf.json');
    writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
    return file;
  });
}
