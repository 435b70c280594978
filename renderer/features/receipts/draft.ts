/** The editable draft voucher of a receipt: rows with debit and credit text, to and from öre lines. */
import { parseAmount } from '../../../shared/domain/money/parse.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';

export interface DraftRow { key: number; account: string; debit: string; credit: string; text: string }
export interface DraftLineOut { account: string; amount: number; text?: string }

let next = 1;
export const newRow = (): DraftRow => ({ key: next++, account: '', debit: '', credit: '', text: '' });

export function rowsFromLines(lines: readonly { account: string; amount: number; text?: string }[]): DraftRow[] {
  return lines.map((l) => ({
    key: next++, account: l.account, text: l.text ?? '',
    debit: l.amount > 0 ? formatSv(ore(l.amount)) : '', credit: l.amount < 0 ? formatSv(ore(-l.amount)) : '',
  }));
}

/** The rows as signed öre lines, or the first problem (Swedish) with the row it is on. */
export function linesFromRows(rows: readonly DraftRow[]): { ok: true; lines: DraftLineOut[]; difference: number } | { ok: false; message: string; key: number } {
  const lines: DraftLineOut[] = [];
  for (const r of rows) {
    if (!r.account.trim() && !r.debit.trim() && !r.credit.trim()) continue;
    if (!/^\d{4}$/.test(r.account.trim())) return { ok: false, message: 'Ange ett kontonummer med fyra siffror.', key: r.key };
    const side = r.debit.trim() ? r.debit : r.credit;
    const a = parseAmount(side);
    if (!a.ok) return { ok: false, message: a.problems[0]?.message ?? 'Ogiltigt belopp.', key: r.key };
    const amount = r.debit.trim() ? a.value : -a.value;
    lines.push({ account: r.account.trim(), amount, ...(r.text.trim() ? { text: r.text.trim() } : {}) });
  }
  return { ok: true, lines, difference: lines.reduce((s, l) => s + l.amount, 0) };
}
