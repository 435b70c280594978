/**
 * A generated year (seeded): ≥ 1 200 bank rows, ~5 % without a voucher, repeated amounts. Matching
 * must confirm ≥ 95 % of the rows that have a voucher with 0 wrong matches; after the ambiguous and
 * out-of-window rows are linked by hand and the rest booked from the queue, all 12 months
 * reconcile to zero.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';
import { generateYear, type GenYear } from './generateYear.js';
import { checkDraft, writeChecked } from '../../../electron/server/workflows/postVoucher.js';
import type { DraftVoucher } from '../../../shared/domain/ledger/voucher.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';

let c: TestCompany;
let g: GenYear;
const voucherIds: number[] = [];
const rowIdByLine = new Map<number, number>();
const timings: Record<string, number> = {};

async function timed<T>(name: string, f: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await f();
  } finally {
    timings[name] = Math.round(performance.now() - t);
  }
}

beforeAll(async () => {
  g = generateYear(2026);
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
  await c.call('opening.set', { fiscalYear: '2026-01-01', lines: [{ account: '1930', amount: g.opening }, { account: '2081', amount: -g.opening }] });
  await timed('post vouchers', async () => {
    // The posting path itself (every check, numbering, hash chain), in one transaction for speed.
    const db = c.session.db!;
    db.raw.transaction(() => {
      for (const v of g.vouchers) {
        const draft: DraftVoucher = { kind: 'draft', date: v.date as IsoDate, text: v.text, series: 'A', lines: v.lines.map((l) => ({ account: l.account, amount: ore(l.amount) })), ...(v.reference ? { reference: v.reference } : {}) };
        const checked = checkDraft(db, draft);
        if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
        voucherIds.push(writeChecked(db, checked.value, { now: '2026-12-03T10:00:00.000Z', user: 'testare' }).id);
      }
    }).immediate();
  });
  const file = path.join(c.dir, 'nordea-2026.csv');
  writeFileSync(file, g.csv);
  const imp = await timed('import', () => c.call('bank.import', { path: file }));
  expect(imp.imported).toBe(g.rows.length);
  const rows = await c.call('bank.rows', { account: '1930', limit: 5000 });
  for (const r of rows.rows) rowIdByLine.set(r.line, r.id);
});
afterAll(() => {
  console.log(`[bank] generated year: ${g.rows.length} rows, timings ms ${JSON.stringify(timings)}`);
  c.cleanup();
});

const truthOf = (rowId: number) => {
  const r = g.rows.find((x) => rowIdByLine.get(x.line) === rowId)!;
  return { row: r, voucherId: r.voucher === null ? null : voucherIds[r.voucher]! };
};

describe('generated year', () => {
  it('is the promised shape: ≥ 1 200 rows, ~5 % noise, repeated amounts', () => {
    expect(g.rows.length).toBeGreaterThanOrEqual(1200);
    const noise = g.rows.filter((r) => r.voucher === null).length / g.rows.length;
    expect(noise).toBeGreaterThan(0.04);
    expect(noise).toBeLessThan(0.06);
    const counts = new Map<number, number>();
    for (const r of g.rows) counts.set(r.amount, (counts.get(r.amount) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n >= 12).length).toBeGreaterThanOrEqual(6);
  });

  it('auto-matching confirms ≥ 95 % of the rows with a voucher and none wrongly; the rest are ambiguous or unmatched, never guessed', async () => {
    const m = await timed('match --auto', () => c.call('bank.match', { auto: true }));
    const wrong = m.matches.filter((x) => truthOf(x.rowId).voucherId !== x.voucherId);
    const withVoucher = g.rows.filter((r) => r.voucher !== null).length;
    const rate = m.confirmed / withVoucher;
    console.log(`[bank] matched ${m.confirmed}/${withVoucher} = ${(100 * rate).toFixed(1)} %, wrong ${wrong.length}, ambiguous ${m.ambiguous.length}, by reference ${m.matches.filter((x) => x.kind === 'reference').length}`);
    expect(wrong).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.95);
    expect(m.matches.filter((x) => x.kind === 'reference').length).toBeGreaterThanOrEqual(g.rows.filter((r) => r.kind === 'reference').length);
    for (const a of m.ambiguous) {
      expect(a.candidates.length).toBeGreaterThanOrEqual(2);
      expect(truthOf(a.rowId).row.kind).toBe('coffee');
    }
    const again = await c.call('bank.match', { auto: true });
    expect(again.confirmed).toBe(0);
  });

  it('the rest is linked by hand or booked from the queue, and all 12 months reconcile to zero', async () => {
    await timed('resolve rest', async () => {
      const queue = await c.call('bank.queue', { account: '1930', limit: 5000 });
      await c.call('bank.rules.add', { textContains: 'avgift företagspaket', template: 'Bankavgift' });
      await c.call('bank.rules.add', { textContains: 'ränta', amountMin: 1, template: 'Ränteintäkt' });
      for (const item of queue.rows) {
        const t = truthOf(item.row.id);
        if (t.voucherId !== null) {
          const cands = await c.call('bank.candidates', { rowId: item.row.id });
          expect(cands.map((x) => x.voucherId)).toContain(t.voucherId);
          await c.call('bank.link', { rowId: item.row.id, voucherId: t.voucherId });
        } else if (/AVGIFT|RÄNTA/.test(item.row.text)) {
          await c.call('bank.book', { rowId: item.row.id });
        } else {
          await c.call('bank.book', { rowId: item.row.id, lines: [{ account: '6991', amount: -item.row.amount }], text: 'Okänt kortköp (utredning)' });
        }
      }
    });
    expect((await c.call('bank.queue', {})).total).toBe(0);
    await timed('reconcile 12 months', async () => {
      for (let m = 1; m <= 12; m++) {
        const r = await c.call('bank.reconcile', { account: '1930', month: `2026-${String(m).padStart(2, '0')}` });
        expect({ month: r.month, difference: r.difference, reconciled: r.reconciled, unmatched: r.unmatched.length, basis: r.basis }).toEqual({ month: r.month, difference: 0, reconciled: true, unmatched: 0, basis: 'balance' });
      }
    });
    const records = await c.call('bank.reconciliations', { account: '1930' });
    expect(records.filter((r) => r.reconciled).map((r) => r.month).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    const dec = await c.call('reports.trialBalance', { fiscalYear: '2026-01-01' });
    expect(dec.accounts.find((a) => a.number === '1930')?.closing).toBe(g.opening + g.rows.reduce((s, r) => s + r.amount, 0));
    expect((await c.call('verify', {})).ok).toBe(true);
  });
});
