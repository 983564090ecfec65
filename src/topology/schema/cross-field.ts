import type { z } from 'zod';
import { CLOUDS } from '../../cloud';
import { CLOUD_PROFILES } from '../../clouds';
import { BUILT_IN_CIDR_PEERS, ROLES } from '../../firewall/model';
import { buildMatrix, DEFAULT_RULE_NAMES } from '../../firewall/matrix';
import { isWorldOpen } from '../cidr';
import type { SecretRef } from '../fields';
import { cloudRuleChecks } from './cloud-rules';
import { networkReachChecks } from './network-reach';
import { regionRuleChecks } from './region-rules';
import type { TopologySpec } from './index';

/** Policy rule whose acknowledgement allows administrator ports to be open to the world. */
export const WORLD_OPEN_ADMIN_RULE = 'CIK-NET-001';

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

function checkSecret(ctx: Ctx, spec: TopologySpec, ref: SecretRef, path: (string | number)[]): void {
  if (!('existing' in ref)) return;
  for (const cloud of spec.clouds) {
    if (!ref.existing[cloud]) issue(ctx, [...path, 'existing', cloud], `is missing: ${cloud} is selected, so its existing secret is needed`);
  }
}

/**
 * Each selected cloud needs a backup id of its own shape. An id for a cloud that is not selected is ignored, as the
 * cloud sections and the secrets' `existing` ids are, so one file can name a backup on every cloud it may restore to.
 */
function checkRestoreFrom(ctx: Ctx, spec: TopologySpec): void {
  const restore = spec.servicesBox.restoreFrom;
  if (!restore) return;
  for (const cloud of spec.clouds) {
    const id = restore[cloud];
    const { allowed, pattern } = CLOUD_PROFILES[cloud].backup.restoreFrom;
    const path = ['servicesBox', 'restoreFrom', cloud];
    if (id === undefined) issue(ctx, path, `is missing: ${cloud} is selected, so the restore needs its backup id (${allowed})`);
    else if (!pattern.test(id)) issue(ctx, path, `is ${JSON.stringify(id)}; expected ${allowed}`);
  }
}

