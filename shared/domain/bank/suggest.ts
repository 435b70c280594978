/**
 * What to book for an unbooked bank row, in order: the user's first fitting rule → its template;
 * a skattekonto row whose text Kontera knows → the tax-account template; the latest voucher booked
 * from a row with the same counterparty (or text) on the same account → its accounts, scaled to
 * this amount; else nothing. Pure: the caller hands in rules, templates and history.
 */
import type { Ore } from '../money/ore.js';
import type { DraftLine } from '../ledger/voucher.js';
import { type Template, applyTemplate } from '../templates/template.js';
import { dedupText } from './dedup.js';
import { type BankRule, firstMatchingRule } from './rules.js';
import { orientToRow, scaleLines } from './booking.js';
import { taxAccountTemplateFor } from './taxAccount.js';

export type SuggestionSource = 'rule' | 'tax-account' | 'history';

export interface BankSuggestion {
  source: SuggestionSource;
  /** The template the lines come from (rule and tax-account suggestions). */
  template: string | null;
  lines: DraftLine[];
  text: string;
  counterparty: string | null;
  ruleId: number | null;
  /** The earlier voucher copied (history suggestions). */
  fromVoucherId: number | null;
}

export interface SuggestRow {
  account: string;
  amount: Ore;
  text: string;
  counterparty?: string | null;
  reference?: string | null;
}

/** A voucher booked earlier from a row with the same key: its lines and which one was the bank's. */
export interface HistoryEntry {
  voucherId: number;
  text: string;
  counterparty: string | null;
  lines: DraftLine[];
  bankLine: number;
}

export interface SuggestContext {
  rules: readonly BankRule[];
  template(name: string): Template | undefined;
  /** Latest booking per `historyKey`. */
  history: ReadonlyMap<string, HistoryEntry>;
  form: 'EF' | 'AB';
  /** The row's account is a skattekonto. */
  taxAccount: boolean;
}

/**
 * "The same counterparty": the counterparty the bank names, else the text without any word that
 * holds a digit (dates, card numbers, OCR), upper case. Empty when nothing is left.
 * @example historyKey({ text: 'KORTKÖP 260503 ICA NARA' }) // 'T:KORTKÖP ICA NARA'
 */
export function historyKey(row: { text: string; counterparty?: string | null }): string {
  const cp = dedupText(row.counterparty ?? '');
  if (cp !== '') return `C:${cp}`;
  const t = dedupText(row.text).split(' ').filter((w) => w !== '' && !/\d/.test(w)).join(' ');
  return t === '' ? '' : `T:${t}`;
}

function fromTemplate(t: Template | undefined, row: SuggestRow): DraftLine[] | null {
  if (!t) return null;
  const applied = applyTemplate(t, Math.abs(row.amount) as Ore);
  if (!applied.ok) return null;
  const oriented = orientToRow(applied.value, row.account, row.amount);
  return oriented.ok ? oriented.value : null;
}

/**
 * The suggestion for one row, or null.
 * @example suggestFor({ account: '1630', amount: -1250000, text: 'Moms jan 2026 - mars 2026' }, ctx)?.lines // 2650 12 500,00 / 1630 −12 500,00
 */
export function suggestFor(row: SuggestRow, ctx: SuggestContext): BankSuggestion | null {
  if (row.amount === 0) return null;
  const base = { text: row.text, counterparty: row.counterparty ?? null, ruleId: null, fromVoucherId: null };
  const rule = firstMatchingRule(ctx.rules, row);
  const ruleLines = rule ? fromTemplate(ctx.template(rule.template), row) : null;
  if (rule && ruleLines)
    return { ...base, source: 'rule', template: rule.template, lines: ruleLines, ruleId: rule.id, text: rule.text ?? row.text, counterparty: rule.counterparty ?? base.counterparty };
  if (ctx.taxAccount) {
    const name = taxAccountTemplateFor(row.text, ctx.form);
    const lines = name ? fromTemplate(ctx.template(name), row) : null;
    if (name && lines) return { ...base, source: 'tax-account', template: name, lines };
  }
  const key = historyKey(row);
  const h = key === '' ? undefined : ctx.history.get(key);
  if (h && h.lines[h.bankLine]?.account === row.account) {
    return { ...base, source: 'history', template: null, lines: scaleLines(h.lines, h.bankLine, row.amount), fromVoucherId: h.voucherId, counterparty: base.counterparty ?? h.counterparty };
  }
  return null;
}
