import { formatPath, type TopologyIssue } from './errors';

/** What starts a Terraform template: `${` an expression, `%{` a directive. */
const TEMPLATE_START = /[$%]\{/;

/**
 * Texts Terraform would evaluate rather than keep. The topology's strings reach the synthesized JSON as Terraform
 * strings, where `${var.x}` or `${file("...")}` in a rule's `use` would be run at plan time: the topology is data, so
 * no string of it may start a template.
 */
export function templateTexts(value: unknown, path: readonly PropertyKey[] = []): TopologyIssue[] {
  if (typeof value === 'string') {
    return TEMPLATE_START.test(value) ? [{ path: formatPath(path), value, message: 'must not contain "${" or "%{": Terraform would evaluate what follows as an expression' }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => templateTexts(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => templateTexts(item, [...path, key]));
  return [];
}
