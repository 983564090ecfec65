import { z } from 'zod';
import { cidr, ipv4Address, ipv4Network, positiveInt } from '../fields';
import { SMALLEST_NETWORK } from '../subnet-layout';

const families = z
  .strictObject({
    allow: z.array(z.string().min(1)).min(1).optional().meta({ description: 'Only these families, e.g. [m6i, c6i].' }),
    deny: z.array(z.string().min(1)).optional().meta({ description: 'Never these families.' }),
  })
  .optional();

const instanceOverrides = (what: string) =>
  z
    .strictObject({
      instanceType: z.string().min(1).optional().meta({ description: `Pins the ${what} instance type; must be in the kit's catalog.` }),
      image: z.string().min(1).optional().meta({ description: 'Image / AMI instead of the latest Ubuntu LTS.' }),
      families,
    })
    .default({});

const servicesOverrides = z
  .strictObject({
    instanceType: z.string().min(1).optional().meta({ description: 'Pins the services box instance type.' }),
    image: z.string().min(1).optional().meta({ description: 'Image / AMI instead of the latest Ubuntu LTS.' }),
    privateIp: ipv4Address.optional().meta({ description: 'Fixed private IP; default the 10th address of the subnet the kit makes; required with an existing network.' }),
  })
  .default({});

const azureSubnetId = z.string().regex(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+\/subnets\/[^/]+$/i, {
  message: 'must be a subnet id /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<name>',
});

/** A KMS key by ARN: a key id (UUID) or a multi-Region key id (mrk-…); the alias form is refused, as EBS and Secrets Manager keep the ARN they are given. */
const awsKmsKeyArn = z.string().regex(/^arn:aws(-cn|-us-gov)?:kms:[a-z]{2}(-gov)?-[a-z]+-\d:\d{12}:key\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/, {
  message: 'must be a KMS key ARN arn:aws:kms:<region>:<account>:key/<key id>',
});

/** A Cloud KMS crypto key by resource name (no version: disks and secrets use its primary version). */
export const GCP_KMS_KEY = /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/locations\/([a-z0-9-]+)\/keyRings\/[\w-]{1,63}\/cryptoKeys\/[\w-]{1,63}$/;

const azureDiskEncryptionSetId = z.string().regex(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/diskEncryptionSets\/[^/]+$/i, {
  message: 'must be a disk encryption set id /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Compute/diskEncryptionSets/<name>',
});

const awsRegion = z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, { message: 'must be an AWS region such as us-east-1' });

/** AWS: region, network, DNS zone, state backend and per-role overrides. */
export const awsSchema = z
  .strictObject({
    region: awsRegion,
    network: z
      .strictObject({
        vpcCidr: ipv4Network({ largest: 16, smallest: SMALLEST_NETWORK.aws }, 'AWS VPCs are /16 to /28 and the kit carves 16 subnets from it').default('10.40.0.0/16').meta({ description: 'CIDR of the new VPC.' }),
        availabilityZones: positiveInt.min(2).max(6).default(2),
        privateBuilders: z.boolean().default(false).meta({ description: 'Builders in private subnets behind a NAT gateway.' }),
        existing: z
          .strictObject({
            vpcId: z.string().regex(/^vpc-[0-9a-f]{8,17}$/, { message: 'must be a VPC id such as vpc-0abc12345' }),
            subnetIds: z.array(z.string().regex(/^subnet-[0-9a-f]{8,17}$/, { message: 'must be a subnet id' })).min(1),
            builderSubnetIds: z.array(z.string().regex(/^subnet-[0-9a-f]{8,17}$/, { message: 'must be a subnet id' })).min(1).optional(),
          })
          .optional()
          .meta({ description: 'Use an existing VPC and subnets instead of creating them.' }),
      })
      .default({ vpcCidr: '10.40.0.0/16', availabilityZones: 2, privateBuilders: false }),
    servicesBox: servicesOverrides,
    builders: instanceOverrides('builder'),
    keyName: z.string().min(1).optional().meta({ description: 'Existing EC2 key pair for SSH.' }),
    kmsKeyArn: awsKmsKeyArn
      .optional()
      .meta({ description: 'Customer-managed KMS key (in aws.region) for the secrets, EBS volumes and flow log; default AWS-managed keys.' }),
    dns: z
      .strictObject({
        zoneId: z.string().regex(/^Z[A-Z0-9]{4,32}$/, { message: 'must be a Route 53 hosted zone id' }).optional(),
      })
      .default({})
      .meta({ description: 'Route 53 zone: by id, else looked up by dns.zone, else created when dns.create is true.' }),
    backend: z
      .strictObject({
        s3: z.strictObject({
          bucket: z.string().min(3),
          key: z.string().min(1).optional().meta({ description: 'State object key; default circleci/<name>/aws.tfstate.' }),
          region: awsRegion.optional(),
          dynamodbTable: z.string().min(1).optional().meta({ description: 'Legacy lock table; default S3 native locking.' }),
        }),
      })
      .optional()
      .meta({ description: 'Remote state in S3 with locking; default local state.' }),
  })
  .meta({ description: 'AWS settings; required when clouds includes aws.' });

