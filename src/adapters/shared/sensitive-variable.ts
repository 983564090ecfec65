import { TerraformStack, TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';

/**
 * The stack's sensitive string variable of that name, at stack level so that the operator sets exactly
 * `TF_VAR_<name>`, created once however many secrets name it. It may not be null: a secret with no value would only
 * fail later, on the box.
 */
export function sensitiveVariable(scope: Construct, name: string, description: string): TerraformVariable {
  const stack = TerraformStack.of(scope);
  const id = `secret_variable_${name}`;
  const found = stack.node.tryFindChild(id);
  if (found instanceof TerraformVariable) return found;
  const variable = new TerraformVariable(stack, id, { type: 'string', sensitive: true, nullable: false, description });
  variable.overrideLogicalId(name);
  return variable;
}
