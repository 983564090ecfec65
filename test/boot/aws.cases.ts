import { bootText } from './documents';
import type { Route } from './fake-cloud';
import type { Sandbox } from './sandbox';
import { withCloud } from './with-cloud';

const { documents } = bootText(['aws'], ['default']);
const builders = documents.find((d) => d.cloud === 'aws' && d.topology === 'default' && d.box === 'builders')!;
const servicesBox = documents.find((d) => d.cloud === 'aws' && d.topology === 'default' && d.box === 'services box')!;

const TOKEN = 'imds-session-token';

/** IMDSv2: a session token from PUT, then metadata only with that token. */
function imds(state: () => string): Route {
  return (request) => {
    if (request.method === 'PUT' && request.path === '/latest/api/token') return { body: TOKEN };
    if (request.headers['x-aws-ec2-metadata-token'] !== TOKEN) return { status: 401, body: '' };
    if (request.path === '/latest/meta-data/autoscaling/target-lifecycle-state') return { body: state() };
    if (request.path === '/latest/meta-data/instance-id') return { body: 'i-0123456789abcdef0' };
    return undefined;
  };
}

/** An `aws` stub that fails its first `failures` calls (as throttling or a denied role would), then succeeds. */
function awsStub(sandbox: Sandbox, failures: number, output = ''): void {
  sandbox.stub('aws', `n=$(grep -c '^aws ' ${sandbox.log}); [ "$n" -gt ${failures} ] || { echo 'An error occurred (ThrottlingException)' >&2; exit 254; }\nprintf '%s' '${output}'`);
}

const AGENT = '/usr/local/sbin/circleci-drain-agent';

describe('AWS drain agent, run against a fake IMDSv2 with stub aws and circle-shutdown', () => {
  test('GIVEN the instance is in service WHEN the agent checks THEN it neither drains nor completes anything', async () => {
    await withCloud(imds(() => 'InService'), builders, async (sandbox) => {
      awsStub(sandbox, 0);
      expect((await sandbox.run(AGENT)).status).toBe(0);
      expect(sandbox.calls().filter((c) => !c.startsWith('curl'))).toEqual([]);
    });
  });

  test('GIVEN the target state is Terminated WHEN the agent checks THEN circle-shutdown runs, then the lifecycle action completes with CONTINUE', async () => {
    await withCloud(imds(() => 'Terminated'), builders, async (sandbox) => {
      awsStub(sandbox, 0);
      const run = await sandbox.run(AGENT);
      expect(run).toMatchObject({ status: 0 });
      const calls = sandbox.calls().filter((c) => !c.startsWith('curl') && !c.startsWith('sleep'));
      expect(calls).toEqual([
        'circle-shutdown ',
        expect.stringMatching(/^aws autoscaling complete-lifecycle-action --region us-east-1 --auto-scaling-group-name ci-builders --lifecycle-hook-name \S+ --instance-id i-0123456789abcdef0 --lifecycle-action-result CONTINUE$/),
      ]);
      // AND the IMDSv2 token never appears on a command line
      expect(sandbox.calls().join('\n')).not.toContain(TOKEN);
    });
  });

  test('GIVEN complete-lifecycle-action fails (throttling) WHEN the agent runs again THEN it retries the call, without draining twice', async () => {
    await withCloud(imds(() => 'Terminated'), builders, async (sandbox) => {
      awsStub(sandbox, 6); // more failures than one run's attempts
      expect((await sandbox.run(AGENT)).status).not.toBe(0);
      const second = await sandbox.run(AGENT);
      expect(second.status).toBe(0);
      const calls = sandbox.calls();
      expect(calls.filter((c) => c.startsWith('circle-shutdown'))).toHaveLength(1);
      expect(calls.filter((c) => c.startsWith('aws autoscaling complete-lifecycle-action')).length).toBeGreaterThan(6);
      // AND once completed, a later tick does nothing
      const before = sandbox.calls().length;
      expect((await sandbox.run(AGENT)).status).toBe(0);
      expect(sandbox.calls()).toHaveLength(before);
    });
  });
});

describe('AWS secret fetchers, run with a stub aws', () => {
  const FETCH = '/usr/local/sbin/circleci-fetch-secret';
  const none: Route = () => undefined;

  test('GIVEN Secrets Manager refuses twice (a new role) WHEN a secret is fetched THEN it retries and writes the whole value', async () => {
    await withCloud(none, builders, async (sandbox) => {
      awsStub(sandbox, 2, 'the-passphrase');
      const run = await sandbox.run(FETCH, ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:p', sandbox.path('/etc/circleci/secrets/p')]);
      expect(run.status).toBe(0);
      expect(sandbox.read('/etc/circleci/secrets/p')).toBe('the-passphrase');
      expect(sandbox.calls().filter((c) => c.startsWith('aws'))).toHaveLength(3);
      expect(sandbox.calls()[0]).toContain('--region eu-west-1');
    });
  });

  test('GIVEN Secrets Manager answers with nothing WHEN a secret is fetched THEN it fails and leaves no file, empty or partial', async () => {
    await withCloud(none, builders, async (sandbox) => {
      awsStub(sandbox, 0, '');
      const run = await sandbox.run(FETCH, ['arn:aws:secretsmanager:us-east-1:123456789012:secret:p', sandbox.path('/etc/circleci/secrets/p')]);
      expect(run.status).not.toBe(0);
      expect(sandbox.list('/etc/circleci/secrets')).toEqual([]);
    });
  });

  test('GIVEN the passphrase cannot be read WHEN a builder fetches its secrets THEN the unit fails and no empty CIRCLE_SECRET_PASSPHRASE is written', async () => {
    await withCloud(none, builders, async (sandbox) => {
      awsStub(sandbox, 1000);
      const run = await sandbox.run('/usr/local/sbin/circleci-fetch-builder-secrets');
      expect(run.status).not.toBe(0);
      expect(sandbox.read('/etc/circleci/secret-passphrase.env')).toBeUndefined();
      // AND the install refuses to start a builder without it
      sandbox.write('/etc/circleci/secret-passphrase.env', 'CIRCLE_SECRET_PASSPHRASE=""\n');
      const install = await sandbox.run('/usr/local/sbin/circleci-install');
      expect(install).toMatchObject({ status: 1, output: expect.stringContaining('CIRCLE_SECRET_PASSPHRASE is empty') });
    });
  });

  test('GIVEN one of the services box secrets cannot be read WHEN the box fetches them THEN no secret is left in TMPDIR and no secrets.env is written', async () => {
    await withCloud(none, servicesBox, async (sandbox) => {
      // The fourth secret (the passphrase) is refused on every attempt.
      sandbox.stub('aws', `[ "$(grep -c '^aws ' ${sandbox.log})" -lt 4 ] || exit 254\nprintf '%s' 'a-secret-value'`);
      const run = await sandbox.run('/usr/local/sbin/circleci-fetch-installation-secrets');
      expect(run).toMatchObject({ status: 1, output: expect.stringContaining('cannot read') });
      expect(sandbox.read('/etc/circleci/secrets/github-client-secret')).toBe('a-secret-value');
      expect(sandbox.list('/tmp')).toEqual([]);
      expect(sandbox.read('/etc/circleci/secrets.env')).toBeUndefined();
    });
  });
});
