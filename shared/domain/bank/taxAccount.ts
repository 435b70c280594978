/**
 * Skatteverket's tax account (skattekonto, BAS 1630): templates for its typical rows and which row
 * text calls for which. Each template is written for a positive amount on 1630 and is turned by
 * the row's sign when booked (`orientToRow`), so a refund books the opposite way of a charge.
 * Account names as in BAS 2025: 2650 Redovisningskonto för moms, 2518 Betald F-skatt, 2013 Övriga
 * egna uttag, 8314 Skattefria ränteintäkter, 8423 Räntekostnader för skatter och avgifter (not
 * deductible), 2710 Personalskatt, 2731 Avräkning lagstadgade sociala avgifter, 6992 Övriga externa
 * kostnader, ej avdragsgilla, 3988 Erhållna offentliga bidrag för personal.
 */
import type { Template } from '../templates/template.js';
import { dedupText } from './dedup.js';

const TAX = '1630';

const tax = (name: string, form: Template['form'], other: string, description: string): Template => ({
  name, form, description,
  lines: [{ account: TAX, rule: 'total', sign: 1 }, { account: other, rule: 'total', sign: -1 }],
});

/** Templates for the skattekonto rows; booked from a 1630 bank row they are turned to its sign. */
export const TAX_ACCOUNT_TEMPLATES: readonly Template[] = [
  tax('Skattekonto: moms', 'both', '2650', 'Moms enligt deklarationen dras från (eller betalas tillbaka till) skattekontot: 2650 mot 1630.'),
  tax('Skattekonto: F-skatt (aktiebolag)', 'AB', '2518', 'Debiterad preliminärskatt: 2518 Betald F-skatt mot 1630.'),
  tax('Skattekonto: F-skatt (enskild firma)', 'EF', '2013', 'Debiterad preliminärskatt är ägarens skatt och bokas som eget uttag: 2013 mot 1630.'),
  tax('Skattekonto: intäktsränta (skattefri)', 'both', '8314', 'Intäktsränta på skattekontot är skattefri: 8314 Skattefria ränteintäkter.'),
  tax('Skattekonto: kostnadsränta (ej avdragsgill)', 'both', '8423', 'Kostnadsränta på skattekontot är inte avdragsgill: 8423 Räntekostnader för skatter och avgifter.'),
  tax('Skattekonto: inbetalning från företagskontot', 'both', '1930', 'Inbetalning till skattekontot från 1930.'),
  tax('Skattekonto: utbetalning till företagskontot', 'both', '1930', 'Utbetalning från skattekontot till 1930.'),
  tax('Skattekonto: arbetsgivaravgifter', 'both', '2731', 'Arbetsgivaravgifter enligt arbetsgivardeklarationen: 2731 mot 1630.'),
  tax('Skattekonto: avdragen skatt', 'both', '2710', 'Avdragen skatt på lön enligt arbetsgivardeklarationen: 2710 mot 1630.'),
  tax('Skattekonto: förseningsavgift', 'both', '6992', 'Förseningsavgift är inte avdragsgill: 6992 mot 1630.'),
  tax('Skattekonto: anställningsstöd', 'both', '3988', 'Anställningsstöd som krediteras skattekontot: 3988 Erhållna offentliga bidrag för personal.'),
];

const PATTERNS: readonly [RegExp, string | { AB: string; EF: string }][] = [
  [/FÖRS(\.|ENINGS)\s?AVGIFT/, 'Skattekonto: förseningsavgift'],
  [/PRELIMINÄRSKATT/, { AB: 'Skattekonto: F-skatt (aktiebolag)', EF: 'Skattekonto: F-skatt (enskild firma)' }],
  [/INTÄKTSRÄNTA/, 'Skattekonto: intäktsränta (skattefri)'],
  [/KOSTNADSRÄNTA/, 'Skattekonto: kostnadsränta (ej avdragsgill)'],
  [/^INBETALNING/, 'Skattekonto: inbetalning från företagskontot'],
  [/^UTBETALNING/, 'Skattekonto: utbetalning till företagskontot'],
  [/ARBETSGIVARAVGIFT/, 'Skattekonto: arbetsgivaravgifter'],
  [/AVDRAGEN SKATT/, 'Skattekonto: avdragen skatt'],
  [/ANSTÄLLNINGSSTÖD/, 'Skattekonto: anställningsstöd'],
  [/\bMOMS\b/, 'Skattekonto: moms'],
];

/**
 * The template a skattekonto row's text calls for, or null when the text is not one Kontera knows.
 * @example taxAccountTemplateFor('Moms jan 2026 - mars 2026', 'AB') // 'Skattekonto: moms'
 */
export function taxAccountTemplateFor(text: string, form: 'EF' | 'AB'): string | null {
  const t = dedupText(text);
  for (const [re, name] of PATTERNS) if (re.test(t)) return typeof name === 'string' ? name : name[form];
  return null;
}

/**
 * A skattekonto template by name, if it is one.
 * @example taxAccountTemplate('Skattekonto: moms')?.lines[1]?.account // '2650'
 */
export function taxAccountTemplate(name: string): Template | undefined {
  return TAX_ACCOUNT_TEMPLATES.find((t) => t.name === name);
}

/** Ledger accounts kept as tax accounts (asset 1630, or 2850 when the balance is a debt). */
export function isTaxLedgerAccount(account: string): boolean {
  return account === '1630' || account === '2850';
}
