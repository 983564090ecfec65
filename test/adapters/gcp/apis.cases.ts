import { CLOUD_PROFILES } from '../../../src/clouds';
import { resourcesOf, synthCloud, type TerraformJson } from '../../helpers/synth';

describe('GCP APIs', () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = synthCloud('gcp', {
      firewall: { remove: ['builders-all-builders'] },
      gcp: { network: { existing: { network: 'shared', subnetwork: 'projects/example-ci-project/regions/us-central1/subnetworks/ci' } }, servicesBox: { privateIp: '10.2.0.25' } },
    });
  });

  it('GIVEN a new project WHEN synthesized THEN every API the stack calls is enabled, and left on when the stack goes', () => {
    const services = Object.values(resourcesOf(json, 'google_project_service'));
    expect(services.map((s) => s.service).sort()).toEqual([...CLOUD_PROFILES.gcp.requiredApis].sort());
    expect(services.map((s) => s.service)).toEqual(expect.arrayContaining(['compute.googleapis.com', 'iam.googleapis.com', 'cloudresourcemanager.googleapis.com', 'dns.googleapis.com']));
    for (const service of services) expect(service).toMatchObject({ project: 'example-ci-project', disable_on_destroy: false });
  });

  it('GIVEN the stack WHEN synthesized THEN every other resource and data source waits for every API', () => {
    const apis = Object.keys(resourcesOf(json, 'google_project_service')).map((name) => `google_project_service.${name}`);
    const blocks = [
      ...Object.entries(json.resource ?? {}).filter(([type]) => type !== 'google_project_service').flatMap(([type, byName]) => Object.entries(byName).map(([name, r]) => [`${type}.${name}`, r] as const)),
      ...Object.entries(json.data ?? {}).flatMap(([type, byName]) => Object.entries(byName).map(([name, r]) => [`data.${type}.${name}`, r] as const)),
    ];
    expect(blocks.length).toBeGreaterThan(40);
    const waiting = blocks.filter(([, block]) => apis.every((api) => ((block.depends_on as string[] | undefined) ?? []).includes(api)));
    expect(blocks.filter((block) => !waiting.includes(block)).map(([address]) => address)).toEqual([]);
  });
});
