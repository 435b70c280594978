/**
 * Skatteverket's skattekonto "Bokförda transaktioner". The current export is ";" separated and
 * quoted: company;org.nr, a blank row, "";"Ingående saldo ÅÅÅÅ-MM-DD";"";"saldo", then
 * date;text;amount;running balance in whole kronor with space thousands ("-1 716"), and
 * "";"Utgående saldo …";"";"saldo". The older ".skv" is "," separated, Latin-1, without running
 * balance, amounts either plain ("-1222") or with comma thousands and point decimals
 * ("-142,205.00"); anything after the Utgående saldo row is not part of the account.
 */
import type { Ore } from '../../money/ore.js';
import { fail } from '../../result.js';
import type { BankTable } from '../types.js';
import type { TableFormat } from './common.js';
import { oneStatement } from './common.js';
import { detectNumberStyle, parseBankAmount } from '../amount.js';
import { normHeader } from '../header.js';

const isLabel = (cells: readonly string[], label: string) => (cells[0] ?? '').trim() === '' && normHeader(cells[1] ?? '').startsWith(label);

/** The last non-empty of the amount/balance cells of a saldo row (the older export repeats it). */
function saldoCell(cells: readonly string[]): string {
  return [cells[3], cells[2]].map((c) => (c ?? '').trim()).find((c) => c !== '') ?? '';
}

function accountOf(table: BankTable, h: number): string | undefined {
  for (let r = 0; r < h; r++) {
    const org = (table.rows[r] ?? []).map((c) => c.trim()).find((c) => /^\d{6}-\d{4}$/.test(c));
    if (org) return org;
  }
  return undefined;
}

export const skattekonto: TableFormat = {
  format: 'skattekonto',
  name: 'Skatteverket skattekonto',
  detect(rows) {
    const n = Math.min(rows.length, 8);
    for (let r = 0; r < n; r++) if (isLabel(rows[r] ?? [], 'ingående saldo')) return r;
    return -1;
  },
  parse(table, h, opts) {
    const end = table.rows.findIndex((c, i) => i > h && isLabel(c, 'utgående saldo'));
    const body = table.rows.slice(h + 1, end < 0 ? undefined : end);
    const style = opts.numberStyle ?? detectNumberStyle(body.flatMap((c) => [c[2] ?? '', c[3] ?? '']).filter((s) => s.trim() !== ''), 'comma');
    if (style === null) return fail('bank-ambiguous-number-format', 'Beloppen i skattekontofilen använder både decimalkomma och decimalpunkt. Välj decimaltecken manuellt.');
    const saldo = (r: number, what: string) => {
      const text = saldoCell(table.rows[r] ?? []);
      const v = parseBankAmount(text, style);
      const line = table.lines[r] ?? r + 1;
      return v.ok ? v : fail('bank-invalid-amount', `rad ${line}: ${what} "${text}" är inget belopp.`, { line });
    };
    const opening = saldo(h, 'ingående saldo');
    if (!opening.ok) return opening;
    const meta: { account?: string; statedOpening?: Ore; statedClosing?: Ore } = { statedOpening: opening.value };
    if (end >= 0) {
      const closing = saldo(end, 'utgående saldo');
      if (!closing.ok) return closing;
      meta.statedClosing = closing.value;
    }
    const account = accountOf(table, h);
    if (account) meta.account = account;
    const hasBalance = body.some((c) => (c[3] ?? '').trim() !== '');
    const cols = { bookingDate: 0, amount: 2, text: [1], ...(hasBalance ? { balance: 3 } : {}) };
    const rules = { format: 'skattekonto' as const, dateOrder: 'ymd' as const, defaultStyle: style, currency: 'SEK', isEnd: (c: string[]) => isLabel(c, 'utgående saldo') };
    return oneStatement(table, h, cols, rules, { numberStyle: style }, meta);
  },
};
