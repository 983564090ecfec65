import { policyContextFromMatrix, runPolicies } from '../../../src/review/policy';
import { parseTopology, resolveAll } from '../../../src/topology';
import { defaultTopologyData, merge } from '../../helpers/topology';
import type { TerraformJson } from '../../helpers/synth';
import { rendered, type Model, type Row } from '../cells';
import { modelOf } from '../stacks';
import { all, one } from '../terraform';
import { byCloud, everywhere, metaEverywhere } from './helpers';

/** The findings of the policy pack the topology's acknowledgements accept, as rule: reason. */
function acknowledgedFindings(json: TerraformJson, model: Model): string[] {
  const result = runPolicies(json, model.cloud, policyContextFromMatrix(model.resolved.firewall), model.resolved.acknowledgements);
  return [...new Set(result.findings.filter((f) => f.acknowledged !== undefined).map((f) => `${f.rule}: ${f.acknowledged}`))].sort();
}

const NET_001 = 'CIK-NET-001: A throwaway installation administered from anywhere, behind SSH keys only.';

/** The file's top level: identity, selection, tags, acknowledgements. */
export const TOPOLOGY_ROWS: readonly Row[] = [
  {
    path: '$schema',
    ...metaEverywhere('editors only', 'read by editors for completion; the topology resolves the same with it', ({ cloud, resolved }) => {
      expect(modelOf('default', cloud, { $schema: './topology.schema.json' }).resolved).toEqual(resolved);
    }),
  },
  {
    path: 'name',
    ...everywhere(
      'everything',
      { aws: 'prefix of every name (`ci-all-builders` group)', gcp: 'prefix of every name (`ci-all-services-box` VM)', azure: 'prefix of every name (`ci-all-services-box` VM)' },
      (json, { cloud }) =>
        byCloud(cloud, {
          aws: () => one(json, 'aws_autoscaling_group').name,
          gcp: () => one(json, 'google_compute_instance').name,
          azure: () => one(json, 'azurerm_linux_virtual_machine').name,
        }),
      ({ cloud, spec }: Model) => (cloud === 'aws' ? `${spec.name}-builders` : `${spec.name}-services-box`),
    ),
  },
  {
    path: 'domain',
    ...everywhere(
      'everything',
      { aws: '`aws_route53_record.name`', gcp: '`google_dns_record_set.name`', azure: '`azurerm_dns_a_record` name in its zone' },
      (json, { cloud }) =>
        byCloud(cloud, {
          aws: () => one(json, 'aws_route53_record').name,
          gcp: () => String(one(json, 'google_dns_record_set').name).replace(/\.$/, ''),
          azure: () => `${one(json, 'azurerm_dns_a_record').name}.${one(json, 'azurerm_dns_zone').name}`,
        }),
      ({ spec }: Model) => spec.domain,
    ),
  },
  {
    path: 'clouds',
    ...metaEverywhere('selects the stacks', 'selects which stacks are synthesized; nothing inside a stack', ({ cloud }) => {
      const only = parseTopology(merge(defaultTopologyData(), { clouds: [cloud] }));
      expect(resolveAll(only).map((topology) => topology.cloud)).toEqual([cloud]);
    }),
  },
  {
    path: 'throwaway',
    aws: rendered(
      'alternatives',
      'secrets deleted at once (`recovery_window_in_days = 0`); root volume `delete_on_termination`; no final snapshot of the data volume; backups in an AWS Backup vault with `force_destroy` instead of DLM snapshots, which outlive their policy',
      (json) => [
        [...new Set(all(json, 'aws_secretsmanager_secret').map((s) => s.recovery_window_in_days))],
        one(json, 'aws_instance').root_block_device.delete_on_termination,
        one(json, 'aws_ebs_volume').final_snapshot,
        one(json, 'aws_backup_vault').force_destroy,
        all(json, 'aws_dlm_lifecycle_policy').length,
      ],
      [[0], true, false, true, 0],
    ),
    gcp: rendered(
      'alternatives',
      'snapshots expire after the disk is deleted (`on_source_disk_delete = APPLY_RETENTION_POLICY`)',
      (json) => one(json, 'google_compute_resource_policy').snapshot_schedule_policy.retention_policy.on_source_disk_delete,
      'APPLY_RETENTION_POLICY',
    ),
    azure: rendered(
      'alternatives',
      'Key Vault soft delete 7 days without purge protection, backup vault soft delete off',
      (json) => [one(json, 'azurerm_key_vault').soft_delete_retention_days, one(json, 'azurerm_key_vault').purge_protection_enabled, one(json, 'azurerm_recovery_services_vault').soft_delete_enabled],
      [7, false, false],
    ),
  },
  {
    path: 'tags',
    ...everywhere(
      'everything',
      { aws: 'provider `default_tags`', gcp: 'provider `default_labels`', azure: '`tags` of every resource' },
      (json, { cloud }) =>
        byCloud(cloud, {
          aws: () => (json.provider?.aws?.[0] as { default_tags: { tags: Record<string, string> }[] }).default_tags[0].tags.owner,
          gcp: () => (json.provider?.google?.[0] as { default_labels: Record<string, string> }).default_labels.owner,
          azure: () => one(json, 'azurerm_resource_group').tags.owner,
        }),
      'build-infrastructure',
    ),
  },
  {
    path: 'acknowledgements[].rule',
    ...everywhere(
      'alternatives',
      { aws: 'review: the rule’s findings are accepted', gcp: 'review: the rule’s findings are accepted', azure: 'review: the rule’s findings are accepted' },
      (json, model) => acknowledgedFindings(json, model).filter((finding) => finding.startsWith('CIK-NET-001')).length > 0,
      true,
    ),
  },
  {
    path: 'acknowledgements[].reason',
    ...everywhere(
      'alternatives',
      { aws: 'review: shown with the accepted finding', gcp: 'review: shown with the accepted finding', azure: 'review: shown with the accepted finding' },
      (json, model) => acknowledgedFindings(json, model).filter((finding) => finding.startsWith('CIK-NET-001')),
      [NET_001],
    ),
  },
];
