/**
 * Bank row ↔ receipt queue through dispatch: the queue proposes an unbooked receipt with the row's
 * total dated near the row (nearest first, never one already attached), booking with it writes
 * voucher + match + receipt link in one transaction, a refused booking writes none of the three,
 * and `kontera bank book … --receipt ID` does the same from the command line.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';
import { receiptPdf, ICA_LINES } from '../../fixtures/receipts/make.js';
import { cliInProcess, writeCounts } from '../../support/cliInProcess.js';

/** Nordea layout, newest first, balances consistent (10 000,00 before the first row). */
const STATEMENT = [
  'Bokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Saldo;Valuta',
  '2026-04-20;-95,00;;;ICA;ICA april;9465,00;SEK',
  '2026-03-20;-95,00;;;ICA;ICA tjugonde;9560,00;SEK',
  '2026-03-10;-250,00;;;KJELL;KJELL & CO;9655,00;SEK',
  '2026-03-06;-95,00;;;ICA;ICA sjätte;9905,00;SEK',
].join('\n');

const ica = (date: string, tag: string) => receiptPdf(ICA_LINES.map((l) => (l.startsWith('Datum') ? `Datum ${date}` : l)).concat([`Kvittonr ${tag}`]));

const cli = cliInProcess;

let c: TestCompany;
const ids: Record<string, number> = {};
const file = (name: string, bytes: Buffer | string) => {
  const f = path.join(c.dir, name);
  writeFileSync(f, bytes);
  return f;
};
const counts = () => writeCounts(c.file);
const queueRow = async (text: string) => (await c.call('bank.queue', {})).rows.find((q) => q.row.text === text);

beforeAll(async () => {
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
  await c.call('bank.import', { path: file('nordea.csv', STATEMENT) });
  for (const [name, date] of [['ica-0301.pdf', '2026-03-01'], ['ica-0305.pdf', '2026-03-05'], ['ica-0315.pdf', '2026-03-15'], ['ica-0320.pdf', '2026-03-20']] as const) {
    const [r] = await c.call('receipts.add', { paths: [file(name, ica(date, name))] });
    expect(r!.fields).toMatchObject({ date, total: 9500 });
    ids[name] = r!.id;
  }
  // The receipt dated the same day as the 20 March row is already attached to a voucher: never proposed.
  await c.call('receipts.post', {
    receiptId: ids['ica-0320.pdf']!, date: '2026-03-20', text: 'ICA kontant',
    lines: [{ account: '5460', amount: 8018 }, { account: '2641', amount: 1482 }, { account: '1910', amount: -9500 }],
  });
});
afterAll(() => c.cleanup());

describe('the bank queue proposes a receipt', () => {
  it('same total within ±7 days, nearest first; attached receipts and receipts too far away are never proposed', async () => {
    const q = await c.call('bank.queue', {});
    const byText = Object.fromEntries(q.rows.map((r) => [r.row.text, r.receipt]));
    expect(Object.keys(byText).sort()).toEqual(['ICA april', 'ICA sjätte', 'ICA tjugonde', 'KJELL & CO']);
    expect(byText['ICA sjätte']).toEqual({ id: ids['ica-0305.pdf'], fileName: 'ica-0305.pdf', merchant: 'ICA Supermarket Testköping', date: '2026-03-05', total: 9500, days: -1 });
    expect(byText['ICA tjugonde']).toEqual({ id: ids['ica-0315.pdf'], fileName: 'ica-0315.pdf', merchant: 'ICA Supermarket Testköping', date: '2026-03-15', total: 9500, days: -5 });
    expect(byText['KJELL & CO']).toBeNull();
    expect(byText['ICA april']).toBeNull();
  });
});

