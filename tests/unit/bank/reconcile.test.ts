/** Bank balance at a date from stated balances and rows; gaps between statements; month reconciliation. */
import { describe, expect, it } from 'vitest';
import { anchorGaps, anchorsOf, bankBalanceAt, coveredByOpening, explainDifference, reconcileMonth } from '../../../shared/domain/bank/reconcile.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore, type Ore } from '../../../shared/domain/money/ore.js';

const d = (s: string) => s as IsoDate;
const o = (n: number) => n as Ore;

describe('bankBalanceAt', () => {
  const anchors = anchorsOf([
    { firstDate: d('2025-01-02'), lastDate: d('2025-01-31'), opening: o(2_000_000), closing: o(2_360_900) },
    { firstDate: d('2025-01-15'), lastDate: d('2025-02-14'), opening: o(2_450_000), closing: o(2_056_000) },
  ]);
  const rows = [
    { date: '2025-01-02', amount: -800_000 }, { date: '2025-01-10', amount: 1_250_000 }, { date: '2025-01-15', amount: -34_900 },
    { date: '2025-01-20', amount: -4_900 }, { date: '2025-01-20', amount: -4_900 }, { date: '2025-01-25', amount: -39_900 },
    { date: '2025-01-31', amount: -4_500 }, { date: '2025-02-03', amount: 500_000 }, { date: '2025-02-10', amount: -4_900 }, { date: '2025-02-14', amount: -800_000 },
  ];

  it('anchors sit at the end of the day before the first row and of the last row', () => {
    expect(anchors.map((a) => a.date)).toEqual(['2025-01-01', '2025-01-14', '2025-01-31', '2025-02-14']);
  });

  it('any date: nearest anchor before it plus the rows since; before the first anchor, backwards', () => {
    expect(bankBalanceAt(d('2025-01-31'), anchors, rows)).toBe(2_360_900);
    expect(bankBalanceAt(d('2025-02-28'), anchors, rows)).toBe(2_056_000);
    expect(bankBalanceAt(d('2025-02-05'), anchors, rows)).toBe(2_860_900);
    expect(bankBalanceAt(d('2024-12-31'), anchors, rows)).toBe(2_000_000);
    expect(bankBalanceAt(d('2025-01-31'), [], rows)).toBeNull();
  });

  it('overlapping statements agree: no gap; a missing row shows as a gap with both figures', () => {
    expect(anchorGaps(anchors, rows)).toEqual([]);
    const missing = rows.filter((r) => r.date !== '2025-02-03');
    expect(anchorGaps(anchors, missing)).toEqual([{ from: '2025-01-31', to: '2025-02-14', computed: 1_556_000, stated: 2_056_000 }]);
  });
});

describe('reconcileMonth', () => {
  it('reconciled only at difference zero', () => {
    expect(reconcileMonth({ bankBalance: o(900), ledgerOpening: o(1000), ledgerClosing: o(900), bankMovements: o(-100) }))
      .toEqual({ basis: 'balance', statement: 900, ledger: 900, difference: 0, reconciled: true });
    expect(reconcileMonth({ bankBalance: o(900), ledgerOpening: o(1000), ledgerClosing: o(950), bankMovements: o(-100) }))
      .toMatchObject({ difference: -50, reconciled: false });
  });

  it('without stated balances (card exports) the statement side is ledger opening plus the bank’s movements', () => {
    expect(reconcileMonth({ bankBalance: null, ledgerOpening: o(-5000), ledgerClosing: o(-7000), bankMovements: o(-2000) }))
      .toEqual({ basis: 'movements', statement: ore(-7000), ledger: -7000, difference: 0, reconciled: true });
  });
});

