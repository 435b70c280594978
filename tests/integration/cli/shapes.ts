// Checks of the CLI's JSON amount and trial-balance shapes (CLI.md "Amounts out").
import { expect } from 'vitest';

const AMOUNT = /^-?\d+\.\d{2}$/;

/** "-1234.50" → -123450 (integer öre, no floats). */
export function oreOf(s: string): number {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`"${s}" is not a CLI JSON amount`);
  const v = Number(m[2]) * 100 + Number(m[3]);
  return m[1] ? -v : v;
}

export function expectAmount(s: unknown): void {
  expect(typeof s).toBe('string');
  expect(s).toMatch(AMOUNT);
  expect(s).not.toBe('-0.00');
  expect(s as string).not.toMatch(/^-0*\.00$/);
}

export interface TbJson {
  from: string;
  to: string;
  accounts: { number: string; name: string; opening: string; debit: string; credit: string; closing: string }[];
  totals?: { opening: string; debit: string; credit: string; closing: string };
}

/**
 * Every account row has exactly number,name,opening,debit,credit,closing; amounts are dot strings
 * with two decimals, never "-0.00"; debit/credit are non-negative; closing = opening + debit − credit;
 * at least one figure is non-zero; rows are sorted by number.
 */
export function expectTrialBalanceShape(tb: TbJson): void {
  expect(tb.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(tb.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const numbers = tb.accounts.map((a) => a.number);
  expect(numbers).toStrictEqual([...numbers].sort());
  for (const a of tb.accounts) {
    expect(Object.keys(a)).toStrictEqual(['number', 'name', 'opening', 'debit', 'credit', 'closing']);
    for (const k of ['opening', 'debit', 'credit', 'closing'] as const) expectAmount(a[k]);
    expect(oreOf(a.debit)).toBeGreaterThanOrEqual(0);
    expect(oreOf(a.credit)).toBeGreaterThanOrEqual(0);
    expect(oreOf(a.closing)).toBe(oreOf(a.opening) + oreOf(a.debit) - oreOf(a.credit));
    expect([a.opening, a.debit, a.credit, a.closing].some((x) => oreOf(x) !== 0)).toBe(true);
  }
}

/** A trial balance as rows `[number, opening, debit, credit, closing]` for compact exact assertions. */
export function tbRows(tb: TbJson): string[][] {
  return tb.accounts.map((a) => [a.number, a.opening, a.debit, a.credit, a.closing]);
}
