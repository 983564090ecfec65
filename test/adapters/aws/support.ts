import { parse } from 'yaml';
import type { CloudConfig } from '../../helpers/cloud-config';
import { only, synthCloud, type TerraformJson } from '../../helpers/synth';

export { fileOf } from '../../helpers/cloud-config';
export { only, ref } from '../../helpers/synth';
export { existingSecret } from '../../helpers/topology';

/** WHEN the default topology, with a patch, is synthesized for AWS. */
export function synthAws(patch: Record<string, unknown> = {}): TerraformJson {
  return synthCloud('aws', patch);
}




/**
 * The text `${base64encode(join("", [...]))}` encodes at plan time: HCL string literals unescaped, references
 * written back as `${reference}`.
 */
export function joinedText(expression: string): string {
  const match = /^\$\{base64encode\(join\("", \[([\s\S]*)\]\)\)\}$/.exec(expression);
  if (!match) throw new Error(`user data is not base64encode(join("", [...])): ${expression.slice(0, 80)}`);
  const list = match[1];
  let text = '';
  let i = 0;
  while (i < list.length) {
    if (list[i] === ',' || list[i] === ' ') {
      i++;
    } else if (list[i] === '"') {
      let j = i + 1;
      while (list[j] !== '"') j += list[j] === '\\' ? 2 : 1;
      text += list
        .slice(i + 1, j)
        .replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c))
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{');
      i = j + 1;
    } else {
      const end = list.indexOf(',', i);
      text += `\${${list.slice(i, end < 0 ? undefined : end).trim()}}`;
      i = end < 0 ? list.length : end;
    }
  }
  return text;
}

/** The builders' cloud-config: the launch template's user data is base64encode() of its parts at plan time. */
export function builderCloudConfig(json: TerraformJson): { text: string; config: CloudConfig } {
  const [, template] = only(json, 'aws_launch_template');
  const text = joinedText(String(template.user_data));
  return { text, config: parse(text) as CloudConfig };
}

/** The services box's cloud-config. */
export function servicesCloudConfig(json: TerraformJson): { text: string; config: CloudConfig } {
  const text = String(only(json, 'aws_instance')[1].user_data);
  return { text, config: parse(text) as CloudConfig };
}