describe('booking a row with its receipt', () => {
  it('posts the voucher, matches the row and attaches the receipt in one write; row and receipt leave their queues', async () => {
    const item = (await queueRow('ICA sjätte'))!;
    const before = counts();
    const receiptsBefore = (await c.call('receipts.queue', {})).total;
    const b = await c.call('bank.book', { rowId: item.row.id, lines: [{ account: '5460', amount: 9500 }], receiptId: item.receipt!.id });
    expect(b.voucher.date).toBe('2026-03-06');
    expect(b.voucher.lines.map((l) => [l.account, l.amount])).toEqual([['5460', 9500], ['1930', -9500]]);
    expect(b.row.link).toMatchObject({ kind: 'booked', voucherId: b.voucher.id, lineNo: 2 });
    expect(counts()).toEqual({ vouchers: before.vouchers + 1, matches: before.matches + 1, links: before.links + 1 });
    const attached = await c.call('receipts.ofVoucher', { voucherId: b.voucher.id });
    expect(attached.map((r) => [r.id, r.fileName, r.date, r.total])).toEqual([[ids['ica-0305.pdf'], 'ica-0305.pdf', '2026-03-05', 9500]]);
    const receipt = await c.call('receipts.get', { id: ids['ica-0305.pdf']! });
    expect(receipt.vouchers.map((v) => v.ref)).toEqual([b.voucher.ref]);
    expect((await c.call('receipts.queue', {})).total).toBe(receiptsBefore - 1);
    expect(await queueRow('ICA sjätte')).toBeUndefined();
    expect((await c.call('bank.queue', {})).rows.map((r) => r.receipt?.id ?? null)).not.toContain(ids['ica-0305.pdf']);
  });

  it('a refused booking (closed month, unknown receipt) writes neither voucher, match nor receipt link', async () => {
    const item = (await queueRow('ICA tjugonde'))!;
    expect(item.receipt?.id).toBe(ids['ica-0315.pdf']);
    const unknown = await c.raw('bank.book', { rowId: item.row.id, lines: [{ account: '5460', amount: 9500 }], receiptId: 9999 });
    expect(unknown.ok ? 'ok' : [unknown.error.code, unknown.error.path]).toEqual(['bank-receipt-unsupported', 'receiptId']);
    const before = counts();
    await c.call('periods.close', { month: '2026-03' });
    const closed = await c.raw('bank.book', { rowId: item.row.id, lines: [{ account: '5460', amount: 9500 }], receiptId: item.receipt!.id });
    expect(closed.ok ? 'ok' : closed.error.code).toBe('period-closed');
    expect(counts()).toEqual(before);
    expect(await c.call('receipts.ofVoucher', { voucherId: before.vouchers + 1 })).toEqual([]);
    expect((await c.call('receipts.get', { id: ids['ica-0315.pdf']! })).vouchers).toEqual([]);
    expect((await queueRow('ICA tjugonde'))?.receipt?.id).toBe(ids['ica-0315.pdf']);
  });
});

describe('kontera bank book --receipt', () => {
  it('queue --json names the proposed receipt; book --receipt attaches it; a bad id is a usage error', async () => {
    await c.call('company.close', {});
    const q = JSON.parse((await cli('bank', 'queue', c.file, '--json')).out) as { row: number; text: string; receipt: number | null }[];
    expect(q.map((x) => [x.text, x.receipt])).toEqual([['KJELL & CO', null], ['ICA tjugonde', ids['ica-0315.pdf']], ['ICA april', null]]);
    expect((await cli('bank', 'book', c.file, String(q[0]!.row), '--receipt', 'x')).code).toBe(2);
    // April is open: the April row gets the 15 March receipt attached by hand (the user's choice, outside the proposal window).
    const april = q.find((x) => x.text === 'ICA april')!;
    const b = await cli('bank', 'book', c.file, String(april.row), '--template', 'Bankavgift', '--receipt', String(ids['ica-0315.pdf']), '--json');
    expect(b.code).toBe(0);
    const out = JSON.parse(b.out) as { row: number; id: string; receipt: number };
    expect(out).toMatchObject({ row: april.row, series: 'A', receipt: ids['ica-0315.pdf'] });
    const text = await cli('bank', 'queue', c.file);
    expect(text.out).not.toContain('ICA april');
    expect(text.out).not.toContain('underlag');
    await c.call('company.open', { path: c.file });
    const v = (await c.call('vouchers.list', {})).rows.find((r) => r.ref === out.id)!;
    expect((await c.call('receipts.ofVoucher', { voucherId: v.id })).map((r) => r.id)).toEqual([ids['ica-0315.pdf']]);
  });
});
