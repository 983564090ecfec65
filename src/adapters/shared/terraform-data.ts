import { anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl, TerraformResource, type TerraformResourceLifecycle } from 'cdktf';
import type { Construct } from 'constructs';

/** Props of TerraformData. */
export interface TerraformDataProps {
  /** The value the resource keeps in state; a change updates it. */
  readonly input?: Readonly<Record<string, string>>;
  /** Its lifecycle. */
  readonly lifecycle?: TerraformResourceLifecycle;
}

/**
 * Terraform's built-in `terraform_data` resource, holding a value. cdktf's own DataResource adds a validation that
 * runs `terraform version` whenever a stack holding one is synthesized: synth then failed, with a stack trace, on a
 * machine without Terraform, and paid a process per stack. The stacks' own `required_version` (1.11 or later) already
 * asks for more than the 1.4 that validation checks.
 */
export class TerraformData extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    private readonly props: TerraformDataProps = {},
  ) {
    super(scope, id, { terraformResourceType: 'terraform_data', terraformGeneratorMetadata: { providerName: 'terraform' }, lifecycle: props.lifecycle });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { input: hashMapper(anyToTerraform)(this.props.input) };
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    return { input: hashMapperHcl(anyToHclTerraform)(this.props.input) };
  }
}
