import type { Cloud } from '../../src/cloud';
import { bootText } from './documents';
import type { Route } from './fake-cloud';
import type { Sandbox } from './sandbox';
import { withCloud } from './with-cloud';

const { documents } = bootText(['aws', 'gcp', 'azure'], ['default']);
const builders = (cloud: Cloud) => documents.find((d) => d.cloud === cloud && d.topology === 'default' && d.box === 'builders')!;

const PRIVATE = '10.40.16.7';
const PUBLIC = '203.0.113.45';
const TOKEN = 'imds-session-token';

/** Each cloud's instance metadata answering the builder's public address, or 404 as for a builder without one. */
const METADATA: Readonly<Record<Cloud, (publicIp: string | undefined) => Route>> = {
  aws: (publicIp) => (request) => {
    if (request.method === 'PUT' && request.path === '/latest/api/token') return { body: TOKEN };
    if (request.headers['x-aws-ec2-metadata-token'] !== TOKEN) return { status: 401, body: '' };
    return request.path === '/latest/meta-data/public-ipv4' && publicIp ? { body: publicIp } : undefined;
  },
  gcp: (publicIp) => (request) => {
    if (request.headers['metadata-flavor'] !== 'Google') return { status: 403 };
    return request.path === '/computeMetadata/v1/instance/network-interfaces/0/access-configs/0/external-ip' && publicIp ? { body: publicIp } : undefined;
  },
  // IMDS answers an empty text, not a 404, for an interface without a public address.
  azure: (publicIp) => (request) => {
    if (request.headers.metadata !== 'true') return { status: 400 };
    return request.path.startsWith('/metadata/instance/network/interface/0/ipv4/ipAddress/0/publicIpAddress') ? { body: publicIp ?? '' } : undefined;
  },
};

/**
 * Stubs for the install: `ip` routes from the private address, and curl hands out, for CircleCI's two scripts, a
 * script that prints the addresses it was given (other URLs go to the fake cloud). The passphrase is in place.
 */
function stubInstall(sandbox: Sandbox): void {
  sandbox.stub('ip', `echo "1.1.1.1 via 10.40.16.1 dev ens5 src ${PRIVATE} uid 0"`);
  const fake = `#!/bin/sh\necho "$0 CIRCLE_PRIVATE_IP=$CIRCLE_PRIVATE_IP CIRCLE_PUBLIC_IP=$CIRCLE_PUBLIC_IP"`;
  sandbox.stub(
    'curl',
    `case "$*" in
*circleci-enterprise*) while [ "$1" != "-o" ]; do shift; done; printf '%s\\n' '${fake}' >"$2" ;;
*) exec /usr/bin/curl "$@" ;;
esac`,
  );
  const script = sandbox.read('/usr/local/sbin/circleci-install')!;
  const sourced = [...script.matchAll(/^\. (\S+)$/gm)].map((m) => m[1]);
  sandbox.write(sourced[sourced.length - 1].replace(sandbox.root, ''), 'CIRCLE_SECRET_PASSPHRASE=the-passphrase\n', '0600');
}

describe.each(['aws', 'gcp', 'azure'] as const)('%s builder install, run against fake instance metadata with stub CircleCI scripts', (cloud) => {
  test.each([
    ['a public address', PUBLIC, PUBLIC],
    ['no public address (a private builder, shown to developers at its private address)', undefined, PRIVATE],
  ])('GIVEN %s WHEN the builder installs THEN init-builder gets the routed private address and the address for SSH into builds', async (_given, publicIp, shown) => {
    await withCloud(METADATA[cloud](publicIp), builders(cloud), async (sandbox) => {
      stubInstall(sandbox);
      const run = await sandbox.run('/usr/local/sbin/circleci-install');
      expect(run.status).toBe(0);
      expect(run.output).toContain(`init-builder.sh CIRCLE_PRIVATE_IP=${PRIVATE} CIRCLE_PUBLIC_IP=${shown}`);
    });
  });
});
