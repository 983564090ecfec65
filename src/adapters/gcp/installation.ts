import { Construct } from 'constructs';
import { GcpApis } from './apis';
import { GcpBackup } from './backup';
import { GcpBuilderFleet } from './builder-fleet';
import { profileOf } from '../../clouds';
import { GcpCertificate } from './certificate';
import { GcpDns } from './dns';
import { GcpFirewall } from './firewall';
import { RoleIdentity } from './identity';
import { GcpNetwork, type ExistingGcpNetwork } from './network';
import type { InstallationProps } from '../shared/installation-props';
import { installationOutputs } from '../shared/outputs';
import { secretReplication } from './encryption';
import { GcpSecret } from './secrets';
import { GcpServicesBox } from './services-box';

/** Props of GcpInstallation. */
export type GcpInstallationProps = InstallationProps<'gcp', ExistingGcpNetwork>;

/**
 * The whole installation on GCP: network, firewall matrix, the services box with its backups, the builder fleet,
 * secrets, certificate, DNS and the stack's outputs.
 */
export class GcpInstallation extends Construct {
  /** The network. */
  readonly network: GcpNetwork;
  /** The services box. */
  readonly servicesBox: GcpServicesBox;
  /** The builders. */
  readonly builders: GcpBuilderFleet;

  constructor(scope: Construct, id: string, props: GcpInstallationProps) {
    super(scope, id);
    const { topology } = props;
    const prefix = topology.name;
    const project = topology.settings.project;

    // Everything in the installation waits for the APIs it calls.
    new GcpApis(this, 'apis', { project });
    this.network = new GcpNetwork(this, 'network', { topology, ...(props.existingNetwork ? { existing: props.existingNetwork } : {}) });

    const githubClientSecret = new GcpSecret(this, 'github_client_secret', {
      prefix,
      replication: secretReplication(topology),
      purpose: 'github-client-secret',
      source: topology.github.clientSecret,
      description: 'Client secret of the GitHub OAuth app',
    });
    const passphrase = new GcpSecret(this, 'secret_passphrase', {
      prefix,
      replication: secretReplication(topology),
      purpose: 'secret-passphrase',
      source: topology.secretPassphrase,
      description: 'CIRCLE_SECRET_PASSPHRASE shared by the services box and builders',
    });
    const certificate = new GcpCertificate(this, 'certificate', { topology });

    const servicesIdentity = new RoleIdentity(this, 'services_box_identity', { prefix, project, role: 'servicesBox' });
    const servicesSecrets = [githubClientSecret, passphrase, certificate.privateKey, certificate.chain];
    const servicesGrants = servicesSecrets.map((secret) => servicesIdentity.allowRead(secret));
    this.servicesBox = new GcpServicesBox(this, 'services_box', {
      topology,
      network: this.network,
      identity: servicesIdentity,
      secrets: {
        githubClientSecret: githubClientSecret.secretId,
        secretPassphrase: passphrase.secretId,
        tlsPrivateKey: certificate.privateKey.secretId,
        tlsCertificateChain: certificate.chain.secretId,
      },
      bootDependencies: [...servicesGrants, ...servicesSecrets.flatMap((secret) => (secret.version ? [secret.version] : []))],
    });
    new GcpBackup(this, 'backup', { topology, disk: this.servicesBox.disk, dataDisk: this.servicesBox.dataDisk });

    const buildersIdentity = new RoleIdentity(this, 'builders_identity', { prefix, project, role: 'builders' });
    const buildersGrant = buildersIdentity.allowRead(passphrase);
    this.builders = new GcpBuilderFleet(this, 'builders', {
      topology,
      network: this.network,
      identity: buildersIdentity,
      servicesPrivateIp: this.servicesBox.privateIp,
      passphraseSecret: passphrase.secretId,
      bootDependencies: [buildersGrant, ...(passphrase.version ? [passphrase.version] : [])],
    });

    new GcpFirewall(this, 'firewall', {
      topology,
      network: this.network.network,
      roleRanges: { servicesBox: `${this.servicesBox.privateIp}/32`, builders: this.network.subnetCidr },
      platformRules: profileOf('gcp').platformAllowances,
    });

    const dns = new GcpDns(this, 'dns', { topology, publicIp: this.servicesBox.publicIp });
    installationOutputs(this, topology, {
      publicIp: this.servicesBox.publicIp,
      privateIp: this.servicesBox.privateIp,
      builderGroupName: this.builders.group.name,
      builderGroupKind: 'regional managed instance group',
      ...(dns.zone ? { nameServers: dns.zone.nameServers } : {}),
      ...(dns.dsRecord ? { dsRecord: dns.dsRecord } : {}),
    });
  }
}
