import { describe, it, expect } from 'vitest';
import { pickReceipts, receiptCandidates } from '../../../shared/domain/bank/receiptPick.js';

const row = (id: number, date: string, amount: number) => ({ id, date, amount });
const rcpt = (id: number, date: string | null, total: number | null) => ({ id, date, total });

describe('receipt proposals for bank rows', () => {
  it('same total (sign ignored) within ±7 days, nearest first, then the oldest receipt', () => {
    const rs = [rcpt(1, '2026-03-01', 9500), rcpt(2, '2026-03-07', 9500), rcpt(3, '2026-03-05', 9500), rcpt(4, '2026-03-06', 9501), rcpt(5, '2026-03-14', 9500), rcpt(6, '2026-02-26', -9500)];
    expect(receiptCandidates(row(1, '2026-03-06', -9500), rs)).toEqual([{ receiptId: 2, days: 1 }, { receiptId: 3, days: -1 }, { receiptId: 1, days: -5 }]);
    expect(receiptCandidates(row(1, '2026-03-06', -9500), rs, 8).map((c) => c.receiptId)).toEqual([2, 3, 1, 5, 6]);
  });

  it('never a receipt without a date or total, never for a zero row', () => {
    expect(receiptCandidates(row(1, '2026-03-06', -9500), [rcpt(1, null, 9500), rcpt(2, '2026-03-06', null)])).toEqual([]);
    expect(receiptCandidates(row(1, '2026-03-06', 0), [rcpt(1, '2026-03-06', 0)])).toEqual([]);
  });

  it('each receipt is proposed for one row: the closest pair wins, the other row takes its next receipt', () => {
    const picked = pickReceipts(
      [row(10, '2026-03-06', -9500), row(11, '2026-03-08', -9500), row(12, '2026-03-10', -25000)],
      [rcpt(1, '2026-03-08', 9500), rcpt(2, '2026-03-03', 9500)],
    );
    expect([...picked.entries()]).toEqual([[11, { receiptId: 1, days: 0 }], [10, { receiptId: 2, days: -3 }]]);
  });
});
