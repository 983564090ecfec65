/** One step of a path into a resource's attributes: an attribute or map key, or a list index. */
export type PathStep = string | number;

/** Whether a change is to a managed resource or a data source read. */
export type ResourceMode = 'managed' | 'data';

/** One entry of a plan's `resource_changes`, reduced to what the review reads. */
export interface PlanChange {
  /** Full address, module path and count / for_each index included, e.g. `module.x.aws_instance.y[0]`. */
  readonly address: string;
  /** The address in the previous run, when a `moved` block or refactoring changed it. */
  readonly previousAddress?: string;
  /** A managed resource, or a data source. */
  readonly mode: ResourceMode;
  /** Resource type, e.g. `aws_instance`. */
  readonly type: string;
  /** Provider source address, e.g. `registry.terraform.io/hashicorp/aws` (plain `aws` before Terraform 0.13). */
  readonly providerName?: string;
  /** Terraform's actions, e.g. `["delete", "create"]`; never empty. */
  readonly actions: readonly string[];
  /** The object before the change; null when it does not exist yet. */
  readonly before: unknown;
  /** The object after the change, unknown values left out; null when it will not exist. */
  readonly after: unknown;
  /** Paths into the object whose change forces a replacement. */
  readonly replacePaths: readonly (readonly PathStep[])[];
  /** Why Terraform chose the action, e.g. `replace_because_cannot_update`. */
  readonly actionReason?: string;
  /** Key of a deposed object (left over by a failed create-before-destroy) that the change is about. */
  readonly deposed?: string;
}

/** A Terraform plan as `terraform show -json <planfile>` writes it, reduced to what the review reads. */
export interface Plan {
  /** Version of the JSON format, e.g. `1.2`. */
  readonly formatVersion: string;
  /** The Terraform release that wrote the plan, when it says. */
  readonly terraformVersion?: string;
  /** Terraform's verdict that the plan stopped on an error, so its changes may be partial. */
  readonly errored: boolean;
  /** False when Terraform says another plan will be needed after this one (targeting, deferred changes). */
  readonly complete: boolean;
  /** Every resource change, in Terraform's order. */
  readonly changes: readonly PlanChange[];
}
