import { bootText } from './documents';
import type { Route } from './fake-cloud';
import { withCloud } from './with-cloud';

const { documents, shutdownScripts } = bootText(['gcp']);
const builders = documents.find((d) => d.cloud === 'gcp' && d.topology === 'default' && d.box === 'builders')!;

const OWN = 'vm-own-token';
const MINTED = 'reader-minted-token';
const SECRET = 'projects/example-ci-project/secrets/ci-circle-secret-passphrase';
const READER = 'ci-builders-reader@example-ci-project.iam.gserviceaccount.com';

/** GCE metadata, IAM credentials and Secret Manager; Secret Manager refuses the first `refusals` reads with 403. */
function google(refusals: number): Route {
  return (request, count) => {
    const auth = request.headers.authorization;
    if (request.path === '/computeMetadata/v1/instance/service-accounts/default/token') {
      return request.headers['metadata-flavor'] === 'Google' ? { body: { access_token: OWN } } : { status: 403 };
    }
    if (request.path === `/iam/v1/projects/-/serviceAccounts/${READER}:generateAccessToken`) {
      return auth === `Bearer ${OWN}` ? { body: { accessToken: MINTED } } : { status: 401 };
    }
    if (request.path === `/secretmanager/v1/${SECRET}/versions/latest:access`) {
      if (auth !== `Bearer ${MINTED}` || count <= refusals) return { status: 403, body: { error: { code: 403, status: 'PERMISSION_DENIED' } } };
      return { body: { payload: { data: Buffer.from('the-passphrase').toString('base64') } } };
    }
    return undefined;
  };
}

describe('GCP fetch-secret, run against fake metadata, IAM credentials and Secret Manager', () => {
  const FETCH = '/usr/local/sbin/fetch-secret';

  test('GIVEN Secret Manager answers 403 twice (IAM still propagating) WHEN a secret is fetched THEN it retries and writes the value', async () => {
    await withCloud(google(2), builders, async (sandbox) => {
      const run = await sandbox.run(FETCH, [READER, SECRET, sandbox.path('/etc/circleci/secrets/p')]);
      expect(run.status).toBe(0);
      expect(sandbox.read('/etc/circleci/secrets/p')).toBe('the-passphrase');
      // AND no bearer token was ever on curl's command line
      const curl = sandbox.calls().filter((c) => c.startsWith('curl'));
      expect(curl.length).toBeGreaterThanOrEqual(9);
      expect(curl.join('\n')).not.toMatch(new RegExp(`${OWN}|${MINTED}|Bearer`));
    });
  });

  test('GIVEN Secret Manager always answers 403 WHEN a secret is fetched THEN it fails, and leaves no file, empty or partial', async () => {
    await withCloud(google(Number.MAX_SAFE_INTEGER), builders, async (sandbox) => {
      // Three attempts instead of the twenty of a real boot: the outcome of the last one is what is asserted.
      const run = await sandbox.run(FETCH, [READER, SECRET, sandbox.path('/etc/circleci/secrets/p')], { FETCH_SECRET_TRIES: '3' });
      expect(run).toMatchObject({ status: 1, output: expect.stringContaining('cannot read') });
      expect(run.output).toContain('(attempt 3)');
      expect(sandbox.list('/etc/circleci/secrets')).toEqual([]);
    });
  });
});

/**
 * systemd stops units in the reverse of their start order: a unit ordered After= another stops before it. Units
 * with no order between them stop together, so the worst case, Docker first, is what a test must assume.
 */
function stopsBefore(after: Readonly<Record<string, readonly string[]>>, first: string, second: string): boolean {
  const seen = new Set<string>();
  const walk = (unit: string): boolean => (after[unit] ?? []).some((dep) => dep === second || (!seen.has(dep) && (seen.add(dep), walk(dep))));
  return walk(first);
}

describe('GCP shutdown: circle-shutdown runs before Docker stops', () => {
  /** The guest agent's unit as Google ships it (google-guest-agent: google-shutdown-scripts.service). */
  const STOCK_AFTER = { 'google-shutdown-scripts.service': ['network-online.target', 'rsyslog.service'], 'docker.service': ['network-online.target', 'containerd.service'] };

  test.each(documents.filter((d) => d.cloud === 'gcp' && d.box === 'builders').map((d) => [d.name, d] as const))('%s', async (_name, document) => {
    // GIVEN the stock units and the drop-ins the builder's cloud-config writes
    const after: Record<string, string[]> = Object.fromEntries(Object.entries(STOCK_AFTER).map(([unit, deps]) => [unit, [...deps]]));
    for (const file of document.config.write_files) {
      const dropIn = /^\/etc\/systemd\/system\/([^/]+)\.d\/[^/]+\.conf$/.exec(file.path);
      if (dropIn) for (const m of file.content.matchAll(/^After=(.*)$/gm)) (after[dropIn[1]] ??= []).push(...m[1].split(/\s+/));
    }
    const ordered = stopsBefore(after, 'google-shutdown-scripts.service', 'docker.service');
    // WHEN the VM shuts down in that order, running the shutdown script with Docker up or already stopped
    await withCloud(() => undefined, document, async (sandbox) => {
      sandbox.stub('circle-shutdown', `[ -e ${sandbox.root}/docker-stopped ] && echo 'builds killed' >&2 && exit 1; exit 0`);
      if (!ordered) sandbox.write('/docker-stopped', '');
      sandbox.write('/shutdown-script', shutdownScripts.find((s) => s.name.startsWith(`gcp ${document.topology}`))!.text, '0755');
      await sandbox.run(`${sandbox.root}/shutdown-script`);
      // THEN circle-shutdown ran while Docker was still up
      expect(sandbox.calls().filter((c) => c.startsWith('circle-shutdown'))).toHaveLength(1);
      expect(ordered).toBe(true);
    });
  });
});
