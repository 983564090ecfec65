import { CLOUDS, type Cloud } from '../cloud';
import { awsPolicyDocument, DEPLOYER_PERMISSIONS, stackPermissions } from '../review/deployer-permissions';
import { ReviewInputError } from '../review/input-file';
import { outDir, readStack, stackFile } from '../review/stack-files';
import { typedIn } from '../util/typed-in';
import { choiceFlag, parseFlags, runCli } from './usage-error';

const OPTIONS = {
  stack: { type: 'string' },
  json: { type: 'boolean' },
  policy: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

const USAGE = `Usage:
  npm run --silent permissions -- --stack aws|gcp|azure [--json]
  npm run --silent permissions -- --stack aws --policy             the same as an IAM policy document
Lists what the identity running Terraform needs for the synthesized stack (cdktf.out, or CDKTF_OUTDIR; run
npm run synth first): AWS IAM actions, GCP roles or Azure roles, each with the Terraform types that need it.`;

function text(cloud: Cloud, result: ReturnType<typeof stackPermissions>): string {
  const table = DEPLOYER_PERMISSIONS[cloud];
  return [
    `${cloud}: ${result.needs.length} ${cloud === 'aws' ? 'IAM actions' : 'roles'}, granted as ${table.howToGrant}.`,
    '',
    ...result.needs.map((permission) => `  ${permission}  (${result.why[permission].join(', ')})`),
    '',
    `Source: ${table.source}`,
  ].join('\n');
}

function main(): number {
  const values = parseFlags(OPTIONS);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.chdir(typedIn());
  const cloud = choiceFlag('stack', values.stack, CLOUDS);
  if (!cloud) throw new ReviewInputError('--stack is required: aws, gcp or azure');
  const result = stackPermissions(cloud, readStack(stackFile(outDir(), cloud)));
  // A type without an entry is the kit's gap: say so rather than print a list that is silently short.
  if (result.unknownTypes.length > 0) throw new ReviewInputError(`no permissions known for ${result.unknownTypes.join(', ')}: the kit's table (src/clouds/${cloud}/deployer-permissions.ts) lacks them`);
  if (values.policy && cloud !== 'aws') throw new ReviewInputError(`--policy is for --stack aws: ${cloud} grants roles, listed without it`);
  const output = values.policy ? JSON.stringify(awsPolicyDocument(result), null, 2) : values.json ? JSON.stringify({ cloud, ...result }, null, 2) : text(cloud, result);
  process.stdout.write(`${output}\n`);
  return 0;
}

runCli('permissions', main, (error) => (error instanceof ReviewInputError ? error.message : undefined));
