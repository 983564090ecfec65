import { resourcesOf, synthCloud } from '../../helpers/synth';

type Json = Record<string, any>;

const SENTINEL = 'projects/example-ci-project/secrets/sentinel';
const PEM = /-----BEGIN [A-Z ]*-----/;

describe('GCP secrets', () => {
  it('turns every secret variable into a sensitive variable stored in Secret Manager, never a literal', () => {
    // GIVEN the default topology (secrets from variables) WHEN synthesized
    const json = synthCloud('gcp');
    // THEN the four variables exist, all sensitive
    expect(Object.keys(json.variable ?? {}).sort()).toEqual(['circle_secret_passphrase', 'github_client_secret', 'tls_certificate_chain', 'tls_private_key']);
    for (const variable of Object.values(json.variable ?? {})) expect(variable).toMatchObject({ type: 'string', sensitive: true });
    // AND each secret version writes a variable reference write-only, never kept in state, at version 1
    const versions = Object.values(resourcesOf(json, 'google_secret_manager_secret_version')) as Json[];
    expect(versions.map((v) => [v.secret_data_wo, v.secret_data_wo_version, v.secret_data]).sort()).toEqual([
      ['${var.circle_secret_passphrase}', 1, undefined],
      ['${var.github_client_secret}', 1, undefined],
      ['${var.tls_certificate_chain}', 1, undefined],
      ['${var.tls_private_key}', 1, undefined],
    ]);
    expect(JSON.stringify(json)).not.toMatch(PEM);
  });

  it('uses existing secrets by name: no variable, no new secret, grants on those secrets only', () => {
    // GIVEN every secret as an existing Secret Manager secret, with sentinel names
    const fresh = (name: string) => ({ existing: { gcp: `${SENTINEL}-${name}` } });
    // Keys the default topology sets as variables must be deleted in the deep-merged patch.
    const existing = (name: string) => ({ variable: undefined, ...fresh(name) });
    const json = synthCloud('gcp', {
      clouds: ['gcp'],
      github: { clientSecret: existing('github') },
      secretPassphrase: existing('passphrase'),
      certificate: { mode: 'provided', privateKey: fresh('key'), chain: fresh('chain') },
    });
    // THEN nothing is stored and nothing is a variable
    expect(json.variable ?? {}).toEqual({});
    expect(resourcesOf(json, 'google_secret_manager_secret')).toEqual({});
    expect(resourcesOf(json, 'google_secret_manager_secret_version')).toEqual({});
    // AND the grants and the boot scripts name the existing secrets
    const granted = (Object.values(resourcesOf(json, 'google_secret_manager_secret_iam_member')) as Json[]).map((g) => g.secret_id).sort();
    expect(granted).toEqual([`${SENTINEL}-chain`, `${SENTINEL}-github`, `${SENTINEL}-key`, `${SENTINEL}-passphrase`, `${SENTINEL}-passphrase`]);
    const userData: string = (Object.values(resourcesOf(json, 'google_compute_instance'))[0] as Json).metadata['user-data'];
    expect(userData).toContain(`${SENTINEL}-github`);
  });

  it('self-signed: the tls provider makes the pair, stored in Secret Manager by reference, no PEM in the output', () => {
    const json = synthCloud('gcp', { certificate: { mode: 'self-signed', validityDays: 30 } });
    expect(json.provider?.tls).toBeDefined();
    const cert = Object.values(resourcesOf(json, 'tls_self_signed_cert'))[0] as Json;
    expect(cert).toMatchObject({ validity_period_hours: 720, dns_names: ['ci.example.com'] });
    const versions = (Object.values(resourcesOf(json, 'google_secret_manager_secret_version')) as Json[]).map((v) => v.secret_data);
    expect(versions).toEqual(expect.arrayContaining([expect.stringMatching(/^\$\{tls_private_key\..*\.private_key_pem\}$/), expect.stringMatching(/^\$\{tls_self_signed_cert\..*\.cert_pem\}$/)]));
    expect(Object.keys(json.variable ?? {})).not.toContain('tls_private_key');
    expect(JSON.stringify(json)).not.toMatch(PEM);
  });

  it('configures the tls provider only for self-signed certificates', () => {
    expect(synthCloud('gcp').provider?.tls).toBeUndefined();
  });
});
