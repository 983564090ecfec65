import { Construct } from 'constructs';
import type { InstallationProps } from '../shared/installation-props';
import { AwsAccount } from './account';
import { servicesBoxBackup } from './services-box-backup';
import { AwsBuilderFleet } from './builder-fleet';
import { AwsCertificate } from './certificate';
import { AwsDns } from './dns';
import { AwsFirewall } from './firewall';
import { AwsImages } from './images';
import { AwsNetwork, type AwsExistingNetwork } from './network';
import { installationOutputs } from '../shared/outputs';
import { AwsSecrets } from './secrets';
import { AwsServicesBox } from './services-box';

/** Props of AwsInstallation. */
export interface AwsInstallationProps extends InstallationProps<'aws', AwsExistingNetwork> {
  /** Root volume of each builder, GiB. @default 100 */
  readonly builderDiskGiB?: number;
}

/**
 * A whole CircleCI-style installation on AWS from one resolved topology: network, the firewall matrix as security
 * groups, secrets and certificate in Secrets Manager, the services box with its Elastic IP and snapshots, the
 * builder fleet with graceful drain, the DNS record, and the outputs.
 */
export class AwsInstallation extends Construct {
  /** The network the installation lives in. */
  readonly network: AwsNetwork;
  /** The services box. */
  readonly servicesBox: AwsServicesBox;
  /** The builder fleet. */
  readonly builders: AwsBuilderFleet;

  constructor(scope: Construct, id: string, props: AwsInstallationProps) {
    super(scope, id);
    const { topology } = props;
    this.network = new AwsNetwork(this, 'network', { topology, ...(props.existingNetwork ? { existing: props.existingNetwork } : {}) });
    const firewall = new AwsFirewall(this, 'firewall', { topology, vpcId: this.network.vpcId });
    const secrets = new AwsSecrets(this, 'secrets', { topology });
    const certificate = new AwsCertificate(this, 'certificate', { topology });
    const images = new AwsImages(this, 'images');
    const account = new AwsAccount(this, 'account');

    this.servicesBox = new AwsServicesBox(this, 'services_box', {
      topology,
      subnetId: this.network.servicesSubnetId,
      privateIp: this.network.servicesPrivateIp,
      availabilityZone: this.network.servicesAvailabilityZone,
      securityGroupId: firewall.securityGroupIds.servicesBox,
      images,
      route: this.network.servicesRoute,
      secrets: {
        githubClientSecret: secrets.githubClientSecretArn,
        passphrase: secrets.passphraseArn,
        tlsPrivateKey: certificate.privateKeyArn,
        tlsCertificateChain: certificate.chainArn,
      },
    });
    servicesBoxBackup(this, 'services_box_backup', { topology, partition: account.partition });

    this.builders = new AwsBuilderFleet(this, 'builders', {
      topology,
      subnetIds: this.network.builderSubnetIds,
      publicAddresses: this.network.buildersPublic,
      securityGroupId: firewall.securityGroupIds.builders,
      servicesPrivateIp: this.network.servicesPrivateIp,
      passphraseArn: secrets.passphraseArn,
      images,
      account,
      launchAfter: [this.servicesBox.instance, ...this.network.buildersRoute],
      ...(props.builderDiskGiB ? { diskGiB: props.builderDiskGiB } : {}),
    });

    const dns = new AwsDns(this, 'dns', { topology, publicIp: this.servicesBox.publicIp.publicIp, account });
    installationOutputs(this, topology, {
      publicIp: this.servicesBox.publicIp.publicIp,
      privateIp: this.servicesBox.instance.privateIp,
      builderGroupName: this.builders.group.name,
      builderGroupKind: 'Auto Scaling group',
      ...(dns.nameServers ? { nameServers: dns.nameServers } : {}),
      ...(dns.dsRecord ? { dsRecord: dns.dsRecord } : {}),
    });
  }
}
