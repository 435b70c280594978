/**
 * The tiny ledger text of the VAT fixtures (tests/fixtures/vat/ledgers/*.ledger):
 *
 *   # comment (also after a line's content)
 *   orgnr 556000-0167
 *   account 3013 sales-6            the stored VAT code (or "none"); otherwise the BAS default
 *   note Text to Skatteverket       TextUpplysningMoms
 *   2026-01-10 A1 "Konsulttjänst"   a voucher; indented lines below are "account amount"
 *     3001  -10 000,00
 *   report 2026-01 2026-03          a return for these months; expects below belong to it
 *   expect 05 10000                 declared box in whole kronor (boxes not named must be 0)
 *   expect-check warning vat-ratio  a check the return must raise (all of them are listed)
 */
import { readFileSync } from 'node:fs';
import { type IsoDate, type IsoMonth, isIsoDate, isIsoMonth, lastOfMonth } from '../../../shared/domain/dates/isoDate.js';
import { parseAmount } from '../../../shared/domain/money/parse.js';
import type { Ore } from '../../../shared/domain/money/ore.js';
import { type BoxId, isBoxId } from '../../../shared/domain/vat/boxIds.js';
import type { VatLine } from '../../../shared/domain/vat/boxes.js';
import { type VatCode, defaultVatCode, isVatCode } from '../../../shared/domain/vat/codes.js';

export interface LedgerVoucher { date: IsoDate; id: string; text: string; lines: { account: string; amount: Ore }[] }
export interface LedgerReport { from: IsoMonth; to: IsoMonth; expect: Partial<Record<BoxId, number>>; checks: string[] }
export interface Ledger {
  orgNr: string;
  note?: string;
  codes: Map<string, VatCode | null>;
  vouchers: LedgerVoucher[];
  reports: LedgerReport[];
}

export function readLedger(file: string): Ledger {
  const out: Ledger = { orgNr: '', codes: new Map(), vouchers: [], reports: [] };
  const src = readFileSync(file, 'utf8').split('\n');
  src.forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '').trimEnd();
    if (line.trim() === '') return;
    const words = line.trim().split(/\s+/);
    const head = words[0] ?? '';
    if (/^\s/.test(line)) {
      const v = out.vouchers.at(-1);
      const amount = parseAmount(words.slice(1).join(' '));
      if (!v || !amount.ok || !/^\d{4}$/.test(head)) throw new Error(`${where}: bad voucher line`);
      v.lines.push({ account: head, amount: amount.value });
    } else if (head === 'orgnr') out.orgNr = words[1] ?? '';
    else if (head === 'note') out.note = line.trim().slice(5);
    else if (head === 'account') {
      const code = words[2] ?? '';
      if (code !== 'none' && !isVatCode(code)) throw new Error(`${where}: unknown VAT code ${code}`);
      out.codes.set(words[1] ?? '', code === 'none' ? null : code);
    } else if (head === 'report') {
      const [from, to] = [words[1] ?? '', words[2] ?? ''];
      if (!isIsoMonth(from) || !isIsoMonth(to)) throw new Error(`${where}: bad report months`);
      out.reports.push({ from, to, expect: {}, checks: [] });
    } else if (head === 'expect' || head === 'expect-check') {
      const r = out.reports.at(-1);
      if (!r) throw new Error(`${where}: expect before report`);
      if (head === 'expect-check') r.checks.push(words.slice(1).join(' '));
      else if (isBoxId(words[1] ?? '')) r.expect[words[1] as BoxId] = Number(words[2]);
      else throw new Error(`${where}: bad box`);
    } else if (isIsoDate(head)) {
      const text = /"([^"]*)"/.exec(line)?.[1] ?? '';
      out.vouchers.push({ date: head, id: words[1] ?? '', text, lines: [] });
    } else throw new Error(`${where}: cannot read "${line}"`);
  });
  for (const v of out.vouchers) {
    if (v.lines.reduce((s, l) => s + l.amount, 0) !== 0) throw new Error(`${file}: voucher ${v.id} does not balance`);
  }
  return out;
}

/** The stored code of an account: the fixture's chart, else the BAS default. */
export function codeOf(ledger: Ledger, account: string): VatCode | null {
  return ledger.codes.has(account) ? (ledger.codes.get(account) ?? null) : defaultVatCode(account);
}

/** The VAT lines of a report's months (every line; the domain ignores lines without code). */
export function linesOf(ledger: Ledger, r: LedgerReport): VatLine[] {
  const from = `${r.from}-01`;
  const to = lastOfMonth(r.to);
  return ledger.vouchers
    .filter((v) => v.date >= from && v.date <= to)
    .flatMap((v) => v.lines.map((l) => ({ account: l.account, vatCode: codeOf(ledger, l.account), amount: l.amount })));
}
