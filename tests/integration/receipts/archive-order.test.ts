/**
 * The original bytes are committed to the archive file before the receipt is written to the
 * company file. With WAL, one transaction over both ATTACHed files commits each on its own (the
 * company file first), so a crash in between could leave a receipt whose original was never
 * archived (the crash harness met it once under load). Here the company file's write is made to
 * fail after the archive's: the bytes stay archived, no receipt row exists, verify is clean, and
 * adding the same file again adopts the archived bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { newCompany, type TestCompany } from '../../support/company.js';
import { receiptPdf, ICA_LINES } from '../../fixtures/receipts/make.js';

let c: TestCompany;
beforeAll(async () => { c = await newCompany({ form: 'AB' }); });
afterAll(() => c.cleanup());

const archived = () => {
  const db = new Database(path.join(c.dir, 'bolag.kontera-arkiv'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('receipts.add commits the original before the receipt', () => {
  it('leaves the bytes archived when the company file write fails, and adopts them on the next add', async () => {
    const file = path.join(c.dir, 'ica.pdf');
    writeFileSync(file, receiptPdf(ICA_LINES));
    const raw = c.session.db!.raw;
    raw.exec(`CREATE TEMP TRIGGER fail_receipt BEFORE INSERT ON main.receipts BEGIN SELECT RAISE(ABORT, 'simulerat avbrott'); END;`);
    await expect(c.raw('receipts.add', { paths: [file] })).resolves.toMatchObject({ ok: false });
    raw.exec('DROP TRIGGER fail_receipt');
    expect(archived()).toBe(1);
    expect((raw.prepare('SELECT count(*) AS n FROM receipts').get() as { n: number }).n).toBe(0);
    expect((await c.call('verify', {})).ok).toBe(true);

    const [again] = await c.call('receipts.add', { paths: [file] });
    expect(again!.duplicate).toBe(false);
    expect(again!.fields.total).toBe(9500);
    expect(archived()).toBe(1);
    expect((await c.call('verify', {})).ok).toBe(true);
  });
});
