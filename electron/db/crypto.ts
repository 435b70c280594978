/**
 * Encryption at rest (opt-in). A company file is encrypted with a random 256-bit data key
 * (SQLCipher 4 format through better-sqlite3-multiple-ciphers, applied in connection.ts). The data
 * key is never stored in the clear: a key file beside the company (`<file>.kontera-nyckel`) holds
 * it wrapped with the user's password (scrypt → AES-256-GCM). The recovery key shown once at setup
 * IS the data key, written in Crockford base32 with a check group, so the books open even when
 * the password is forgotten or the key file is lost.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomicWrite.js';

export const KEY_FILE_SUFFIX = '.kontera-nyckel';
export const MIN_PASSWORD_LENGTH = 8;

export interface KeyFile {
  version: 1;
  kdf: 'scrypt';
  n: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  wrapped: string;
}

const SCRYPT = { n: 1 << 15, r: 8, p: 1 };

export function newDataKey(): Buffer {
  return randomBytes(32);
}

export function keyFileOf(companyFile: string): string {
  return `${companyFile}${KEY_FILE_SUFFIX}`;
}

function kek(password: string, salt: Buffer, k: Pick<KeyFile, 'n' | 'r' | 'p'>): Buffer {
  return scryptSync(password.normalize('NFC'), salt, 32, { N: k.n, r: k.r, p: k.p, maxmem: 256 * 1024 * 1024 });
}

/** Wraps the data key with a password. */
export function wrapKey(dataKey: Buffer, password: string): KeyFile {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', kek(password, salt, SCRYPT), iv);
  const wrapped = Buffer.concat([c.update(dataKey), c.final()]);
  return { version: 1, kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: c.getAuthTag().toString('base64'), wrapped: wrapped.toString('base64') };
}

/** The data key, or null when the password is wrong (the GCM tag does not verify). */
export function unwrapKey(k: KeyFile, password: string): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-gcm', kek(password, Buffer.from(k.salt, 'base64'), k), Buffer.from(k.iv, 'base64'));
    d.setAuthTag(Buffer.from(k.tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(k.wrapped, 'base64')), d.final()]);
  } catch {
    return null;
  }
}

export function readKeyFile(companyFile: string): KeyFile | null {
  const f = keyFileOf(companyFile);
  if (!existsSync(f)) return null;
  try {
    const k = JSON.parse(readFileSync(f, 'utf8')) as KeyFile;
    return k.version === 1 && k.kdf === 'scrypt' ? k : null;
  } catch {
    return null;
  }
}

/** Written beside and renamed into place, so a crash never leaves half a key file. */
export function writeKeyFile(companyFile: string, k: KeyFile): void {
  writeFileAtomic(keyFileOf(companyFile), `${JSON.stringify(k, null, 2)}\n`, 0o600);
}

const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

function checkGroup(key: Buffer): string {
  return base32(createHash('sha256').update(key).digest()).slice(0, 4);
}

/**
 * The recovery key of a data key: 52 base32 characters and a 4-character check, in groups of 4.
 * @example recoveryKeyOf(key) // 'K3J9-…-7QXD' (14 groups)
 */
export function recoveryKeyOf(key: Buffer): string {
  return `${base32(key)}${checkGroup(key)}`.match(/.{1,4}/g)?.join('-') ?? '';
}

/** The data key from a typed recovery key (case, spaces, dashes, O/I/L forgiven), or null. */
export function parseRecoveryKey(text: string): Buffer | null {
  const s = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== 56 || [...s].some((c) => !B32.includes(c))) return null;
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const c of s.slice(0, 52)) {
    value = ((value << 5) | B32.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  const key = Buffer.from(bytes.slice(0, 32));
  return key.length === 32 && checkGroup(key) === s.slice(52) ? key : null;
}
