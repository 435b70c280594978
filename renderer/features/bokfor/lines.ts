/**
 * The Bokför form's lines as the user types them (debit and credit columns as text) and how they
 * become the contract's signed öre amounts. Pure: no React, no DOM, so it is unit-tested.
 */
import { parseAmount } from '../../../shared/domain/money/parse.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';

export interface LineDraft { key: number; account: string; debit: string; credit: string; text: string }

export const emptyLine = (key: number): LineDraft => ({ key, account: '', debit: '', credit: '', text: '' });

export const isBlank = (l: LineDraft): boolean => !l.account.trim() && !l.debit.trim() && !l.credit.trim() && !l.text.trim();

export type LineAmount = { ok: true; amount: number | null } | { ok: false; field: 'debit' | 'credit'; message: string };

const BOTH_SIDES = 'Fyll i antingen debet eller kredit, inte båda.';

/** The signed amount of a line: debit positive, credit negative; null when neither is filled. */
export function lineAmount(l: LineDraft): LineAmount {
  const d = l.debit.trim();
  const c = l.credit.trim();
  if (d && c) return { ok: false, field: 'credit', message: BOTH_SIDES };
  if (!d && !c) return { ok: true, amount: null };
  const r = parseAmount(d || c);
  if (!r.ok) return { ok: false, field: d ? 'debit' : 'credit', message: r.problems[0]?.message ?? 'Ogiltigt belopp.' };
  return { ok: true, amount: d ? r.value : -r.value };
}

/** Sums of the debit and credit columns and their difference (debit − credit), in öre. */
export function totals(lines: readonly LineDraft[]): { debit: number; credit: number; difference: number } {
  let debit = 0;
  let credit = 0;
  for (const l of lines) {
    const a = lineAmount(l);
    if (a.ok && a.amount !== null) {
      if (a.amount > 0) debit += a.amount;
      else credit -= a.amount;
    }
  }
  return { debit, credit, difference: debit - credit };
}

/** A field of the form an error belongs to: 'date', 'text', 'lines' or `line:<key>:<column>`. */
export type FieldKey = string;

export interface Prepared {
  lines: { account: string; amount: number; text?: string }[];
  /** The UI line key of each sent line, so `lines.N.*` paths find their row. */
  keys: number[];
  problems: { field: FieldKey; message: string }[];
}

/** Builds the `lines` input from the form; blank rows are left out, local mistakes reported per field. */
export function prepareLines(rows: readonly LineDraft[], msgs: { needAccount: string; needAmount: string }): Prepared {
  const out: Prepared = { lines: [], keys: [], problems: [] };
  for (const l of rows) {
    if (isBlank(l)) continue;
    const a = lineAmount(l);
    if (!a.ok) out.problems.push({ field: `line:${l.key}:${a.field}`, message: a.message });
    if (!l.account.trim()) out.problems.push({ field: `line:${l.key}:account`, message: msgs.needAccount });
    if (a.ok && a.amount === null) out.problems.push({ field: `line:${l.key}:debit`, message: msgs.needAmount });
    if (a.ok && a.amount !== null) {
      out.lines.push({ account: l.account.trim(), amount: a.amount, ...(l.text.trim() ? { text: l.text.trim() } : {}) });
      out.keys.push(l.key);
    }
  }
  return out;
}

/**
 * The form field an error path from the backend points at: `lines.2.amount` → the row's debit or
 * credit cell (whichever holds the amount), `lines.2.account` → its account, `date`, `text`, …
 */
export function fieldOfPath(path: string | undefined, keys: readonly number[], rows: readonly LineDraft[]): FieldKey {
  if (!path) return 'form';
  const m = /^lines[.[](\d+)\]?\.?(\w+)?/.exec(path);
  if (m) {
    const key = keys[Number(m[1])];
    if (key === undefined) return 'lines';
    const col = m[2] ?? 'account';
    if (col === 'amount') return `line:${key}:${rows.find((r) => r.key === key)?.credit.trim() ? 'credit' : 'debit'}`;
    return `line:${key}:${col === 'text' ? 'text' : 'account'}`;
  }
  if (path === 'lines') return 'lines';
  const top = path.split('.')[0] ?? path;
  return ['date', 'text', 'counterparty', 'reference', 'series'].includes(top) ? top : top === 'template' ? 'template' : 'form';
}

/** Form rows from signed amounts (a template's lines, a voucher to copy). */
export function rowsFromAmounts(ls: readonly { account: string; amount: number; text?: string | null }[], firstKey: number): LineDraft[] {
  return ls.map((l, i) => ({
    key: firstKey + i, account: l.account, text: l.text ?? '',
    debit: l.amount > 0 ? formatSv(ore(l.amount)) : '', credit: l.amount < 0 ? formatSv(ore(-l.amount)) : '',
  }));
}
