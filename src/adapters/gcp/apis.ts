import { ProjectService } from '@cdktf/provider-google/lib/project-service';
import { Aspects, dependable, TerraformDataSource, TerraformResource, type IAspect } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import { profileOf } from '../../clouds';

/** Props of GcpApis. */
export interface GcpApisProps {
  /** The GCP project. */
  readonly project: string;
}

/** Makes every resource and data source it visits wait for the APIs, so no call meets SERVICE_DISABLED. */
class WaitForApis implements IAspect {
  constructor(private readonly services: readonly ProjectService[]) {}

  visit(node: IConstruct): void {
    if (node instanceof ProjectService || !(node instanceof TerraformResource || node instanceof TerraformDataSource)) return;
    // As the constructors write dependsOn: a dependable token, which Terraform JSON renders as a bare address.
    node.dependsOn = [...(node.dependsOn ?? []), ...this.services.map((service) => dependable(service))];
  }
}

/**
 * Turns on every API the stack calls (the GCP profile's required APIs), and makes everything in `scope` wait for
 * them: a new project has only a few on, and the first call to another fails with SERVICE_DISABLED. Left on when the
 * stack is destroyed: other workloads in the project may use them.
 */
export class GcpApis extends Construct {
  /** The enabled services. */
  readonly services: ProjectService[];

  constructor(scope: Construct, id: string, props: GcpApisProps) {
    super(scope, id);
    this.services = profileOf('gcp').requiredApis.map(
      (service) => new ProjectService(this, service.split('.')[0], { project: props.project, service, disableOnDestroy: false }),
    );
    Aspects.of(scope).add(new WaitForApis(this.services));
  }
}
