import { relative, resolve } from 'node:path';
import { App, AzurermBackend, GcsBackend, LocalBackend, S3Backend, type TerraformStack } from 'cdktf';
import type { ResolvedTopology } from '../src/topology/resolved';

/**
 * Local state in the project folder (the folder the app runs in: cdktf.json's, or the package root under npm), as
 * Terraform reads it: relative to the stack's working folder `<outdir>/stacks/<id>`, computed from wherever the output
 * folder is (relative, nested or absolute), so the state never lands outside the project.
 */
export function localStatePath(outdir: string, stackId: string, name: string, projectFolder: string = process.cwd()): string {
  const workingFolder = resolve(outdir, 'stacks', stackId);
  return relative(workingFolder, resolve(projectFolder, `terraform.${name}.${stackId}.tfstate`));
}

/**
 * The stack's state backend: the remote backend the topology names for the cloud, else local state kept in the
 * project folder, outside cdktf.out, so that a fresh synth never touches it. Default keys and paths hold the
 * installation's name, so staging and production described side by side never share a state.
 */
export function configureBackend(stack: TerraformStack, stackId: string, topology: ResolvedTopology): void {
  const backend = topology.settings.backend;
  const key = `circleci/${topology.name}/${stackId}`;
  if (backend && 's3' in backend) {
    const s3 = new S3Backend(stack, {
      bucket: backend.s3.bucket,
      key: backend.s3.key ?? `${key}.tfstate`,
      region: backend.s3.region ?? topology.region,
      encrypt: true,
      ...(backend.s3.dynamodbTable ? { dynamodbTable: backend.s3.dynamodbTable } : {}),
    });
    // S3 native locking (Terraform >= 1.10); cdktf 0.21's S3BackendConfig predates the argument.
    if (!backend.s3.dynamodbTable) s3.addOverride('use_lockfile', true);
  } else if (backend && 'gcs' in backend) {
    new GcsBackend(stack, { bucket: backend.gcs.bucket, prefix: backend.gcs.prefix ?? key });
  } else if (backend && 'azurerm' in backend) {
    new AzurermBackend(stack, { ...backend.azurerm, key: backend.azurerm.key ?? `${key}.tfstate` });
  } else {
    new LocalBackend(stack, { path: localStatePath(App.of(stack).outdir, stackId, topology.name) });
  }
}
