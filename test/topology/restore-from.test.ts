import { parseTopology } from '../../src/topology';
import { resolveTopology as resolve } from '../../src/topology/resolve';
import { RESTORE_FROM } from '../helpers/restore';
import { defaultTopologyData, issueAt, merge } from '../helpers/topology';

describe('servicesBox.restoreFrom', () => {
  it('GIVEN a backup id for every selected cloud THEN each cloud resolves its own', () => {
    const spec = parseTopology(merge(defaultTopologyData(), { servicesBox: { restoreFrom: RESTORE_FROM } }));
    expect(resolve(spec, 'aws').servicesBox.restoreFrom).toBe(RESTORE_FROM.aws);
    expect(resolve(spec, 'gcp').servicesBox.restoreFrom).toBe(RESTORE_FROM.gcp);
    expect(resolve(spec, 'azure').servicesBox.restoreFrom).toBe(RESTORE_FROM.azure);
  });

  it('GIVEN no restoreFrom THEN no cloud restores', () => {
    expect(resolve(parseTopology(defaultTopologyData()), 'aws').servicesBox.restoreFrom).toBeUndefined();
  });

  it('GIVEN a selected cloud without an id THEN it is refused at that cloud’s field, saying what is needed', () => {
    const issue = issueAt({ servicesBox: { restoreFrom: { aws: RESTORE_FROM.aws, gcp: RESTORE_FROM.gcp } } }, 'servicesBox.restoreFrom.azure');
    expect(issue.message).toMatch(/is missing: azure is selected, so the restore needs its backup id \(a snapshot or managed disk id/);
  });

  it.each([
    ['aws', 'snap-123', /expected an EBS snapshot id/],
    ['aws', 'ami-0123456789abcdef0', /expected an EBS snapshot id/],
    ['gcp', 'global/snapshots/ci-data', /expected a snapshot as projects\/<project>\/global\/snapshots\/<name>/],
    ['gcp', 'projects/example-ci-project/global/images/ci-data', /expected a snapshot as/],
    ['azure', '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ci/providers/Microsoft.Compute/virtualMachines/box', /expected a snapshot or managed disk id/],
    ['azure', 'ci-services-box-data-1', /expected a snapshot or managed disk id/],
  ])('GIVEN a malformed %s id %s THEN it is refused naming the field and the value', (cloud, id, message) => {
    const issue = issueAt({ servicesBox: { restoreFrom: { ...RESTORE_FROM, [cloud]: id } } }, `servicesBox.restoreFrom.${cloud}`);
    expect(issue.message).toContain(JSON.stringify(id));
    expect(issue.message).toMatch(message);
  });

  it('GIVEN an id for a cloud that is not selected THEN it is ignored, like that cloud’s section', () => {
    const spec = parseTopology(merge(defaultTopologyData(), { clouds: ['aws'], servicesBox: { restoreFrom: { aws: RESTORE_FROM.aws, gcp: 'not checked' } } }));
    expect(resolve(spec, 'aws').servicesBox.restoreFrom).toBe(RESTORE_FROM.aws);
  });

  it('GIVEN an Azure managed disk id (a disk Azure Backup restored) THEN it is taken', () => {
    const disk = RESTORE_FROM.azure.replace('/snapshots/', '/disks/');
    expect(resolve(parseTopology(merge(defaultTopologyData(), { servicesBox: { restoreFrom: { ...RESTORE_FROM, azure: disk } } })), 'azure').servicesBox.restoreFrom).toBe(disk);
  });
});
