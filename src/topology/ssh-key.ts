import { ECDH } from 'node:crypto';

/**
 * An OpenSSH public key line (`type base64-blob [comment]`), read as far as the clouds read it: azurerm base64-decodes
 * the blob and parses it with x/crypto/ssh before any API call (internal/services/compute/validate/ssh_key.go), and
 * sshd skips an authorized_keys line it cannot parse. Node's crypto does not read this format, so the wire format is
 * read here: uint32-length-prefixed strings (RFC 4251 §5), ssh-rsa (RFC 4253 §6.6), ssh-ed25519 (RFC 8709) and
 * ecdsa-sha2-nistp* (RFC 5656 §3.1).
 */
export interface SshPublicKey {
  /** The key type, e.g. ssh-ed25519. */
  readonly type: string;
  /** The key's size in bits: the modulus of an RSA key, the curve of the others. */
  readonly bits: number;
  /** The free text after the key, often user@host; empty when there is none. */
  readonly comment: string;
}

/** A key that could be read, or why not and what of it may be shown (never the key itself). */
export type SshKeyReading =
  | { readonly ok: true; readonly key: SshPublicKey }
  | { readonly ok: false; readonly why: string; readonly shown?: string };

/** The curve name inside an ECDSA blob and the name Node's crypto knows it by, per key type. */
const ECDSA_CURVES: Readonly<Record<string, { readonly name: string; readonly openssl: string; readonly bits: number }>> = {
  'ecdsa-sha2-nistp256': { name: 'nistp256', openssl: 'prime256v1', bits: 256 },
  'ecdsa-sha2-nistp384': { name: 'nistp384', openssl: 'secp384r1', bits: 384 },
  'ecdsa-sha2-nistp521': { name: 'nistp521', openssl: 'secp521r1', bits: 521 },
};

/** The key types this reader understands. */
export const READABLE_KEY_TYPES: readonly string[] = ['ssh-ed25519', 'ssh-rsa', ...Object.keys(ECDSA_CURVES)];

const ED25519_KEY_BYTES = 32;
/** x/crypto/ssh refuses an RSA exponent wider than 24 bits (parseRSA). */
const MAX_RSA_EXPONENT_BITS = 24;
/** Go's base64.StdEncoding: padded standard alphabet. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** What a key type looks like: shown in messages only when the text has this shape, so nothing else leaks. */
const TYPE_SHAPE = /^[a-z0-9][a-z0-9@.-]{0,63}$/;

class Truncated extends Error {}

/** Reads the length-prefixed strings of a key blob in order. */
class WireReader {
  private offset = 0;
  constructor(private readonly blob: Buffer) {}

  string(): Buffer {
    if (this.offset + 4 > this.blob.length) throw new Truncated();
    const length = this.blob.readUInt32BE(this.offset);
    const start = this.offset + 4;
    if (start + length > this.blob.length) throw new Truncated();
    this.offset = start + length;
    return this.blob.subarray(start, this.offset);
  }

  get rest(): number {
    return this.blob.length - this.offset;
  }
}

/** Bits of a positive mpint (big-endian, leading zero bytes allowed); 0 for zero or a negative number. */
function mpintBits(bytes: Buffer): number {
  if (bytes.length > 0 && bytes[0] & 0x80) return 0;
  const first = bytes.findIndex((byte) => byte !== 0);
  return first < 0 ? 0 : (bytes.length - first - 1) * 8 + (32 - Math.clz32(bytes[first]));
}

/** The key size in bits of a blob of the given type, or why the blob is not such a key. */
function readBlob(type: string, reader: WireReader): number | string {
  if (type === 'ssh-ed25519') {
    const key = reader.string();
    return key.length === ED25519_KEY_BYTES ? 256 : `holds ${key.length} key bytes where an ed25519 key has ${ED25519_KEY_BYTES}`;
  }
  if (type === 'ssh-rsa') {
    const exponent = reader.string();
    const modulusBits = mpintBits(reader.string());
    const exponentBits = mpintBits(exponent);
    const odd = exponent.length > 0 && (exponent[exponent.length - 1] & 1) === 1;
    if (exponentBits < 2 || exponentBits > MAX_RSA_EXPONENT_BITS || !odd) return 'has an RSA exponent that is not an odd number from 3 to 24 bits';
    return modulusBits > 0 ? modulusBits : 'has no RSA modulus';
  }
  const curve = ECDSA_CURVES[type];
  if (reader.string().toString('latin1') !== curve.name) return `names another curve than ${curve.name}`;
  const point = reader.string();
  try {
    ECDH.convertKey(point, curve.openssl);
  } catch {
    return `holds no point of the ${curve.name} curve`;
  }
  return curve.bits;
}

/** Reads one OpenSSH public key line. */
export function readSshPublicKey(text: string): SshKeyReading {
  if (/PRIVATE KEY/.test(text)) return { ok: false, why: 'is a private key: give the public half, the .pub file ssh-keygen wrote beside it' };
  const line = text.trim();
  // Blank text has nothing to hide, so it is shown as it is.
  if (line === '') return { ok: false, why: 'is empty: give an OpenSSH public key line as in a .pub file', shown: text };
  if (line.includes('\n')) return { ok: false, why: 'holds more than one line: give each key as its own list item' };
  const [type = '', blobText = '', ...comment] = line.split(/\s+/);
  const shownType = TYPE_SHAPE.test(type) ? type : undefined;
  if (!shownType || !blobText) return { ok: false, why: 'is not an OpenSSH public key line: key type, base64 key and an optional comment, as in a .pub file' };
  if (!READABLE_KEY_TYPES.includes(type)) return { ok: false, why: `has a key type the kit does not read; it reads ${READABLE_KEY_TYPES.join(', ')}`, shown: shownType };
  const fault = (why: string): SshKeyReading => ({ ok: false, why, shown: shownType });
  if (!BASE64.test(blobText)) return fault('has a key part that is not base64 (standard alphabet, padded): is it copied whole?');
  const reader = new WireReader(Buffer.from(blobText, 'base64'));
  try {
    const inner = reader.string().toString('latin1');
    if (inner !== type) return fault(`says ${type} but holds ${TYPE_SHAPE.test(inner) ? `an ${inner}` : 'another kind of'} key`);
    const bits = readBlob(type, reader);
    if (typeof bits === 'string') return fault(bits);
    if (reader.rest > 0) return fault(`has ${reader.rest} bytes after the key: is it two keys run together?`);
    return { ok: true, key: { type, bits, comment: comment.join(' ') } };
  } catch (error) {
    if (error instanceof Truncated) return fault('is cut short: the key part ends inside a field; is it copied whole?');
    throw error;
  }
}

/** What of a key a message may show: its type, and its comment when it has one. */
export function shownKey(key: SshPublicKey): string {
  return key.comment ? `${key.type} … ${key.comment}` : key.type;
}
