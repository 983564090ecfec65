import { readSshPublicKey, type SshKeyReading } from '../../src/topology/ssh-key';
import { ECDSA_P256, ECDSA_P384, ECDSA_P521, ED25519, RSA_1024, RSA_2048 } from '../helpers/ssh-keys';

/** The key part of a key line, decoded. */
function blobOf(line: string): Buffer {
  return Buffer.from(line.split(' ')[1], 'base64');
}

/** A key blob in the wire format: each field a uint32 length, then its bytes. */
function wire(...fields: (string | Buffer)[]): Buffer {
  return Buffer.concat(
    fields.flatMap((field) => {
      const bytes = typeof field === 'string' ? Buffer.from(field, 'latin1') : field;
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      return [length, bytes];
    }),
  );
}

function line(type: string, blob: Buffer, comment = 'made@example.com'): string {
  return `${type} ${blob.toString('base64')} ${comment}`;
}

function fault(reading: SshKeyReading): { why: string; shown?: string } {
  if (reading.ok) throw new Error(`expected a refusal, got a ${reading.key.type} key`);
  const { why, shown } = reading;
  return shown === undefined ? { why } : { why, shown };
}

describe('reading an OpenSSH public key line', () => {
  it.each([
    ['ed25519', ED25519, 'ssh-ed25519', 256],
    ['RSA 2048', RSA_2048, 'ssh-rsa', 2048],
    ['RSA 1024', RSA_1024, 'ssh-rsa', 1024],
    ['ECDSA P-256', ECDSA_P256, 'ecdsa-sha2-nistp256', 256],
    ['ECDSA P-384', ECDSA_P384, 'ecdsa-sha2-nistp384', 384],
    ['ECDSA P-521', ECDSA_P521, 'ecdsa-sha2-nistp521', 521],
  ])('GIVEN a key ssh-keygen made (%s) THEN its type, size and comment are read', (_, text, type, bits) => {
    expect(readSshPublicKey(text)).toEqual({ ok: true, key: { type, bits, comment: text.split(' ')[2] } });
  });

  it('GIVEN a key without a comment, or with spaces around and in the comment THEN it is read', () => {
    const [type, blob] = ED25519.split(' ');
    expect(readSshPublicKey(`${type} ${blob}`)).toMatchObject({ ok: true, key: { comment: '' } });
    expect(readSshPublicKey(`  ${type}\t${blob}   Jane Doe's laptop \n`)).toMatchObject({ ok: true, key: { comment: "Jane Doe's laptop" } });
  });

  it('GIVEN the 31-byte example key the repository used to carry THEN it is refused: its key part is not even base64', () => {
    const old = `ssh-ed25519 ${ED25519.split(' ')[1].slice(0, 67)} admin@example.com`;
    expect(fault(readSshPublicKey(old))).toEqual({ why: expect.stringMatching(/not base64/), shown: 'ssh-ed25519' });
  });

  it.each([
    ['the type before the key is not the one inside', `ssh-rsa ${ED25519.split(' ')[1]}`, /says ssh-rsa but holds an ssh-ed25519 key/],
    ['the key part is cut short', line('ssh-ed25519', blobOf(ED25519).subarray(0, 30)), /cut short/],
    ['bytes follow the key', line('ssh-ed25519', Buffer.concat([blobOf(ED25519), wire('x')])), /5 bytes after the key/],
    ['an ed25519 key is 31 bytes', line('ssh-ed25519', wire('ssh-ed25519', Buffer.alloc(31, 7))), /31 key bytes where an ed25519 key has 32/],
    ['an RSA exponent is even', line('ssh-rsa', wire('ssh-rsa', Buffer.from([0x01, 0x00]), blobOf(RSA_2048).subarray(-257))), /RSA exponent/],
    ['an ECDSA key names another curve', line('ecdsa-sha2-nistp384', wire('ecdsa-sha2-nistp384', 'nistp256', Buffer.alloc(65, 4))), /another curve than nistp384/],
    ['an ECDSA point is off its curve', line('ecdsa-sha2-nistp256', Buffer.concat([blobOf(ECDSA_P256).subarray(0, -1), Buffer.from([blobOf(ECDSA_P256).at(-1)! ^ 1])])), /no point of the nistp256 curve/],
  ])('GIVEN a key where %s THEN it is refused, saying so and showing its type only', (_, text, why) => {
    const refusal = fault(readSshPublicKey(text));
    expect(refusal.why).toMatch(why);
    expect(refusal.shown).toBe(text.split(' ')[0]);
  });

  it.each([
    ['a private key', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----', /private key: give the public half/],
    ['two keys in one item', `${ED25519}\n${RSA_2048}`, /more than one line/],
    ['authorized_keys options before the key', `from="10.0.0.1" ${ED25519}`, /not an OpenSSH public key line/],
    ['the key part alone', ED25519.split(' ')[1], /not an OpenSSH public key line/],
  ])('GIVEN %s THEN it is refused and nothing of it is shown', (_, text, why) => {
    expect(fault(readSshPublicKey(text))).toEqual({ why: expect.stringMatching(why) });
  });

  it('GIVEN blank text THEN it is refused as empty, and shown as it is: there is nothing to hide', () => {
    expect(fault(readSshPublicKey(' '))).toEqual({ why: expect.stringMatching(/^is empty/), shown: ' ' });
  });

  it('GIVEN a type the kit does not read THEN the message lists the ones it does', () => {
    expect(fault(readSshPublicKey(`ssh-dss ${wire('ssh-dss').toString('base64')}`))).toEqual({
      why: 'has a key type the kit does not read; it reads ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521',
      shown: 'ssh-dss',
    });
  });
});
