/** Builds the suggestion context (rules, templates, history) for rows of one bank account. */
import type { Db } from '../../db/connection.js';
import { statementsOf, type BankRowRow } from '../../db/repos/bank.repo.js';
import { linkedHistory } from '../../db/repos/bankMatches.repo.js';
import { listRules, type BankRuleRow } from '../../db/repos/bankRules.repo.js';
import { templateByName } from '../../db/repos/templates.repo.js';
import { linesOf } from '../../db/repos/vouchers.repo.js';
import { getCompany } from '../../db/repos/company.repo.js';
import type { Template } from '../../../shared/domain/templates/template.js';
import type { BankRule } from '../../../shared/domain/bank/rules.js';
import { type BankSuggestion, type HistoryEntry, type SuggestContext, historyKey, suggestFor } from '../../../shared/domain/bank/suggest.js';
import { isTaxLedgerAccount, taxAccountTemplate } from '../../../shared/domain/bank/taxAccount.js';
import { ore } from '../../../shared/domain/money/ore.js';

export const toRule = (r: BankRuleRow): BankRule => ({
  id: r.id, account: r.account, textContains: r.text_contains, amountMin: r.amount_min, amountMax: r.amount_max,
  template: r.template, counterparty: r.counterparty, text: r.voucher_text,
});

/** A template by name: the company's own (templates table) first, then the skattekonto templates. */
export function findTemplate(db: Db, name: string): Template | undefined {
  const t = templateByName(db, name);
  return t ? { name: t.name, form: t.form, description: t.description, lines: t.lines } : taxAccountTemplate(name);
}

export function isTaxAccount(db: Db, account: string): boolean {
  return isTaxLedgerAccount(account) || statementsOf(db, account).some((s) => s.format === 'skattekonto');
}

/** The context for suggesting bookings of `rows` (all on `account`). History is loaded only for their keys. */
export function suggestContext(db: Db, account: string, rows: readonly BankRowRow[]): SuggestContext {
  const keys = new Set(rows.map((r) => historyKey(r)).filter((k) => k !== ''));
  const history = new Map<string, HistoryEntry>();
  for (const h of keys.size === 0 ? [] : linkedHistory(db, account)) {
    const k = historyKey(h);
    if (!keys.has(k) || history.has(k)) continue;
    const lines = linesOf(db, h.voucher_id);
    history.set(k, {
      voucherId: h.voucher_id, text: h.v_text, counterparty: h.v_counterparty,
      lines: lines.map((l) => ({ account: l.account, amount: ore(l.amount), ...(l.text ? { text: l.text } : {}) })),
      bankLine: lines.findIndex((l) => l.line_no === h.line_no),
    });
  }
  const cache = new Map<string, Template | undefined>();
  return {
    rules: listRules(db).map(toRule),
    template: (name) => {
      if (!cache.has(name)) cache.set(name, findTemplate(db, name));
      return cache.get(name);
    },
    history,
    form: getCompany(db)?.form ?? 'AB',
    taxAccount: isTaxAccount(db, account),
  };
}

export function suggestionFor(row: BankRowRow, ctx: SuggestContext): BankSuggestion | null {
  return suggestFor({ account: row.account, amount: ore(row.amount), text: row.text, counterparty: row.counterparty, reference: row.reference }, ctx);
}
