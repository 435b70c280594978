/** User rules, skattekonto texts and history → the suggestion for a bank row. */
import { describe, expect, it } from 'vitest';
import { checkRuleConditions, firstMatchingRule, ruleMatches, type BankRule } from '../../../shared/domain/bank/rules.js';
import { historyKey, suggestFor, type SuggestContext } from '../../../shared/domain/bank/suggest.js';
import { taxAccountTemplate, taxAccountTemplateFor, TAX_ACCOUNT_TEMPLATES } from '../../../shared/domain/bank/taxAccount.js';
import { BUILTIN_TEMPLATES } from '../../../shared/domain/templates/builtin.js';
import { basChart } from '../../../shared/domain/accounts/chart.js';
import { ore } from '../../../shared/domain/money/ore.js';

const rule = (over: Partial<BankRule>): BankRule => ({ id: 1, account: null, textContains: null, amountMin: null, amountMax: null, template: 'Bankavgift', counterparty: null, text: null, ...over });

describe('rules', () => {
  it('text contains (any case, spacing) in text, counterparty or reference; signed amount range; account limit', () => {
    const r = { account: '1930', text: 'KORTKÖP  260503 spotify', amount: -4_900 };
    expect(ruleMatches(rule({ textContains: 'Spotify' }), r)).toBe(true);
    expect(ruleMatches(rule({ textContains: 'netflix' }), r)).toBe(false);
    expect(ruleMatches(rule({ amountMin: -5_000, amountMax: -1 }), r)).toBe(true);
    expect(ruleMatches(rule({ amountMin: 1 }), r)).toBe(false);
    expect(ruleMatches(rule({ account: '1940', textContains: 'spotify' }), r)).toBe(false);
    expect(ruleMatches(rule({ textContains: 'AB SVERIGE' }), { ...r, counterparty: 'Spotify AB Sverige' })).toBe(true);
  });

  it('the first rule made wins; a rule needs a condition and a forward range', () => {
    const rules = [rule({ id: 2, textContains: 'spotify', template: 'B' }), rule({ id: 1, amountMax: -1, template: 'A' })];
    expect(firstMatchingRule(rules, { account: '1930', text: 'SPOTIFY', amount: -4_900 })?.template).toBe('A');
    expect(checkRuleConditions({ textContains: ' ' }).ok).toBe(false);
    const back = checkRuleConditions({ amountMin: 10, amountMax: -10 });
    expect(back.ok ? 'ok' : back.problems[0]!.code).toBe('bank-rule-invalid');
  });
});

describe('skattekonto texts', () => {
  it.each([
    ['Moms jan 2026 - mars 2026', 'AB', 'Skattekonto: moms'],
    ['Beslut 250709 moms okt 2024 - dec 2024', 'AB', 'Skattekonto: moms'],
    ['Debiterad preliminärskatt', 'AB', 'Skattekonto: F-skatt (aktiebolag)'],
    ['Beslut 250312 debiterad preliminärskatt', 'EF', 'Skattekonto: F-skatt (enskild firma)'],
    ['Intäktsränta', 'AB', 'Skattekonto: intäktsränta (skattefri)'],
    ['Korrigerad kostnadsränta', 'AB', 'Skattekonto: kostnadsränta (ej avdragsgill)'],
    ['Inbetalning bokförd 251028', 'AB', 'Skattekonto: inbetalning från företagskontot'],
    ['Utbetalning', 'AB', 'Skattekonto: utbetalning till företagskontot'],
    ['Förs.avgift moms/arbetsgivardeklaration 250818', 'AB', 'Skattekonto: förseningsavgift'],
    ['Arbetsgivaravgift maj 2025', 'AB', 'Skattekonto: arbetsgivaravgifter'],
    ['Avdragen skatt juni 2025', 'AB', 'Skattekonto: avdragen skatt'],
    ['Anställningsstöd', 'AB', 'Skattekonto: anställningsstöd'],
    ['Återbetalning av något', 'AB', null],
  ] as const)('%s (%s) → %s', (text, form, name) => {
    expect(taxAccountTemplateFor(text, form)).toBe(name);
  });

  it('every tax-account template uses accounts of the BAS 2025 chart with the names the README states', () => {
    const names = new Map(basChart().map((a) => [a.number, a.name]));
    for (const t of TAX_ACCOUNT_TEMPLATES) for (const l of t.lines) expect(names.has(l.account), `${t.name} ${l.account}`).toBe(true);
    expect(names.get('8314')).toBe('Skattefria ränteintäkter');
    expect(names.get('8423')).toBe('Räntekostnader för skatter och avgifter');
    expect(names.get('2650')).toBe('Redovisningskonto för moms');
  });
});

describe('suggestFor', () => {
  const templates = [...BUILTIN_TEMPLATES, ...TAX_ACCOUNT_TEMPLATES];
  const ctx = (over: Partial<SuggestContext> = {}): SuggestContext => ({
    rules: [], template: (n) => templates.find((t) => t.name === n) ?? taxAccountTemplate(n), history: new Map(), form: 'AB', taxAccount: false, ...over,
  });

  it('rule first, then tax-account text, then history; nothing when none fits', () => {
    const r = { account: '1630', amount: ore(-1_250_000), text: 'Moms jan 2026 - mars 2026' };
    expect(suggestFor(r, ctx({ taxAccount: true }))?.template).toBe('Skattekonto: moms');
    expect(suggestFor(r, ctx({ taxAccount: true, rules: [rule({ textContains: 'moms', template: 'Moms till skattekontot' })] }))?.source).toBe('rule');
    expect(suggestFor(r, ctx())).toBeNull();
    const h = ctx({ history: new Map([[historyKey({ text: 'Moms jan 2025 - mars 2025' }), { voucherId: 3, text: 'Moms', counterparty: null, lines: [{ account: '2650', amount: ore(100) }, { account: '1630', amount: ore(-100) }], bankLine: 1 }]]) });
    expect(suggestFor(r, h)).toMatchObject({ source: 'history', fromVoucherId: 3, lines: [{ account: '2650', amount: 1_250_000 }, { account: '1630', amount: -1_250_000 }] });
  });

  it('history keys: the counterparty when the bank names one, else the text without words holding digits', () => {
    expect(historyKey({ text: 'KORTKÖP 260503 ICA NARA' })).toBe('T:KORTKÖP ICA NARA');
    expect(historyKey({ text: 'BG 5050-1055 x', counterparty: 'Skatteverket' })).toBe('C:SKATTEVERKET');
    expect(historyKey({ text: '783-5960 00012' })).toBe('');
  });
});
