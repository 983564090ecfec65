import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TerraformStack } from 'cdktf';

/** Index just past the `}` that closes the `${` template interpolation starting at `open`, or -1. */
function interpolationEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open + 2; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = stringEnd(text, i) - 1;
      if (i < 0) return -1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return -1;
}

/** Index just past the `"` that closes the quoted string opening at `quote`, or -1. */
function stringEnd(text: string, quote: number): number {
  for (let i = quote + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if (c === '$' && text[i + 1] === '{') {
      const end = interpolationEnd(text, i);
      if (end < 0) return -1;
      i = end - 1;
    }
  }
  return -1;
}

/** One line of HCL outside heredocs, with every `"${expression}"` that is nothing but the interpolation unwrapped. */
function unwrapLine(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '"') {
      out += line[i++];
      continue;
    }
    const end = stringEnd(line, i);
    if (end < 0) return out + line.slice(i);
    const inner = line.slice(i + 1, end - 1);
    const whole = inner.startsWith('${') && interpolationEnd(inner, 0) === inner.length;
    out += whole ? inner.slice(2, -1) : line.slice(i, end);
    i = end;
  }
  return out;
}

/**
 * cdktf writes every reference as a template, `"${aws_vpc.main.id}"`; `terraform fmt` writes the bare expression.
 * This rewrites interpolation-only strings the way `terraform fmt` does, leaving heredoc bodies (boot scripts,
 * policies) as they are, so that `cdktf synth --hcl` output passes `terraform fmt -check`.
 */
export function unwrapInterpolationOnlyStrings(hcl: string): string {
  const lines = hcl.split('\n');
  let heredocEnd: string | undefined;
  return lines
    .map((line) => {
      if (heredocEnd !== undefined) {
        if (line.trim() === heredocEnd) heredocEnd = undefined;
        return line;
      }
      const rewritten = unwrapLine(line);
      const opens = /<<-?([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(line);
      if (opens) heredocEnd = opens[1];
      return rewritten;
    })
    .join('\n');
}

/**
 * cdktf 0.21 writes a terraform-block setting other than required_providers, backend and cloud as `0 = "name"` (its
 * renderer passes the list of names where it means the settings). This writes each as `name = value`, from the
 * stack's own settings, which must be strings, numbers or booleans.
 */
export function repairTerraformSettings(hcl: string, settings: Readonly<Record<string, unknown>>): string {
  return hcl.replace(/^(\s*)\d+ = "([A-Za-z_][A-Za-z0-9_]*)"$/gm, (line, indent: string, name: string) => {
    const value = settings[name];
    return ['string', 'number', 'boolean'].includes(typeof value) ? `${indent}${name} = ${JSON.stringify(value)}` : line;
  });
}

/** Tidies every stack's cdk.tf that a synth with SYNTH_HCL_OUTPUT wrote: terraform settings, interpolation-only strings. */
export function tidyHclOutput(outdir: string, stacks: readonly TerraformStack[]): void {
  const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as { stacks: Record<string, { synthesizedStackPath: string }> };
  for (const stack of stacks) {
    const file = join(outdir, manifest.stacks[stack.node.id].synthesizedStackPath);
    const settings = (stack.toTerraform() as { terraform?: Record<string, unknown> }).terraform ?? {};
    writeFileSync(file, unwrapInterpolationOnlyStrings(repairTerraformSettings(readFileSync(file, 'utf8'), settings)));
  }
}
