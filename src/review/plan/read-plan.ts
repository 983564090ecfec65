import { PlanError } from './errors';
import type { PathStep, Plan, PlanChange, ResourceMode } from './plan';
import { escapeControl, kindOf } from './untrusted-text';

type JsonObject = Readonly<Record<string, unknown>>;

// Terraform promises to bump the major version only for incompatible changes, and asks readers to reject those.
const KNOWN_MAJOR_VERSIONS = ['0', '1'];

const MODES: readonly string[] = ['managed', 'data'] satisfies readonly ResourceMode[];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPath(value: unknown): value is PathStep[] {
  return Array.isArray(value) && value.every((step) => typeof step === 'string' || typeof step === 'number');
}

/** Reads the fields of one object of the plan, naming where they are in every complaint. */
class Fields {
  constructor(
    /** The object being read. */
    private readonly object: JsonObject,
    /** The file, for the error. */
    private readonly file: string,
    /** Which entry of the document the object belongs to, e.g. `resource_changes[3] (aws_instance.x)`. */
    private readonly entry = '',
    /** Path from that entry to the object, e.g. `change.`. */
    private readonly prefix = '',
  ) {}

  fail(key: string, expected: string): never {
    const value = this.object[key];
    const found = value === undefined ? 'is missing' : `is not ${expected} (found ${kindOf(value)})`;
    throw new PlanError(
      this.file,
      `not a Terraform plan: ${this.entry ? `${this.entry}: ` : ''}${this.prefix}${key} ${found}`,
    );
  }

  /** Fields of a nested object, reported relative to the same entry. */
  nested(key: string): Fields {
    const value = this.object[key];
    return isObject(value)
      ? new Fields(value, this.file, this.entry, `${this.prefix}${key}.`)
      : this.fail(key, 'an object');
  }

  /** A value the review only looks into, of any shape; Terraform writes null or leaves it out when there is none. */
  any(key: string): unknown {
    return this.object[key] ?? null;
  }

  string(key: string): string {
    const value = this.object[key];
    return typeof value === 'string' && value !== '' ? value : this.fail(key, 'a non-empty string');
  }

  optionalString(key: string): string | undefined {
    return this.object[key] === undefined || this.object[key] === null ? undefined : this.string(key);
  }

  optionalBoolean(key: string, absent: boolean): boolean {
    const value = this.object[key];
    if (value === undefined || value === null) return absent;
    return typeof value === 'boolean' ? value : this.fail(key, 'true or false');
  }

  // Terraform leaves out empty lists (Go's omitempty), so absent means empty.
  optionalList(key: string): readonly unknown[] {
    const value = this.object[key];
    if (value === undefined || value === null) return [];
    return Array.isArray(value) ? value : this.fail(key, 'a list');
  }

  actions(key: string): readonly string[] {
    const value = this.object[key];
    const valid = Array.isArray(value) && value.length > 0 && value.every((action) => typeof action === 'string');
    return valid ? value : this.fail(key, 'a non-empty list of action names');
  }

  paths(key: string): readonly (readonly PathStep[])[] {
    const value = this.optionalList(key);
    return value.every(isPath) ? value : this.fail(key, 'a list of attribute paths');
  }
}

function readChange(entry: unknown, index: number, file: string): PlanChange {
  const at = `resource_changes[${index}]`;
  if (!isObject(entry))
    throw new PlanError(file, `not a Terraform plan: ${at} is not an object (found ${kindOf(entry)})`);
  const named = typeof entry.address === 'string' ? `${at} (${escapeControl(entry.address)})` : at;
  const resource = new Fields(entry, file, named);
  const change = resource.nested('change');
  const mode = resource.string('mode');
  if (!MODES.includes(mode)) resource.fail('mode', '"managed" or "data"');
  return {
    address: resource.string('address'),
    previousAddress: resource.optionalString('previous_address'),
    mode: mode as ResourceMode,
    type: resource.string('type'),
    providerName: resource.optionalString('provider_name'),
    actions: change.actions('actions'),
    before: change.any('before'),
    after: change.any('after'),
    replacePaths: change.paths('replace_paths'),
    actionReason: resource.optionalString('action_reason'),
    deposed: resource.optionalString('deposed'),
  };
}

/**
 * Reads a parsed `terraform show -json <planfile>` document. The document is untrusted: anything the review relies
 * on is checked, and the first problem becomes a PlanError naming where it is. Properties the review does not read
 * (prior_state, planned_values, resource_drift, configuration, ...) are not checked, as Terraform's compatibility
 * promise asks of readers.
 */
export function readPlan(document: unknown, file: string): Plan {
  if (!isObject(document))
    throw new PlanError(file, `not a Terraform plan: expected a JSON object, found ${kindOf(document)}`);
  const plan = new Fields(document, file);
  const formatVersion = plan.string('format_version');
  if (!KNOWN_MAJOR_VERSIONS.includes(formatVersion.split('.')[0])) {
    throw new PlanError(
      file,
      `unsupported plan format_version ${escapeControl(formatVersion)}: this reader knows 0.x and 1.x`,
    );
  }
  // A state file shares format_version with a plan; the plan-only keys tell them apart.
  if (document.planned_values === undefined && document.resource_changes === undefined) {
    throw new PlanError(
      file,
      document.values === undefined
        ? 'not a Terraform plan: it has neither planned_values nor resource_changes'
        : 'not a Terraform plan: this is a state (it has values, not planned_values); run `terraform show -json` on a plan file',
    );
  }
  return {
    formatVersion,
    terraformVersion: plan.optionalString('terraform_version'),
    errored: plan.optionalBoolean('errored', false),
    complete: plan.optionalBoolean('complete', true),
    changes: plan.optionalList('resource_changes').map((entry, index) => readChange(entry, index, file)),
  };
}
