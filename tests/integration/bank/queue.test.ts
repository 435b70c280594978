/**
 * The work queue: suggestions from user rules and from earlier bookings, booking ten rows in a
 * row (accepting the suggestion where there is one), voucher + link in one transaction, and the
 * row leaving the queue.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';
import { FIXTURES } from '../../unit/bank/support.js';

const fx = (rel: string) => path.join(FIXTURES, rel);
const lineSet = (ls: { account: string; amount: number }[]) => ls.map((l) => `${l.account} ${l.amount}`).sort();

describe('booking ten rows from the queue', () => {
  let c: TestCompany;
  beforeAll(async () => {
    c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
    await c.call('bank.import', { path: fx('handelsbanken/Transaktioner_12345678_synthetic.txt') });
    await c.call('bank.import', { path: fx('swedbank/Transaktioner_synthetic.csv'), account: '1940' });
    for (const [textContains, template, amountMin] of [
      ['swish/månavg', 'Bankavgift'], ['öf-annan-bank', 'Bankavgift'], ['kjell', 'Förbrukningsinventarier 25 %'],
      ['ica', 'Inköp livsmedel 12 %'], ['kund', 'Kundinbetalning', 1],
    ] as [string, string, number?][]) await c.call('bank.rules.add', { textContains, template, ...(amountMin ? { amountMin } : {}) });
  });
  afterAll(() => c.cleanup());

  it('each booking posts one voucher with the row amount on the bank account, links it, and the row leaves the queue', async () => {
    const manual: Record<string, { template?: string; lines?: { account: string; amount: number }[] }> = {
      'Hyra januari': { lines: [{ account: '5010', amount: 850_000 }] },
      '783-5960 00012': { template: 'Försäljning 25 %' },
      'Åsa Öberg': { template: 'Kundinbetalning' },
      'INTERNET BET': { template: 'Betalning av leverantörsskuld' },
      Täckning: { lines: [{ account: '2893', amount: -300_000 }] },
    };
    const start = await c.call('bank.queue', {});
    expect(start.total).toBe(13);
    const fromSuggestion: string[] = [];
    for (let n = 0; n < 10; n++) {
      const q = await c.call('bank.queue', { limit: 1 });
      expect(q.total).toBe(13 - n);
      const item = q.rows[0]!;
      const how = item.suggestion ? {} : manual[item.row.text];
      expect(how, item.row.text).toBeDefined();
      if (item.suggestion) fromSuggestion.push(`${item.row.text} → ${item.suggestion.template}`);
      const b = await c.call('bank.book', { rowId: item.row.id, ...how });
      const bankLines = b.voucher.lines.filter((l) => l.account === item.row.account);
      expect(bankLines.map((l) => l.amount)).toEqual([item.row.amount]);
      expect(b.voucher.lines.reduce((s, l) => s + l.amount, 0)).toBe(0);
      expect(b.voucher.date).toBe(item.row.date);
      expect(b.row.link).toMatchObject({ kind: 'booked', voucherId: b.voucher.id, lineNo: bankLines.length && b.voucher.lines.indexOf(bankLines[0]!) + 1 });
      if (item.suggestion) expect(lineSet(b.voucher.lines)).toEqual(lineSet(item.suggestion.lines));
    }
    expect(fromSuggestion).toEqual([
      'SWISH/MÅNAVG → Bankavgift', 'KJELL & CO 48 → Förbrukningsinventarier 25 %', 'ÖF-ANNAN-BANK → Bankavgift',
      'ICA NÄRA SÖDER → Inköp livsmedel 12 %', 'Kund Exempel AB → Kundinbetalning',
    ]);
    expect((await c.call('bank.queue', {})).total).toBe(3);
    expect((await c.call('vouchers.list', {})).total).toBe(10);
  });

  it('a template paying from 1930 is moved onto the row’s own bank account (1940), money in turns the template round', async () => {
    const rows = (await c.call('bank.rows', { account: '1940', state: 'matched' })).rows;
    const ica = rows.find((r) => r.text === 'ICA NÄRA SÖDER')!;
    const ref = (await c.call('vouchers.list', {})).rows.find((x) => x.id === ica.link!.voucherId)!.ref;
    const v = await c.call('vouchers.get', { voucher: { series: ref.slice(0, 1), number: Number(ref.slice(1)) } });
    expect(lineSet(v.lines)).toEqual(lineSet([{ account: '4000', amount: 43_080 }, { account: '2641', amount: 5_170 }, { account: '1940', amount: -48_250 }]));
    const kund = rows.find((r) => r.text === 'Kund Exempel AB')!;
    expect(kund.link?.kind).toBe('booked');
  });

  it('nothing to book without a suggestion, template or lines; a refused posting writes neither voucher nor link', async () => {
    const q = await c.call('bank.queue', { account: '1940' });
    const skatt = q.rows.find((i) => i.row.text === 'Skatteverket')!;
    expect(skatt.suggestion).toBeNull();
    const none = await c.raw('bank.book', { rowId: skatt.row.id });
    expect(none.ok ? 'ok' : none.error.code).toBe('bank-nothing-to-book');
    await c.call('periods.close', { month: '2026-05' });
    const closed = await c.raw('bank.book', { rowId: skatt.row.id, template: 'Betalning till skattekontot' });
    expect(closed.ok ? 'ok' : closed.error.code).toBe('period-closed');
    expect((await c.call('vouchers.list', {})).total).toBe(10);
    expect((await c.call('bank.queue', { account: '1940' })).total).toBe(q.total);
    await c.call('periods.reopen', { month: '2026-05', reason: 'Bankrader kvar att bokföra' });
    const ok = await c.call('bank.book', { rowId: skatt.row.id, template: 'Betalning till skattekontot' });
    expect(lineSet(ok.voucher.lines)).toEqual(['1630 125000', '1940 -125000']);
  });

  it('unlinking returns the row to the queue and keeps the link history; it can be linked again by hand', async () => {
    const row = (await c.call('bank.rows', { account: '1930', state: 'matched' })).rows[0]!;
    const voucherId = row.link!.voucherId;
    const un = await c.call('bank.unlink', { rowId: row.id, reason: 'Fel konto, utreds' });
    expect(un.link).toBeNull();
    expect((await c.call('bank.queue', { account: '1930' })).rows.map((i) => i.row.id)).toContain(row.id);
    const cands = await c.call('bank.candidates', { rowId: row.id });
    expect(cands[0]).toMatchObject({ voucherId, kind: 'exact', days: 0 });
    const again = await c.call('bank.link', { rowId: row.id, voucherId });
    expect(again.link).toMatchObject({ kind: 'manual', voucherId });
    const n = c.session.db!.raw.prepare('SELECT count(*) AS n FROM bank_matches WHERE bank_row_id = ?').get(row.id) as { n: number };
    expect(n.n).toBe(2);
  });

  it('rules can be listed and removed; the tax-account templates are offered for tax accounts only', async () => {
    const rules = await c.call('bank.rules.list', {});
    expect(rules.map((r) => r.template)).toContain('Kundinbetalning');
    expect(await c.call('bank.rules.remove', { id: rules[0]!.id })).toEqual({ removed: true });
    expect(await c.call('bank.rules.list', {})).toHaveLength(rules.length - 1);
    const own = await c.call('bank.templates', { account: '1930' });
    expect(own.some((t) => t.source === 'tax-account')).toBe(false);
    const tax = await c.call('bank.templates', { account: '1630' });
    expect(tax.filter((t) => t.source === 'tax-account').map((t) => t.name)).toContain('Skattekonto: F-skatt (aktiebolag)');
    expect(tax.map((t) => t.name)).not.toContain('Skattekonto: F-skatt (enskild firma)');
  });
});

describe('suggestions from earlier bookings of the same counterparty', () => {
  it('copies the earlier voucher’s accounts, scaled to the new amount', async () => {
    const c = await newCompany({ form: 'AB', fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    try {
      await c.call('bank.import', { path: fx('c11/jan.csv') });
      await c.call('bank.import', { path: fx('c11/jan15-feb15.csv') });
      const q = (await c.call('bank.queue', {})).rows;
      const first = (text: string) => q.find((i) => i.row.text === text)!.row.id;
      await c.call('bank.book', { rowId: first('Kund AB'), template: 'Kundinbetalning' });
      await c.call('bank.book', { rowId: first('SPOTIFY'), lines: [{ account: '5420', amount: 3_920 }, { account: '2641', amount: 980 }] });
      const after = (await c.call('bank.queue', {})).rows;
      const kund = after.find((i) => i.row.text === 'Kund AB')!;
      expect(kund.row.amount).toBe(500_000);
      expect(kund.suggestion).toMatchObject({ source: 'history', template: null });
      expect(lineSet(kund.suggestion!.lines)).toEqual(['1510 -500000', '1930 500000']);
      const spotify = after.filter((i) => i.row.text === 'SPOTIFY');
      expect(spotify).toHaveLength(2);
      for (const s of spotify) expect(lineSet(s.suggestion!.lines)).toEqual(['1930 -4900', '2641 980', '5420 3920']);
      const booked = await c.call('bank.book', { rowId: kund.row.id });
      expect(booked.row.link?.kind).toBe('booked');
    } finally {
      c.cleanup();
    }
  });
});
