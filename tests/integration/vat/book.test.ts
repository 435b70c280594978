/**
 * Booking a return (`vat.book`): one transaction posts the momsomföring, stores the filed boxes and
 * locks the months; a second booking is refused; a reported month refuses VAT lines; a change after
 * a logged reopening shows as "ändrat efter rapportering"; case C7's VAT half.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type VatTestCompany, vatCompany } from './company.js';

let c: VatTestCompany;
afterEach(() => c?.cleanup());

const Q1 = `
2026-01-15 A "Kundfaktura 1, 10 000 + 25 %"
  1510  12 500,00
  3001 -10 000,00
  2611  -2 500,00
2026-02-10 A "Kontorsmaterial"
  6110     800,00
  2641     200,00
  1930  -1 000,00
`;

describe('vat.book', () => {
  it('posts the momsomföring on the last day in series M, stores the boxes, moves every month to vat-reported', async () => {
    c = await vatCompany();
    await c.post(Q1);
    const b = await c.call('vat.book', { period: '2026-Q1' });
    expect(b.voucher?.ref).toBe('M1');
    expect(b.voucher?.date).toBe('2026-03-31');
    expect(b.voucher?.lines.map((l) => [l.account, l.amount])).toEqual([['2611', 250000], ['2641', -20000], ['2650', -230000]]);
    expect(b.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect((await c.call('periods.list', {})).slice(0, 4).map((p) => p.state)).toEqual(['vat-reported', 'vat-reported', 'vat-reported', 'open']);
    const list = await c.call('vat.reports', {});
    expect(list).toEqual([{ period: '2026-Q1', from: '2026-01-01', to: '2026-03-31', reportedAt: '2026-12-03T10:00:00.000Z', reportedBy: 'testare', box49: 2300, voucher: 'M1@2026-01-01' }]);
    const audit = (await c.call('audit.list', { limit: 50 })).rows.map((r) => r.action);
    expect(audit).toContain('vat.reported');
  });

  it('refuses a second booking of the same period, and of an overlapping one, with nothing written', async () => {
    c = await vatCompany();
    await c.post(Q1);
    await c.call('vat.book', { period: '2026-Q1' });
    const again = await c.raw('vat.book', { period: '2026-Q1' });
    expect(again.ok === false && again.error.code).toBe('vat-already-reported');
    expect((await c.call('vouchers.list', {})).rows.filter((r) => r.ref.startsWith('M'))).toHaveLength(1);
    // The table refuses an overlapping return even behind the handler's back.
    expect(() => c.sql(`INSERT INTO vat_reports (period, from_date, to_date, boxes, exact, box49, voucher_id, reported_at, reported_by)
      VALUES ('2026-03', '2026-03-01', '2026-03-31', '{"49":0}', '{}', 0, NULL, 'x', 'y')`)).toThrow(/vat-already-reported/);
    expect(() => c.sql(`UPDATE vat_reports SET box49 = 0`)).toThrow(/immutable/);
    expect(() => c.sql(`DELETE FROM vat_reports`)).toThrow(/immutable/);
  });

  it('a later voucher with VAT lines in a reported month is refused; one without VAT lines is not', async () => {
    c = await vatCompany();
    await c.post(Q1);
    await c.call('vat.book', { period: '2026-Q1' });
    const vat = await c.raw('vouchers.post', { date: '2026-02-20', text: 'Sen faktura', lines: [{ account: '6110', amount: 8000 }, { account: '2641', amount: 2000 }, { account: '1930', amount: -10000 }] });
    expect(vat.ok === false && vat.error.code).toBe('period-vat-reported');
    const plain = await c.raw('vouchers.post', { date: '2026-02-20', text: 'Bankavgift', lines: [{ account: '6570', amount: 5000 }, { account: '1930', amount: -5000 }] });
    expect(plain.ok).toBe(true);
  });

  it('a closed month stays closed; a closed last month stops the booking (nothing written)', async () => {
    c = await vatCompany();
    await c.post(Q1);
    await c.call('periods.close', { month: '2026-01' });
    await c.call('periods.close', { month: '2026-03' });
    const r = await c.raw('vat.book', { period: '2026-Q1' });
    expect(r.ok === false && r.error.code).toBe('period-closed');
    expect(await c.call('vat.reports', {})).toEqual([]);
    await c.call('periods.reopen', { month: '2026-03', reason: 'Momsen ska bokföras' });
    const b = await c.call('vat.book', { period: '2026-Q1' });
    expect(b.months).toEqual(['2026-02', '2026-03']);
    expect((await c.call('periods.list', {}))[0]?.state).toBe('closed');
  });

  it('a period with nothing to move is still reported, without a voucher', async () => {
    c = await vatCompany();
    const b = await c.call('vat.book', { period: '2026-Q2' });
    expect(b.voucher).toBeNull();
    expect((await c.call('vat.report', { period: '2026-Q2' })).reported?.voucher).toBeNull();
  });

  it('reopening a reported month and posting a change shows the per-box delta', async () => {
    c = await vatCompany();
    await c.post(Q1);
    await c.call('vat.book', { period: '2026-Q1' });
    await c.call('periods.reopen', { month: '2026-03', reason: 'Glömd faktura' });
    await c.post(`2026-03-20 A "Glömd kundfaktura"\n  1510 1 250\n  3001 -1 000\n  2611 -250\n`);
    const r = await c.call('vat.report', { period: '2026-Q1' });
    expect(r.reported?.boxes['05']).toBe(10000);
    expect(r.boxes['05']).toBe(11000);
    expect(r.changedAfterReport?.delta).toEqual({ '05': 1000, '10': 250, '49': 250 });
    expect(r.changedAfterReport?.message).toMatch(/Ändrat efter rapportering: ruta 05, 10, 49/);
  });

  it('C7: Q1 reported, the correction of A1 dated in Q2 leaves filed and live Q1 alike and lands in Q2', async () => {
    c = await vatCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    await c.post(`2025-01-15 A "Kontantförsäljning"\n  1930 12 500\n  3001 -10 000\n  2611 -2 500\n`);
    await c.call('periods.close', { month: '2025-01' });
    const before = await c.call('vat.report', { period: '2025-Q1' });
    const tb = await c.call('reports.trialBalance', { from: '2025-01-01', to: '2025-01-31' });
    await c.call('vat.book', { period: '2025-Q1' });
    const inQ1 = await c.raw('vouchers.correct', { voucher: { series: 'A', number: 1 }, date: '2025-03-10' });
    expect(inQ1.ok === false && inQ1.error.code).toBe('period-vat-reported');
    const corr = await c.call('vouchers.correct', { voucher: { series: 'A', number: 1 }, date: '2025-04-02' });
    expect(corr.corrects).toBe('A1');
    const after = await c.call('vat.report', { period: '2025-Q1' });
    expect([after.boxes['05'], after.boxes['10']]).toEqual([10000, 2500]);
    expect(after.reported?.boxes).toEqual(before.boxes);
    expect(after.boxes).toEqual(before.boxes);
    expect(after.changedAfterReport).toBeNull();
    expect(await c.call('reports.trialBalance', { from: '2025-01-01', to: '2025-01-31' })).toEqual(tb);
    const q2 = await c.call('vat.report', { period: '2025-Q2' });
    expect([q2.boxes['05'], q2.boxes['10'], q2.boxes['49']]).toEqual([-10000, -2500, -2500]);
  });
});
