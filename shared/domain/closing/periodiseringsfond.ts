/**
 * AB periodiseringsfonder (2110–2139): which funds exist at the start of the year, which must be
 * reversed (the sixth year after the avsättning at the latest), which account takes this year's
 * avsättning, and the schablonintäkt on the funds at the start of the year.
 */
import { type Ore, ore } from '../money/ore.js';
import { percentOf, scalePercent } from '../money/decimal.js';
import type { AccountBalance } from '../sru/mapping.js';
import { PERIODISERINGSFOND_YEARS, SCHABLON_FACTOR } from './rates.js';

export interface Fund { account: string; name: string; year: number | null; amount: Ore }

const isFundAccount = (a: string) => /^21[1-3]\d$/.test(a);

/** The tax year in a fund account's name ("Periodiseringsfond 2025 - nr 2" → 2025). */
export function fundYear(name: string): number | null {
  const m = /(19|20)\d\d/.exec(name);
  return m ? Number(m[0]) : null;
}

/**
 * The funds in a set of balances (credit balances shown positive).
 * @example funds([{ account: '2123', name: 'Periodiseringsfond 2023', balance: ore(-1000000) }])[0].amount // 1000000
 */
export function funds(balances: readonly AccountBalance[]): Fund[] {
  return balances.filter((b) => isFundAccount(b.account) && b.balance !== 0)
    .map((b) => ({ account: b.account, name: b.name, year: fundYear(b.name), amount: ore(-b.balance) }));
}

/** Funds that must be reversed in the tax year ending in `taxYear` (set aside ≥ 6 years before). */
export function mandatoryReversals(fs: readonly Fund[], taxYear: number): Fund[] {
  return fs.filter((f) => f.year !== null && f.year + PERIODISERINGSFOND_YEARS <= taxYear && f.amount > 0);
}

/**
 * The account for this year's avsättning: "Periodiseringsfond <year>", or its "nr 2" when the
 * first already holds money.
 * @example fundAccountFor(2025, [{ number: '2125', name: 'Periodiseringsfond 2025' }], []) // '2125'
 */
export function fundAccountFor(year: number, accounts: readonly { number: string; name: string }[], balances: readonly AccountBalance[]): string | null {
  const candidates = accounts.filter((a) => isFundAccount(a.number) && fundYear(a.name) === year).sort((a, b) => (a.number < b.number ? -1 : 1));
  return candidates.find((a) => (balances.find((b) => b.account === a.number)?.balance ?? 0) === 0)?.number ?? null;
}

/**
 * Schablonintäkt: the funds at the start of the year × 72 % × statslåneräntan, whole kronor down.
 * @example schablonintakt(ore(10000000), '1.96') // 1411
 */
export function schablonintakt(fundsAtStart: Ore, statslaneranta: string): number {
  if (fundsAtStart <= 0) return 0;
  return Math.trunc(percentOf(fundsAtStart, scalePercent(statslaneranta, SCHABLON_FACTOR), 'down') / 100);
}
