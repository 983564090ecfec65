import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cloud } from '../../../src/cloud';
import type { PolicyContext } from '../../../src/review/policy';
import { Port } from '../../../src/firewall/ports';

/** A fixture as tests change it: plain, mutable JSON (tests reach in by path; typing every shape would hide the change). */
export type Fixture = Record<string, any>;

/** GIVEN a small stack of the cloud on which every rule of the pack for that cloud passes (a fresh copy). */
export function passingStack(cloud: Cloud): Fixture {
  return JSON.parse(readFileSync(join(__dirname, '../../fixtures/policy', `${cloud}.tf.json`), 'utf8')) as Fixture;
}

/** The passing stack with a change applied: the failing fixture of a rule. */
export function failingStack(cloud: Cloud, change: (stack: Fixture) => void): Fixture {
  const stack = passingStack(cloud);
  change(stack);
  return stack;
}

/** The context the passing stacks are judged in: the matrix opens HTTPS on the services box to the world. */
export const FIXTURE_CONTEXT: PolicyContext = {
  worldOpen: [
    { role: 'servicesBox', direction: 'inbound', ports: [Port.tcp(443)], cidr: '0.0.0.0/0', rule: 'services-http-end-users' },
    { role: 'builders', direction: 'outbound', ports: [Port.tcp(443)], cidr: '0.0.0.0/0', rule: 'builders-api-github' },
  ],
};

/** The resources of one type in a fixture, by name. */
export function resources(stack: Fixture, type: string): Fixture {
  return stack.resource[type];
}

/** A fake PEM private key, assembled here so that secret scanners do not flag the repository itself. */
export const FAKE_PEM = [`-----BEGIN ${'RSA PRIVATE'} KEY-----`, 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun', `-----END ${'RSA PRIVATE'} KEY-----`].join('\n');

/** AWS's documented example access key id, assembled for the same reason. */
export const FAKE_ACCESS_KEY_ID = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