/** Rules that span several fields: what one field's schema cannot say alone. */
export function crossFieldChecks(spec: TopologySpec, ctx: Ctx): void {
  for (const cloud of CLOUDS) {
    if (spec.clouds.includes(cloud) && !spec[cloud]) issue(ctx, [cloud], `is missing: clouds includes ${cloud}, so the ${cloud} section is required`);
  }

  const { builders, servicesBox } = spec;
  if (builders.containers === undefined && builders.count === undefined) {
    issue(ctx, ['builders'], 'needs containers (target concurrency) or count (fixed builders)');
  }
  if (builders.containers !== undefined && builders.count !== undefined) {
    issue(ctx, ['builders', 'count'], 'cannot be given together with builders.containers; choose one');
  }
  if (builders.count !== undefined) {
    for (const cloud of spec.clouds) {
      if (spec[cloud] && !spec[cloud]?.builders.instanceType) {
        issue(ctx, [cloud, 'builders', 'instanceType'], 'is required when builders.count fixes the number of builders');
      }
    }
  }
  if (builders.spot && builders.count !== undefined && builders.spot.onDemandBase > builders.count) {
    issue(ctx, ['builders', 'spot', 'onDemandBase'], `is more than builders.count (${builders.count})`);
  }
  if (builders.schedule && builders.schedule.start >= builders.schedule.end) {
    issue(ctx, ['builders', 'schedule', 'end'], `must be after start (${builders.schedule.start})`);
  }

  if (servicesBox.dailyActiveUsers !== undefined && (servicesBox.vcpus !== undefined || servicesBox.memoryGiB !== undefined)) {
    issue(ctx, ['servicesBox', 'dailyActiveUsers'], 'cannot be given together with vcpus / memoryGiB; choose one way to size the box');
  }
  if ((servicesBox.vcpus === undefined) !== (servicesBox.memoryGiB === undefined)) {
    issue(ctx, ['servicesBox', servicesBox.vcpus === undefined ? 'vcpus' : 'memoryGiB'], 'is required together with the other of vcpus / memoryGiB');
  }
  checkRestoreFrom(ctx, spec);
  if (!servicesBox.protection && !spec.throwaway) {
    issue(ctx, ['servicesBox', 'protection'], 'may be false only in a throwaway installation (set throwaway: true)');
  }

  const acknowledged = new Set(spec.acknowledgements.map((a) => a.rule));
  spec.network.administrators.forEach((cidr, index) => {
    if (isWorldOpen(cidr) && !acknowledged.has(WORLD_OPEN_ADMIN_RULE)) {
      issue(ctx, ['network', 'administrators', index], `opens SSH and the admin console to the whole internet; list your admin networks, or acknowledge ${WORLD_OPEN_ADMIN_RULE} with a reason`);
    }
  });

  const peerNames = new Set<string>([...ROLES, ...BUILT_IN_CIDR_PEERS]);
  for (const name of Object.keys(spec.network.peers)) {
    if (peerNames.has(name)) issue(ctx, ['network', 'peers', name], 'is a built-in peer name; choose another');
  }
  const knownPeers = new Set([...peerNames, ...Object.keys(spec.network.peers)]);
  const ruleNames = new Set(DEFAULT_RULE_NAMES);
  spec.firewall.add.forEach((rule, index) => {
    if (!knownPeers.has(rule.peer)) {
      issue(ctx, ['firewall', 'add', index, 'peer'], `is not a known peer (allowed: ${[...knownPeers].join(', ')})`);
    }
    if (ruleNames.has(rule.name)) issue(ctx, ['firewall', 'add', index, 'name'], 'is already the name of another rule');
    ruleNames.add(rule.name);
  });
  // The matrix names the egress side of every role-to-role rule itself (`builders-to-<rule>`): a rule may not take
  // such a name, or two firewall rules would share one Terraform address.
  const added = spec.firewall.add.map((rule) => ({ ...rule, origin: 'user' as const }));
  const implied = new Map(buildMatrix({}, { add: added, remove: spec.firewall.remove }).rules.filter((r) => r.origin === 'implied').map((r) => [r.name, r]));
  spec.firewall.add.forEach((rule, index) => {
    const twin = implied.get(rule.name);
    if (twin) issue(ctx, ['firewall', 'add', index, 'name'], `is taken: the matrix gives it to the egress side of rule ${twin.name.slice(twin.name.indexOf('-to-') + 4)}; choose another name`);
  });
  spec.firewall.remove.forEach((name, index) => {
    if (!DEFAULT_RULE_NAMES.includes(name)) {
      issue(ctx, ['firewall', 'remove', index], `is not a default rule (allowed: ${DEFAULT_RULE_NAMES.join(', ')})`);
    }
  });

  // CircleCI's own builder install is x86_64 in every release: on arm64 it would boot and never run a build.
  if (builders.arch === 'arm64' && builders.install.method === 'documented') {
    issue(ctx, ['builders', 'install', 'method'], 'is documented (CircleCI\'s own builder install, x86_64 only) while builders.arch is arm64: give commands of your own that install an arm64 builder, or none for an image that holds one, or use x86_64');
  }

  checkSecret(ctx, spec, spec.github.clientSecret, ['github', 'clientSecret']);
  checkSecret(ctx, spec, spec.secretPassphrase, ['secretPassphrase']);
  if (spec.certificate.mode === 'provided') {
    checkSecret(ctx, spec, spec.certificate.privateKey, ['certificate', 'privateKey']);
    checkSecret(ctx, spec, spec.certificate.chain, ['certificate', 'chain']);
  }

  if (spec.clouds.includes('gcp') && spec.gcp && !spec.dns.create && !spec.gcp.dns.managedZone) {
    issue(ctx, ['gcp', 'dns', 'managedZone'], 'is required unless dns.create is true (Cloud DNS zones are referenced by name)');
  }
  if (spec.clouds.includes('azure') && spec.azure) {
    if (!spec.dns.create && !spec.azure.dns.resourceGroup) {
      issue(ctx, ['azure', 'dns', 'resourceGroup'], 'is required unless dns.create is true (the existing zone’s resource group)');
    }
    if (spec.ssh.publicKeys.length === 0) {
      issue(ctx, ['ssh', 'publicKeys'], 'needs at least one key on Azure (password authentication is disabled)');
    }
  }
  // A parent zone delegates a name to one set of name servers: zones for the same name on several clouds would each
  // hold their own A record, and resolvers would answer from whichever zone the parent happens to name.
  if (spec.dns.create && spec.clouds.length > 1) {
    issue(ctx, ['dns', 'create'], `may be true with one cloud only (clouds are ${spec.clouds.join(', ')}): a parent zone delegates a name to one set of name servers; select one cloud, or use an existing zone (dns.create: false) on each`);
  }
  const zone = spec.dns.zone;
  if (zone && spec.domain !== zone && !spec.domain.endsWith(`.${zone}`)) {
    issue(ctx, ['dns', 'zone'], `must be ${spec.domain} or one of its parents`);
  }
  networkReachChecks(spec, ctx);
  regionRuleChecks(spec, ctx);
  cloudRuleChecks(spec, ctx);
}
