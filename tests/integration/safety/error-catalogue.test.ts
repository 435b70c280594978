/**
 * The safety area's error catalogue: one reproducer per error code its methods declare, each
 * with a stable code and a Swedish message; a meta-test reads safety.contract.ts so a new code
 * cannot be added without a reproducer here.
 */
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { openDb, closeDb } from '../../../electron/db/connection.js';
import { LATEST_VERSION } from '../../../electron/db/migrate.js';
import { keyFileOf, parseRecoveryKey, writeKeyFile, wrapKey, newDataKey } from '../../../electron/db/crypto.js';

let plain: TestCompany;
let enc: TestCompany;
let recoveryKey = '';
const PASSWORD = 'ett långt lösenord';

beforeAll(async () => {
  plain = await newCompany();
  enc = await newCompany();
  recoveryKey = (await enc.call('safety.encrypt', { password: PASSWORD })).recoveryKey;
  await enc.call('company.close', {});
});
afterAll(() => {
  plain.cleanup();
  enc.cleanup();
});

type Outcome = { code: string; message: string };
const err = async (p: Promise<unknown>): Promise<Outcome> => {
  const r = (await p) as { ok: boolean; error?: Outcome };
  if (r.ok || !r.error) throw new Error('expected an error');
  return r.error;
};
const fresh = () => new Session();

const CATALOGUE: Record<string, () => Promise<Outcome>> = {
  'cannot-write': () => err(plain.raw('safety.setSettings', { secondBackupDir: path.join(plain.dir, 'saknas') })),
  'weak-password': () => err(plain.raw('safety.encrypt', { password: 'kort' })),
  'already-encrypted': async () => {
    const s = fresh();
    await dispatch(s, 'safety.openEncrypted', { path: enc.file, password: PASSWORD });
    try {
      return await err(dispatch(s, 'safety.encrypt', { password: PASSWORD }));
    } finally {
      await dispatch(s, 'company.close', {});
    }
  },
  'not-encrypted': () => err(plain.raw('safety.setPassword', { password: PASSWORD })),
  'wrong-password': () => err(dispatch(fresh(), 'safety.openEncrypted', { path: enc.file, password: 'fel men långt' })),
  'invalid-recovery-key': () => err(dispatch(fresh(), 'safety.openEncrypted', { path: enc.file, recoveryKey: 'ABCD-EFGH' })),
  'key-file-missing': async () => {
    const dir = path.join(enc.dir, 'utan-nyckel');
    mkdirSync(dir);
    const copy = path.join(dir, 'kopia.kontera');
    const { copyFileSync } = await import('node:fs');
    copyFileSync(enc.file, copy);
    rmSync(keyFileOf(copy), { force: true });
    return err(dispatch(fresh(), 'safety.openEncrypted', { path: copy, password: PASSWORD }));
  },
  'file-not-found': () => err(dispatch(fresh(), 'safety.openEncrypted', { path: path.join(enc.dir, 'saknas.kontera'), password: PASSWORD })),
  'not-a-company-file': async () => {
    // The key file unwraps with the password but holds another file's key.
    const dir = path.join(enc.dir, 'annan-nyckel');
    mkdirSync(dir);
    const copy = path.join(dir, 'kopia.kontera');
    const { copyFileSync } = await import('node:fs');
    copyFileSync(enc.file, copy);
    writeKeyFile(copy, wrapKey(newDataKey(), PASSWORD));
    return err(dispatch(fresh(), 'safety.openEncrypted', { path: copy, password: PASSWORD }));
  },
  'schema-too-new': async () => {
    const key = parseRecoveryKey(recoveryKey) as Buffer;
    const db = openDb(enc.file, { key });
    db.raw.pragma('user_version = 999');
    closeDb(db);
    try {
      return await err(dispatch(fresh(), 'safety.openEncrypted', { path: enc.file, recoveryKey }));
    } finally {
      const back = openDb(enc.file, { key });
      back.raw.pragma(`user_version = ${LATEST_VERSION}`);
      closeDb(back);
    }
  },
};

const SWEDISH = /[åäöÅÄÖ]|\b(och|inte|finns|ska|är|för|måste|ange|välj)\b/;

describe('felkatalog för säkerhetsmetoderna', () => {
  for (const [code, reproduce] of Object.entries(CATALOGUE)) {
    it(`${code}: går att framkalla, med svenskt meddelande`, async () => {
      const e = await reproduce();
      expect(e.code).toBe(code);
      expect(e.message).toMatch(SWEDISH);
    });
  }

  it('varje felkod som safety.contract.ts anger har ett fall här', () => {
    const src = readFileSync(new URL('../../../shared/api/areas/safety.contract.ts', import.meta.url), 'utf8');
    const declared = [...src.matchAll(/'([a-z]+(?:-[a-z]+)+)'/g)].map((m) => m[1] as string);
    expect(declared.length).toBeGreaterThan(8);
    expect(declared.filter((d) => !(d in CATALOGUE))).toEqual([]);
  });
});
