/**
 * One state per month for every lock in Kontera. Ordered: open < vat-reported < closed.
 * Moving up is a normal act (VAT reported, month closed); moving down is a reopening and needs a
 * reason, which is logged.
 */
export type PeriodState = 'open' | 'vat-reported' | 'closed';

const RANK: Record<PeriodState, number> = { open: 0, 'vat-reported': 1, closed: 2 };

export function isReopening(from: PeriodState, to: PeriodState): boolean {
  return RANK[to] < RANK[from];
}

export function isRaise(from: PeriodState, to: PeriodState): boolean {
  return RANK[to] > RANK[from];
}

export const PERIOD_STATE_SV: Record<PeriodState, string> = {
  open: 'öppen',
  'vat-reported': 'momsredovisad',
  closed: 'stängd',
};