/** GCP: project, region, network, DNS zone, state backend and per-role overrides. */
export const gcpSchema = z
  .strictObject({
    project: z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, { message: 'must be a GCP project id' }),
    region: z.string().regex(/^[a-z]+-[a-z]+\d+$/, { message: 'must be a GCP region such as us-central1' }),
    network: z
      .strictObject({
        subnetCidr: ipv4Network({ smallest: SMALLEST_NETWORK.gcp }, 'the services box takes its 10th address, after the 4 GCP reserves').default('10.50.0.0/20'),
        privateBuilders: z.boolean().default(false).meta({ description: 'Builders without external addresses, behind Cloud NAT.' }),
        existing: z
          .strictObject({ network: z.string().min(1), subnetwork: z.string().min(1) })
          .optional()
          .meta({
            description:
              'Use an existing VPC network and subnetwork: the subnetwork by name, projects/<p>/regions/<r>/subnetworks/<name> or its https link; builders-to-builders rules are refused there.',
          }),
      })
      .default({ subnetCidr: '10.50.0.0/20', privateBuilders: false }),
    servicesBox: servicesOverrides,
    builders: instanceOverrides('builder machine'),
    kmsKey: z
      .string()
      .regex(GCP_KMS_KEY, { message: 'must be a Cloud KMS key projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>' })
      .optional()
      .meta({ description: 'Customer-managed Cloud KMS key (in gcp.region) for the disks and secrets; default Google-managed keys.' }),
    dns: z
      .strictObject({ managedZone: z.string().min(1).optional().meta({ description: 'Cloud DNS managed zone name.' }) })
      .default({}),
    backend: z
      .strictObject({
        gcs: z.strictObject({
          bucket: z.string().min(3),
          prefix: z.string().min(1).optional().meta({ description: 'State prefix; default circleci/<name>/gcp.' }),
        }),
      })
      .optional(),
  })
  .meta({ description: 'GCP settings; required when clouds includes gcp.' });

/** Azure: location, resource group, network, DNS zone, state backend and per-role overrides. */
export const azureSchema = z
  .strictObject({
    location: z.string().regex(/^[a-z]+[a-z0-9]*$/, { message: 'must be an Azure location such as eastus' }),
    subscriptionId: z
      .uuid()
      .optional()
      .meta({ description: 'Subscription to deploy into; default the ARM_SUBSCRIPTION_ID environment variable.' }),
    resourceGroup: z.string().regex(/^[-\w._()]{1,89}[-\w_()]$/, { message: 'must be a resource group name' }).optional(),
    zones: z.array(z.enum(['1', '2', '3'])).optional().meta({ description: 'Availability zones for builders; default every zone of the location (none where it has none).' }),
    network: z
      .strictObject({
        vnetCidr: ipv4Network({ smallest: SMALLEST_NETWORK.azure }, 'it holds a services and a builders subnet').default('10.60.0.0/16'),
        privateBuilders: z
          .boolean()
          .default(false)
          .meta({ description: 'Builders without public IPs, behind a NAT gateway; an existing builders subnet must already have outbound access.' }),
        existing: z
          .strictObject({
            servicesSubnetId: azureSubnetId,
            buildersSubnetId: azureSubnetId,
          })
          .optional(),
      })
      .default({ vnetCidr: '10.60.0.0/16', privateBuilders: false }),
    servicesBox: servicesOverrides,
    builders: instanceOverrides('builder VM size'),
    diskEncryptionSetId: azureDiskEncryptionSetId
      .optional()
      .meta({ description: 'Existing disk encryption set (a Key Vault key) for the OS disks; default platform-managed keys.' }),
    keyVault: z
      .strictObject({
        deployerAddresses: z
          .array(cidr)
          .default([])
          .meta({
            description:
              'Public IPv4 ranges (x.x.x.x/32 for one address) Terraform runs from, admitted to the Key Vault firewall next to network.administrators: Terraform writes and reads the secrets over the vault’s data plane.',
          }),
      })
      .default({ deployerAddresses: [] }),
    dns: z
      .strictObject({ resourceGroup: z.string().min(1).optional().meta({ description: 'Resource group of the existing DNS zone.' }) })
      .default({}),
    backend: z
      .strictObject({
        azurerm: z.strictObject({
          resourceGroupName: z.string().min(1),
          storageAccountName: z.string().regex(/^[a-z0-9]{3,24}$/),
          containerName: z.string().min(3),
          key: z.string().min(1).optional().meta({ description: 'State blob name; default circleci/<name>/azure.tfstate.' }),
        }),
      })
      .optional(),
  })
  .meta({ description: 'Azure settings; required when clouds includes azure.' });