describe('explainDifference', () => {
  const base = { account: '1930', from: d('2025-01-01'), ledgerOpening: o(1_000_000), bankMovements: o(-50_000), ledgerMovements: o(-50_000) };

  it('nothing to explain when the month reconciles or the listed items explain the whole difference', () => {
    expect(explainDifference({ ...base, difference: o(0), bankOpening: o(1_000_000), fyStart: true })).toBeNull();
    expect(explainDifference({ ...base, unmatchedBank: o(100), bankMovements: o(-49_900), difference: o(100), bankOpening: o(1_000_000), fyStart: false })).toBeNull();
  });

  it('explains only what the listed items do not: 500 shown, items 49 500', () => {
    // 495,00 of the 500,00 is an unmatched voucher line; the other 5,00 is the opening balances
    const e = explainDifference({ ...base, difference: o(50_000), unmatchedBank: o(0), unmatchedLedger: o(-49_500), bankOpening: o(1_000_500), ledgerMovements: o(-99_500), fyStart: false });
    expect(e).toMatchObject({ code: 'bank-reconcile-opening-differs', opening: 500, movements: 0 });
    expect(e?.message).toContain('De omatchade posterna förklarar 495,00 av differensen 500,00; resten, 5,00');
  });

  it('the fiscal year opening against the statement opening, with both figures', () => {
    const e = explainDifference({ ...base, difference: o(754_946), bankOpening: o(1_754_946), fyStart: true });
    expect(e).toMatchObject({ code: 'bank-reconcile-opening-differs', opening: 754_946, movements: 0 });
    expect(e?.message).toContain('räkenskapsårets ingående balans på 1930 är 10\u00a0000,00 men kontoutdragets saldo den 2024-12-31 är 17\u00a0549,46 (skillnad 7\u00a0549,46)');
  });

  it('matches across the month end, computed from the two movements', () => {
    const e = explainDifference({ ...base, difference: o(-20_000), bankOpening: o(1_000_000), bankMovements: o(-70_000), fyStart: false });
    expect(e).toMatchObject({ code: 'bank-reconcile-cross-month', opening: 0, movements: -20_000 });
    expect(e?.message).toContain('bankens rader i månaden summerar till −700,00 men bokföringen på 1930 till −500,00 (skillnad −200,00)');
    const both = explainDifference({ ...base, difference: o(-10_000), bankOpening: o(1_010_000), bankMovements: o(-70_000), fyStart: false });
    expect(both).toMatchObject({ code: 'bank-reconcile-opening-and-cross-month', opening: 10_000, movements: -20_000 });
  });
});

describe('coveredByOpening', () => {
  const anchor = { date: d('2025-12-31'), balance: o(5_000_000) };
  it('an opening-balance voucher on the statement\'s first day that brings the books to its opening', () => {
    const lines = [{ date: '2026-01-01', amount: -39_900 }, { date: '2026-01-01', amount: 5_000_000 }];
    expect(coveredByOpening({ firstAnchor: anchor, from: d('2026-01-01'), to: d('2026-01-31'), ledgerBefore: o(0), lines, unmatchedBankRows: [] })).toEqual([1]);
    // not when the books already stand at the opening, nor when a bank row that day has the amount
    expect(coveredByOpening({ firstAnchor: anchor, from: d('2026-01-01'), to: d('2026-01-31'), ledgerBefore: o(5_000_000), lines, unmatchedBankRows: [] })).toEqual([]);
    expect(coveredByOpening({ firstAnchor: anchor, from: d('2026-01-01'), to: d('2026-01-31'), ledgerBefore: o(0), lines, unmatchedBankRows: [{ date: '2026-01-01', amount: 5_000_000 }] })).toEqual([]);
  });
  it('every line dated before the statement begins, in the month the statement begins', () => {
    const mid = { date: d('2026-01-14'), balance: o(100) };
    const lines = [{ date: '2026-01-03', amount: 300 }, { date: '2026-01-14', amount: -200 }, { date: '2026-01-20', amount: 5 }];
    expect(coveredByOpening({ firstAnchor: mid, from: d('2026-01-01'), to: d('2026-01-31'), ledgerBefore: o(0), lines, unmatchedBankRows: [] })).toEqual([0, 1]);
    expect(coveredByOpening({ firstAnchor: mid, from: d('2026-02-01'), to: d('2026-02-28'), ledgerBefore: o(0), lines, unmatchedBankRows: [] })).toEqual([]);
  });
});

describe('reconcileMonth with unmatched items', () => {
  it('difference zero with items left unmatched is not reconciled', () => {
    expect(reconcileMonth({ bankBalance: o(900), ledgerOpening: o(1000), ledgerClosing: o(900), bankMovements: o(-100), unmatchedItems: 2 }).reconciled).toBe(false);
  });
});
