/**
 * The receipt error catalogue: one reproducer per error code the receipt methods can return, each
 * with a Swedish message; verify's archive findings; and the bank row's receiptId hook. A
 * meta-test checks that every code the receipts contract declares is here.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { newCompany, type TestCompany } from '../../support/company.js';
import { receiptPdf, ICA_LINES } from '../../fixtures/receipts/make.js';

type Outcome = { code: string; message: string };
let c: TestCompany;
let receiptId: number;
const err = async (p: Promise<{ ok: boolean; error?: Outcome }>): Promise<Outcome> => {
  const r = await p;
  if (r.ok || !r.error) throw new Error('expected an error');
  return r.error;
};
const file = (name: string, bytes: Buffer | string) => {
  const f = path.join(c.dir, name);
  writeFileSync(f, bytes);
  return f;
};
const add = (p: string) => err(c.raw('receipts.add', { paths: [p] }) as never);

beforeAll(async () => {
  c = await newCompany({ form: 'EF' });
  receiptId = (await c.call('receipts.add', { paths: [file('ica.pdf', receiptPdf(ICA_LINES))] }))[0]!.id;
});
afterAll(() => c.cleanup());

async function otherCompany(setup: (o: TestCompany) => Promise<void> | void): Promise<TestCompany> {
  const o = await newCompany();
  await setup(o);
  return o;
}

const CATALOGUE: Record<string, () => Promise<Outcome>> = {
  'file-not-found': () => add(path.join(c.dir, 'finns-inte.jpg')),
  'receipt-empty': () => add(file('tom.jpg', '')),
  'receipt-too-large': async () => {
    const f = path.join(c.dir, 'stor.jpg');
    const fd = openSync(f, 'w');
    ftruncateSync(fd, 26 * 1024 * 1024);
    closeSync(fd);
    return add(f);
  },
  'receipt-unsupported': () => add(file('text.txt', 'Det här är inget kvitto.')),
  'receipt-unreadable': () => add(file('trasig.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]))),
  'ocr-unavailable': async () => {
    const before = process.env.KONTERA_TRAINEDDATA;
    process.env.KONTERA_TRAINEDDATA = path.join(c.dir, 'ingen-sprakdata');
    try {
      return await add(file('bild.png', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b550000000a4944415478da63600000000200015de2f5ac0000000049454e44ae426082', 'hex')));
    } finally {
      if (before === undefined) delete process.env.KONTERA_TRAINEDDATA;
      else process.env.KONTERA_TRAINEDDATA = before;
    }
  },
  'archive-foreign': async () => {
    const o = await otherCompany((x) => { writeFileSync(path.join(x.dir, 'bolag.kontera-arkiv'), 'inte ett arkiv'.repeat(100)); });
    try {
      return await err(o.raw('receipts.add', { paths: [file('ica-o.pdf', receiptPdf(ICA_LINES))] }) as never);
    } finally { o.cleanup(); }
  },
  'archive-missing': async () => {
    const o = await otherCompany(async (x) => {
      await x.call('receipts.add', { paths: [path.join(c.dir, 'ica.pdf')] });
      await x.call('company.close', {});
      rmSync(path.join(x.dir, 'bolag.kontera-arkiv'));
      await x.call('company.open', { path: x.file });
    });
    try {
      const v = await o.call('verify', {});
      expect(v.problems.map((p) => p.code)).toContain('archive-missing');
      return await err(o.raw('receipts.image', { id: 1 }) as never);
    } finally { o.cleanup(); }
  },
  'receipt-not-found': () => err(c.raw('receipts.get', { id: 999 }) as never),
  'voucher-not-found': () => err(c.raw('receipts.link', { receiptId, voucherId: 999 }) as never),
  'receipt-already-linked': async () => {
    const [v] = await c.post('2026-02-01 A "Inköp"\n  5460 95,00\n  1930 -95,00\n');
    await c.call('receipts.link', { receiptId, voucherId: v!.id });
    return err(c.raw('receipts.link', { receiptId, voucherId: v!.id }) as never);
  },
  'export-dir-not-empty': () => {
    mkdirSync(path.join(c.dir, 'full'), { recursive: true });
    writeFileSync(path.join(c.dir, 'full', 'x'), 'x');
    return err(c.raw('archive.export', { dir: path.join(c.dir, 'full') }) as never);
  },
  'cannot-write': () => err(c.raw('archive.export', { dir: path.join(c.dir, 'ica.pdf', 'under') }) as never),
  // Posting refusals surface unchanged through receipts.post.
  unbalanced: () => err(c.raw('receipts.post', { receiptId, date: '2026-03-05', text: 'ICA', lines: [{ account: '5460', amount: 100 }, { account: '1930', amount: -90 }] }) as never),
  'no-fiscal-year': () => err(c.raw('receipts.post', { receiptId, date: '2019-03-05', text: 'ICA', lines: [{ account: '5460', amount: 100 }, { account: '1930', amount: -100 }] }) as never),
};

describe('receipt error catalogue', () => {
  for (const [code, reproduce] of Object.entries(CATALOGUE)) {
    it(code, async () => {
      const e = await reproduce();
      expect(e.code).toBe(code);
      expect(e.message).toMatch(/[åäöÅÄÖ]|[a-z]{3,} [a-z]{3,}/);
      expect(e.message).not.toMatch(/undefined|null|\[object/);
    }, 60_000);
  }

  it('covers every code the receipts contract declares', () => {
    const src = readFileSync(path.resolve(__dirname, '../../../shared/api/areas/receipts.contract.ts'), 'utf8');
    const declared = new Set([...src.matchAll(/'([a-z]+(?:-[a-z]+)+|unbalanced)'/g)].map((m) => m[1]!));
    const missing = [...declared].filter((d) => !(d in CATALOGUE) && !['too-few-lines', 'zero-line', 'unknown-account', 'inactive-account', 'fiscal-year-closed', 'period-closed', 'period-vat-reported', 'invalid-date', 'missing-text', 'invalid-series'].includes(d));
    expect(missing).toEqual([]);
  });

  it('verify finds an original changed behind Kontera\'s back (guard dropped, bytes edited)', async () => {
    const o = await otherCompany(async (x) => { await x.call('receipts.add', { paths: [path.join(c.dir, 'ica.pdf')] }); });
    try {
      expect((await o.call('verify', {})).problems).toEqual([]);
      const arkiv = new Database(path.join(o.dir, 'bolag.kontera-arkiv'));
      arkiv.exec("DROP TRIGGER files_no_update; UPDATE files SET bytes = zeroblob(size)");
      arkiv.close();
      const codes = (await o.call('verify', {})).problems.map((p) => p.code);
      expect(codes).toEqual(expect.arrayContaining(['trigger-missing', 'archive-file-changed']));
    } finally { o.cleanup(); }
  });

  it('a bank row can be booked with a receipt from the queue as its underlag; an unknown one is refused', async () => {
    const o = await otherCompany(() => {});
    try {
      const [r] = await o.call('receipts.add', { paths: [path.join(c.dir, 'ica.pdf')] });
      await o.call('bank.import', { path: file('bank.csv', 'Bokföringsdag;Belopp;Saldo;Rubrik\n2026-03-05;-95,00;905,00;ICA SUPERMARKET\n') });
      const row = (await o.call('bank.rows', {})).rows[0]!;
      const bad = await o.raw('bank.book', { rowId: row.id, lines: [{ account: '5460', amount: 9500 }], receiptId: 999 });
      expect(bad.ok ? '' : bad.error.code).toBe('bank-receipt-unsupported');
      const booked = await o.call('bank.book', { rowId: row.id, lines: [{ account: '5460', amount: 9500 }], receiptId: r!.id });
      const linked = await o.call('receipts.get', { id: r!.id });
      expect(linked.vouchers.map((v) => v.voucherId)).toEqual([booked.voucher.id]);
      expect((await o.call('receipts.queue', {})).total).toBe(0);
    } finally { o.cleanup(); }
  });
});
