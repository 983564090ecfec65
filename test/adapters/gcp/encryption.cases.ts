import { resourcesOf, synthCloud, type TerraformJson } from '../../helpers/synth';

type Json = Record<string, any>;

const KEY = 'projects/example-ci-project/locations/us-central1/keyRings/ci/cryptoKeys/disks';

describe('GCP customer-managed key', () => {
  let plain: TerraformJson;
  let keyed: TerraformJson;
  beforeAll(() => {
    plain = synthCloud('gcp');
    keyed = synthCloud('gcp', { gcp: { kmsKey: KEY } });
  });

  it('GIVEN gcp.kmsKey WHEN synthesized THEN the services box disk and every builder template disk are encrypted with it', () => {
    const disks = Object.values(resourcesOf(keyed, 'google_compute_disk')) as Json[];
    // the boot disk and the data disk
    expect(disks.map((d) => d.disk_encryption_key)).toEqual([{ kms_key_self_link: KEY }, { kms_key_self_link: KEY }]);
    const templates = Object.values(resourcesOf(keyed, 'google_compute_instance_template')) as Json[];
    expect(templates.length).toBeGreaterThan(0);
    for (const template of templates) expect(template.disk.map((d: Json) => d.disk_encryption_key)).toEqual([{ kms_key_self_link: KEY }]);
  });

  it('GIVEN gcp.kmsKey WHEN synthesized THEN every new secret is kept in the region under the key (automatic replication would need a global key)', () => {
    const secrets = Object.values(resourcesOf(keyed, 'google_secret_manager_secret')) as Json[];
    expect(secrets).toHaveLength(4);
    for (const secret of secrets) {
      expect(secret.replication).toEqual({ user_managed: { replicas: [{ location: 'us-central1', customer_managed_encryption: { kms_key_name: KEY } }] } });
    }
  });

  it('GIVEN no key WHEN synthesized THEN disks use Google-managed keys and secrets replicate automatically', () => {
    expect((Object.values(resourcesOf(plain, 'google_compute_disk')) as Json[])[0]).not.toHaveProperty('disk_encryption_key');
    for (const secret of Object.values(resourcesOf(plain, 'google_secret_manager_secret')) as Json[]) expect(secret.replication).toEqual({ auto: {} });
  });
});
