import { hasPrivateKey, secretsIn } from '../../../src/review/policy/secrets';
import type { TerraformJson } from '../../../src/review/terraform/json';
import { FAKE_ACCESS_KEY_ID, FAKE_PEM } from './fixtures';

const NO_VARIABLES: TerraformJson = {};

describe('secrets in text', () => {
  it.each([
    ['a format string', `printf 'CIRCLE_SECRET_PASSPHRASE="%s"\\n' "$(cat /run/p)"`],
    ['a command substitution', 'DB_PASSWORD=$(cat /run/secrets/db)'],
    ['a shell variable', 'export CLIENT_SECRET="$GITHUB_CLIENT_SECRET"'],
    ['a Terraform reference', 'CIRCLE_SECRET_PASSPHRASE_ARN="${aws_secretsmanager_secret.p.arn}"'],
    ['a key that only mentions secrets', 'CIRCLE_SECRETS_FILE="/etc/circleci/secrets.env"'],
    ['a log line with a colon', 'echo "circleci-fetch-secret: cannot read $arn" >&2'],
    ['a YAML boolean', 'use_secret: true'],
    ['a PEM header a script checks for', "grep -q -- '-----BEGIN PRIVATE KEY-----' /etc/key.pem"],
  ])('GIVEN %s WHEN scanned THEN nothing is found', (_, text) => {
    expect(secretsIn(NO_VARIABLES, text)).toEqual([]);
  });

  it.each([
    ['a command-line password', 'mysql --password=hunter2hunter2', 'a literal password, secret or passphrase'],
    ['a JSON secret', '{"client_secret": "0123abcd"}', 'a literal password, secret or passphrase'],
    ['a YAML passphrase at the start of a line', 'passphrase: correct-horse', 'a literal password, secret or passphrase'],
    ['an AWS secret access key', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'an AWS secret access key'],
    ['an AWS access key id', `key=${FAKE_ACCESS_KEY_ID}`, 'an AWS access key id'],
    ['a PEM private key', FAKE_PEM, 'a PEM private key'],
  ])('GIVEN %s WHEN scanned THEN it is found', (_, text, kind) => {
    expect(secretsIn(NO_VARIABLES, text)).toContain(kind);
  });

  it('GIVEN a PEM key written with HCL escapes inside an expression WHEN checked THEN it is a private key', () => {
    expect(hasPrivateKey(FAKE_PEM.replace(/\n/g, '\\n'))).toBe(true);
  });

  it('GIVEN a sensitive variable WHEN a text refers to it or pastes its default THEN it is found; a plain variable is not', () => {
    const stack: TerraformJson = { variable: { token: { sensitive: true, default: 'tok-123456' }, region: { default: 'us-east-1' } } };
    expect(secretsIn(stack, 'X=${var.token}')).toEqual(['the sensitive variable token']);
    expect(secretsIn(stack, 'X=tok-123456')).toEqual(['the sensitive variable token']);
    expect(secretsIn(stack, 'R=${var.region}')).toEqual([]);
  });
});
