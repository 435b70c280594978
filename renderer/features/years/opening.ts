/**
 * The Räkenskapsår screen's pure parts: what a year's opening balances are called, whether they
 * can be entered by hand, and where an opening.set refusal belongs in the editor. No React.
 */
import type { FiscalYearDto, TrialBalanceDto } from '../../../shared/api/dto.js';
import type { ApiError } from '../../../shared/api/errors.js';
import { type LineDraft, fieldOfPath } from '../bokfor/lines.js';

export type OpeningState = 'carried' | 'stale' | 'manual' | 'import' | 'none';

/** The state of a year's opening balances as the list shows it. */
export function openingState(y: Pick<FiscalYearDto, 'openingSource' | 'openingStale'>): OpeningState {
  if (y.openingSource === 'carried') return y.openingStale ? 'stale' : 'carried';
  return y.openingSource ?? 'none';
}

/** Whether opening.set accepts this year: open, and its balances not carried from a year in Kontera. */
export const canEnterOpening = (y: Pick<FiscalYearDto, 'state' | 'openingSource'>): boolean => y.state === 'open' && y.openingSource !== 'carried';

/** The year the backend's years.new continues from (the latest one). */
export const latestYear = (years: readonly FiscalYearDto[]): FiscalYearDto | undefined =>
  [...years].sort((a, b) => (a.start < b.start ? -1 : 1)).at(-1);

/** The opening balance of each account with one, from the year's trial balance. */
export function openingOf(tb: Pick<TrialBalanceDto, 'accounts'>): { account: string; name: string; amount: number }[] {
  return tb.accounts.filter((a) => a.opening !== 0).map((a) => ({ account: a.number, name: a.name, amount: a.opening }));
}

export interface OpeningChange { account: string; name: string; before: number; after: number }

/** Accounts whose opening balance differs between two readings (before and after a refresh). */
export function openingChanges(before: readonly { account: string; name: string; amount: number }[], after: readonly { account: string; name: string; amount: number }[]): OpeningChange[] {
  const b = new Map(before.map((x) => [x.account, x]));
  const a = new Map(after.map((x) => [x.account, x]));
  const out: OpeningChange[] = [];
  for (const account of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const x = b.get(account)?.amount ?? 0;
    const y = a.get(account)?.amount ?? 0;
    if (x !== y) out.push({ account, name: a.get(account)?.name ?? b.get(account)?.name ?? '', before: x, after: y });
  }
  return out;
}

/**
 * Where an opening.set refusal is shown: 'sum' (the sum row), `line:<key>:<col>` (a row's cell),
 * or 'form' (above the editor). unknown-account names no row, so it goes on the first row whose
 * account is not in the chart (`known`), or on the sum row when none can be told.
 */
export function openingErrorField(e: Pick<ApiError, 'code' | 'path'>, keys: readonly number[], rows: readonly LineDraft[], known: ReadonlySet<string>): string {
  if (e.code === 'opening-unbalanced') return 'sum';
  if (e.code === 'unknown-account') {
    const sent = new Set(keys);
    const row = rows.find((r) => sent.has(r.key) && !known.has(r.account.trim()));
    return row ? `line:${row.key}:account` : 'sum';
  }
  if (e.code === 'opening-carried' || e.code === 'fiscal-year-closed' || e.code === 'no-fiscal-year') return 'form';
  const f = fieldOfPath(e.path, keys, rows);
  return f === 'lines' ? 'sum' : f.startsWith('line:') ? f : 'form';
}
