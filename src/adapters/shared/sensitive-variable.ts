import { TerraformStack, TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';

/**
 * The stack's sensitive string variable of that name, at stack level so that the operator sets exactly
 * `TF_VAR_<name>`, created once however many secrets name it. It may not be null: a secret with no value would only
 * fail later, on the box. It is ephemeral (Terraform 1.10): its only use is a write-only argument, so the value is
 * kept neither in state nor in a saved plan, and Terraform refuses any use that would keep it.
 */
export function sensitiveVariable(scope: Construct, name: string, description: string): TerraformVariable {
  const stack = TerraformStack.of(scope);
  const id = `secret_variable_${name}`;
  const found = stack.node.tryFindChild(id);
  if (found instanceof TerraformVariable) return found;
  const variable = new TerraformVariable(stack, id, { type: 'string', sensitive: true, description });
  variable.overrideLogicalId(name);
  // As overrides: cdktf 0.21's variable config predates `ephemeral`, and its HCL output drops a `nullable` of false.
  variable.addOverride('nullable', false);
  variable.addOverride('ephemeral', true);
  return variable;
}
