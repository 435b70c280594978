/**
 * Receipts through dispatch on real files: archive (byte-exact, by hash, duplicates say where),
 * reading a PDF text layer, the suggestion from the keyword table and then from history, posting
 * with the link in one transaction, the queue, many-to-many links, export, verify.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { newCompany, type TestCompany } from '../../support/company.js';
import { receiptPdf, ICA_LINES } from '../../fixtures/receipts/make.js';

let c: TestCompany;
const file = (name: string, bytes: Buffer) => {
  const f = path.join(c.dir, name);
  writeFileSync(f, bytes);
  return f;
};
const ica = (date: string, extra: string[] = []) => receiptPdf(ICA_LINES.map((l) => (l.startsWith('Datum') ? `Datum ${date}` : l)).concat(extra));

beforeAll(async () => { c = await newCompany({ form: 'AB' }); });
afterAll(() => c.cleanup());

describe('receipts', () => {
  it('archives the original byte-exact beside the company file and reads the PDF text layer', async () => {
    const bytes = ica('2026-03-05');
    const [r] = await c.call('receipts.add', { paths: [file('ica1.pdf', bytes)] });
    expect(r!.duplicate).toBe(false);
    expect(r!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(r!.reader).toBe('pdf-text');
    expect(r!.fields).toMatchObject({ merchant: 'ICA Supermarket Testköping', orgnr: '556000-0167', date: '2026-03-05', total: 9500, currency: 'SEK', payment: 'card' });
    expect(r!.fields.vat.map((v) => [v.rate, v.amount])).toEqual([['12', 482], ['25', 1000]]);
    expect(r!.certain.total).toBe(true);
    expect(r!.archive).toBe(path.join(c.dir, 'bolag.kontera-arkiv'));
    const arkiv = new Database(r!.archive, { readonly: true });
    const stored = arkiv.prepare('SELECT bytes FROM files WHERE sha256 = ?').get(r!.sha256) as { bytes: Buffer };
    expect(Buffer.compare(stored.bytes, bytes)).toBe(0);
    expect(() => arkiv.prepare('DELETE FROM files').run()).toThrow();
    arkiv.close();
  });

  it('suggests 5460 for ICA from the keyword table, VAT per rate on 2641, paid from 1930', async () => {
    const q = await c.call('receipts.queue', {});
    expect(q.total).toBe(1);
    const r = await c.call('receipts.get', { id: q.receipts[0]!.id });
    expect(r.suggestion!.source).toBe('keyword');
    expect(r.suggestion!.lines).toEqual([
      { account: '5460', amount: 8018 },
      { account: '2641', amount: 482, text: 'Ingående moms 12 %' },
      { account: '2641', amount: 1000, text: 'Ingående moms 25 %' },
      { account: '1930', amount: -9500 },
    ]);
  });

  it('the same bytes again say where they are archived and attached; nothing new is stored', async () => {
    const [r] = await c.call('receipts.add', { paths: [file('kopia.pdf', ica('2026-03-05'))] });
    expect(r!.duplicate).toBe(true);
    expect(r!.fileName).toBe('ica1.pdf');
    expect((await c.call('receipts.queue', {})).total).toBe(1);
  });

  it('posts the corrected draft and links the receipt in one step; the next ICA receipt copies it', async () => {
    const q = await c.call('receipts.queue', {});
    const id = q.receipts[0]!.id;
    const posted = await c.call('receipts.post', {
      receiptId: id, date: '2026-03-05', text: 'ICA fika', counterparty: 'ICA Supermarket Testköping',
      lines: [{ account: '7690', amount: 8018 }, { account: '2641', amount: 1482 }, { account: '1930', amount: -9500 }],
    });
    expect(posted.voucher.ref).toBe('A1');
    expect(posted.receipt.vouchers.map((v) => v.ref)).toEqual(['A1']);
    expect(posted.receipt.suggestion).toBeNull();
    expect((await c.call('receipts.queue', {})).total).toBe(0);
    const [next] = await c.call('receipts.add', { paths: [file('ica2.pdf', ica('2026-03-12', ['Extra rad']))] });
    expect(next!.suggestion!.source).toBe('history');
    expect(next!.suggestion!.basedOn).toBe('A1');
    expect(next!.suggestion!.lines[0]).toEqual({ account: '7690', amount: 8018 });
  });

  it('links one receipt to several vouchers and a voucher to several receipts (additions only)', async () => {
    const [a, b] = await c.call('receipts.add', { paths: [file('x1.pdf', ica('2026-03-20', ['x1'])), file('x2.pdf', ica('2026-03-21', ['x2']))] });
    const [v1, v2] = await c.post('2026-03-20 A "Del 1"\n  6110 100,00\n  1930 -100,00\n2026-03-21 A "Del 2"\n  6110 50,00\n  1930 -50,00\n');
    await c.call('receipts.link', { receiptId: a!.id, voucherId: v1!.id });
    await c.call('receipts.link', { receiptId: a!.id, voucherId: v2!.id });
    const both = await c.call('receipts.link', { receiptId: b!.id, voucherId: v1!.id });
    expect(both.vouchers.map((v) => v.ref)).toEqual(['A2']);
    expect((await c.call('receipts.ofVoucher', { voucherId: v1!.id })).map((r) => r.id)).toEqual([a!.id, b!.id]);
    const again = await c.raw('receipts.link', { receiptId: a!.id, voucherId: v1!.id });
    expect(again.ok ? '' : again.error.code).toBe('receipt-already-linked');
  });

  it('archives a receipt dated outside every fiscal year', async () => {
    const [r] = await c.call('receipts.add', { paths: [file('gammal.pdf', ica('2019-06-01', ['gammal']))] });
    expect(r!.fields.date).toBe('2019-06-01');
    expect(r!.id).toBeGreaterThan(0);
  });

  it('offers unbooked receipts with the same amount to a bank row, nearest date first', async () => {
    const q = await c.call('receipts.queue', { amount: -9500, near: '2026-03-13' });
    expect(q.receipts.map((r) => r.date)).toEqual(['2026-03-12', '2019-06-01']);
  });

  it('verify covers the archive; export writes every underlag, an index, the audit log and documentation', async () => {
    const v = await c.call('verify', {});
    expect(v.problems).toEqual([]);
    const dir = path.join(c.dir, 'export');
    const e = await c.call('archive.export', { dir });
    expect(e.files).toBe(5);
    expect(readdirSync(path.join(dir, 'underlag'))).toHaveLength(5);
    const index = readFileSync(e.index, 'utf8');
    expect(index).toContain('A1@2026-01-01');
    expect(readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').split('\n').filter(Boolean)).toHaveLength(5);
    expect(readFileSync(e.audit, 'utf8')).toContain('receipt.linked');
    expect(existsSync(e.documentation)).toBe(true);
    const again = await c.raw('archive.export', { dir });
    expect(again.ok ? '' : again.error.code).toBe('export-dir-not-empty');
  });
});
