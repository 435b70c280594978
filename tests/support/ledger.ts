/**
 * A small ledger DSL so fixtures read like bookkeeping:
 *
 *   2026-03-05 A "Kontorsmaterial"
 *     6110   800,00
 *     2641   200,00
 *     1930  -1 000,00
 *
 * A header is `DATE SERIES "TEXT"` (series optional); indented lines are `ACCOUNT AMOUNT`.
 * `#` starts a comment.
 */
import { parseAmount } from '../../shared/domain/money/parse.js';

export interface LedgerVoucher {
  date: string;
  series: string;
  text: string;
  lines: { account: string; amount: number }[];
}

export function parseLedger(src: string): LedgerVoucher[] {
  const out: LedgerVoucher[] = [];
  src.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) return;
    const head = /^(\d{4}-\d{2}-\d{2})(?:\s+([A-Z]+))?\s+"(.*)"$/.exec(line);
    if (head) {
      out.push({ date: head[1] as string, series: head[2] ?? 'A', text: head[3] as string, lines: [] });
      return;
    }
    const row = /^\s+(\d+)\s+(.+)$/.exec(line);
    const cur = out.at(-1);
    if (!row || !cur) throw new Error(`ledger rad ${i + 1}: kan inte läsa "${raw}"`);
    const a = parseAmount(row[2] as string);
    if (!a.ok) throw new Error(`ledger rad ${i + 1}: ${a.problems[0]?.message}`);
    cur.lines.push({ account: row[1] as string, amount: a.value });
  });
  return out;
}
