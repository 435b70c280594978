/**
 * The user's own bank rules: "text contains X" and/or "amount between A and B" (signed öre, money
 * out is negative) → a template, optionally a counterparty and voucher text. The first rule that
 * fits wins, in the order the rules were made; a rule may be limited to one bank account.
 */
import { type Result, ok, fail } from '../result.js';
import { formatSv } from '../money/format.js';
import { ore } from '../money/ore.js';
import { dedupText } from './dedup.js';

export interface BankRule {
  id: number;
  account: string | null;
  textContains: string | null;
  amountMin: number | null;
  amountMax: number | null;
  template: string;
  counterparty: string | null;
  text: string | null;
}

export interface RuleRow {
  account: string;
  text: string;
  counterparty?: string | null;
  reference?: string | null;
  amount: number;
}

export type BankRuleErrorCode = 'bank-rule-empty' | 'bank-rule-invalid';

/**
 * Whether a rule fits a bank row: every condition it has must hold; text is compared without
 * regard to case, accents' composition or spacing, against the row's text, counterparty and reference.
 * @example ruleMatches({ id: 1, account: null, textContains: 'spotify', amountMin: null, amountMax: null, template: 'Programvara 25 %', counterparty: null, text: null }, { account: '1930', text: 'KORTKÖP SPOTIFY', amount: -4900 }) // true
 */
export function ruleMatches(rule: BankRule, row: RuleRow): boolean {
  if (rule.account !== null && rule.account !== row.account) return false;
  if (rule.amountMin !== null && row.amount < rule.amountMin) return false;
  if (rule.amountMax !== null && row.amount > rule.amountMax) return false;
  if (rule.textContains !== null) {
    const hay = dedupText([row.text, row.counterparty ?? '', row.reference ?? ''].join(' '));
    if (!hay.includes(dedupText(rule.textContains))) return false;
  }
  return true;
}

/**
 * The first rule (lowest id) that fits the row.
 * @example firstMatchingRule(rules, row)?.template // 'Programvara 25 %'
 */
export function firstMatchingRule(rules: readonly BankRule[], row: RuleRow): BankRule | undefined {
  return [...rules].sort((a, b) => a.id - b.id).find((r) => ruleMatches(r, row));
}

/**
 * A new rule needs at least one condition and a sensible amount range.
 * @example checkRuleConditions({ textContains: '  ' }) // fail('bank-rule-empty', …)
 */
export function checkRuleConditions(r: { textContains?: string | null; amountMin?: number | null; amountMax?: number | null }): Result<true, BankRuleErrorCode> {
  const text = r.textContains?.trim() ?? '';
  if (text === '' && (r.amountMin ?? null) === null && (r.amountMax ?? null) === null)
    return fail('bank-rule-empty', 'En regel måste ha ett villkor: text som ska finnas i bankraden och/eller ett beloppsintervall.', { path: 'textContains' });
  if (r.amountMin != null && r.amountMax != null && r.amountMin > r.amountMax)
    return fail('bank-rule-invalid', `Beloppsintervallet är bakvänt: från ${formatSv(ore(r.amountMin))} är större än till ${formatSv(ore(r.amountMax))}. Byt plats på gränserna.`, { path: 'amountMin' });
  return ok(true);
}
