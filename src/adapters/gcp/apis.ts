import { ProjectService } from '@cdktf/provider-google/lib/project-service';
import { Construct } from 'constructs';
import { profileOf } from '../../clouds';


/** Props of GcpApis. */
export interface GcpApisProps {
  /** The GCP project. */
  readonly project: string;
}

/** Turns on the APIs the boxes need. Left on when the stack is destroyed: other workloads in the project may use them. */
export class GcpApis extends Construct {
  /** The enabled services. */
  readonly services: ProjectService[];

  constructor(scope: Construct, id: string, props: GcpApisProps) {
    super(scope, id);
    this.services = profileOf('gcp').requiredApis.map(
      (service) => new ProjectService(this, service.split('.')[0], { project: props.project, service, disableOnDestroy: false }),
    );
  }
}
