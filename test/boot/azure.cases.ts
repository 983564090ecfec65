import { bootText } from './documents';
import type { Received, Route } from './fake-cloud';
import { withCloud } from './with-cloud';

const { documents } = bootText(['azure'], ['default']);
const builders = documents.find((d) => d.box === 'builders')!;
const servicesBox = documents.find((d) => d.box === 'services box')!;

const NAME = 'ci-builders_3';
const EVENTS = [
  { EventId: 'own-terminate', EventType: 'Terminate', Resources: [NAME] },
  { EventId: 'own-preempt', EventType: 'Preempt', Resources: [NAME] },
  { EventId: 'other-terminate', EventType: 'Terminate', Resources: ['ci-builders_4'] },
  { EventId: 'own-freeze', EventType: 'Freeze', Resources: [NAME] },
];

/** Azure IMDS: the VM's name and Scheduled Events, whose first answer comes late (it starts on the first call); the agent waits for it. */
function scheduledEvents(events: readonly object[], approvals: Received[]): Route {
  return (request, count) => {
    if (request.headers.metadata !== 'true') return { status: 400 };
    if (request.path.startsWith('/metadata/instance/compute/name')) return { body: NAME };
    if (request.path.startsWith('/metadata/scheduledevents') && request.method === 'GET') return { body: { DocumentIncarnation: 1, Events: events }, delayMs: count === 1 ? 400 : 0 };
    if (request.path.startsWith('/metadata/scheduledevents') && request.method === 'POST') {
      approvals.push(request);
      return { body: '' };
    }
    return undefined;
  };
}

const AGENT = '/usr/local/sbin/circleci-drain-agent';

describe('Azure drain agent, run against fake Scheduled Events with a stub circle-shutdown', () => {
  test('GIVEN Terminate and Preempt for this VM, and events for another VM or of other kinds WHEN the agent polls THEN it drains, then approves its own Terminate and Preempt only', async () => {
    const approvals: Received[] = [];
    await withCloud(scheduledEvents(EVENTS, approvals), builders, async (sandbox) => {
      sandbox.stub('circle-shutdown', `[ ! -e ${sandbox.root}/approved ] || exit 1`);
      const run = await sandbox.run(AGENT);
      expect(run).toMatchObject({ status: 0 });
      expect(sandbox.calls().filter((c) => c.startsWith('circle-shutdown'))).toHaveLength(1);
      expect(approvals.map((a) => JSON.parse(a.body))).toEqual([{ StartRequests: [{ EventId: 'own-terminate' }, { EventId: 'own-preempt' }] }]);
    });
  });

  test('GIVEN no event for this VM WHEN the agent polls THEN it neither drains nor approves', async () => {
    const approvals: Received[] = [];
    await withCloud(scheduledEvents([EVENTS[2], EVENTS[3]], approvals), builders, async (sandbox) => {
      expect((await sandbox.run(AGENT)).status).toBe(0);
      expect(sandbox.calls()).toEqual([]);
      expect(approvals).toEqual([]);
    });
  });

  test('Scheduled Events may take about two minutes to answer a first call: the agent waits at least that long', () => {
    const agent = builders.config.write_files.find((f) => f.path === AGENT)!.content;
    const timeouts = [...agent.matchAll(/timeout=([A-Z_0-9]+)/g)].map((m) => Number(new RegExp(`^${m[1]} = (\\d+)`, 'm').exec(agent)?.[1] ?? m[1]));
    expect(timeouts.length).toBeGreaterThan(0);
    for (const seconds of timeouts) expect(seconds).toBeGreaterThanOrEqual(120);
  });
});

/** Azure IMDS's managed identity token and a Key Vault refusing the first `refusals` reads with 403. */
function keyVault(refusals: number, values: Readonly<Record<string, string>>): Route {
  return (request, count) => {
    if (request.path.startsWith('/metadata/identity/oauth2/token')) return request.headers.metadata === 'true' ? { body: { access_token: 'vault-token' } } : { status: 400 };
    const name = /^\/vault\/secrets\/([a-z-]+)/.exec(request.path)?.[1];
    if (!name || request.headers.authorization !== 'Bearer vault-token') return undefined;
    if (count <= refusals || values[name] === undefined) return { status: 403, body: { error: { code: 'Forbidden' } } };
    return { body: { value: values[name] } };
  };
}

describe('Azure Key Vault fetch, run against fake IMDS and Key Vault', () => {
  const urls = (base: string) =>
    ['GITHUB_CLIENT_SECRET_URL=github', 'CIRCLE_SECRET_PASSPHRASE_URL=passphrase', 'TLS_PRIVATE_KEY_URL=key', 'TLS_CERTIFICATE_CHAIN_URL=chain']
      .map((line) => line.replace('=', `="${base}/vault/secrets/`) + '"')
      .join('\n');

  test('GIVEN Key Vault answers 403 twice (role assignment propagating) WHEN the services box fetches its secrets THEN it retries and writes them all', async () => {
    const values = { github: 'gh-secret', passphrase: 'pass phrase', key: 'KEY', chain: 'CHAIN' };
    await withCloud(keyVault(2, values), servicesBox, async (sandbox, cloud) => {
      sandbox.write('/etc/circleci/installation.env', `${sandbox.read('/etc/circleci/installation.env')}${urls(cloud.url)}\n`);
      const run = await sandbox.run('/usr/local/sbin/fetch-installation-secrets');
      expect(run).toMatchObject({ status: 0 });
      expect(sandbox.read('/etc/circleci/secrets.env')).toBe("GITHUB_CLIENT_SECRET='gh-secret'\nCIRCLE_SECRET_PASSPHRASE='pass phrase'\n");
      expect(sandbox.read('/etc/circleci/tls/private-key.pem')).toBe('KEY');
    });
  });

  test('GIVEN Key Vault refuses the passphrase WHEN the services box fetches its secrets THEN it fails and leaves no empty or partial secrets.env', async () => {
    await withCloud(keyVault(0, { github: 'gh-secret', key: 'KEY', chain: 'CHAIN' }), servicesBox, async (sandbox, cloud) => {
      sandbox.write('/etc/circleci/installation.env', `${sandbox.read('/etc/circleci/installation.env')}${urls(cloud.url)}\n`);
      const run = await sandbox.run('/usr/local/sbin/fetch-installation-secrets');
      expect(run.status).not.toBe(0);
      expect(sandbox.list('/etc/circleci').filter((f) => f.startsWith('secrets.env'))).toEqual([]);
    });
  });
});
