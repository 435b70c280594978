/**
 * The year-end answers file (`year-end --answers answers.json`; the Bokslut wizard writes the same
 * file). One key per wizard field; every key may be left out and then takes its default (listed in
 * shared/domain/closing/answerFields.ts). Amounts are written as in the CLI: "1 234,50", "800.5"
 * or a JSON number of kronor.
 */
import { z } from 'zod';
import { parseAmount } from '../../domain/money/parse.js';
import { truncKronor } from '../../domain/money/format.js';
import { type Ore } from '../../domain/money/ore.js';
import { isIsoDate, type IsoDate } from '../../domain/dates/isoDate.js';
import { isPercent } from '../../domain/money/decimal.js';
import type { YearEndAnswers } from '../../domain/closing/answers.js';

const amount = z.union([z.string(), z.number()]).transform((v, ctx): Ore => {
  const r = parseAmount(String(v));
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.problems[0]?.message ?? 'Ogiltigt belopp.' });
    return z.NEVER;
  }
  return r.value;
});
const positive = amount.refine((o) => o >= 0, { message: 'Beloppet kan inte vara negativt här.' });
const kronor = positive.transform((o) => truncKronor(o));
const zero = () => positive.default(0 as Ore);
const kr0 = () => kronor.default(0);
const auto = <T extends z.ZodType>(t: T) => z.union([z.literal('auto'), t]).default('auto');
const account = z.string().regex(/^\d{4}$/, 'Ett konto är fyra siffror, t.ex. 1930.');
const date = z.string().refine(isIsoDate, { message: 'Datum skrivs ÅÅÅÅ-MM-DD.' }).transform((s) => s as IsoDate);
const percent = z.string().refine(isPercent, { message: 'Ange procent som t.ex. 20.6.' });
const text = (max: number) => z.string().max(max).default('');

const accrual = z.object({ text: z.string().min(1).max(200), account, balanceAccount: account, amount: amount.refine((o) => o !== 0, { message: 'Beloppet kan inte vara 0.' }) });
const asset = z.object({
  id: z.string().min(1).max(60), name: z.string().min(1).max(200), acquired: date, cost: positive, lifeYears: z.number().int().min(1).max(100),
  method: z.enum(['auto', 'plan', 'direct']).default('auto'), assetAccount: account, accumulatedAccount: account.optional(), depreciationAccount: account.optional(),
});
const invoice = z.object({
  counterparty: z.string().min(1).max(200), reference: z.string().max(60).optional(), gross: positive.refine((o) => o > 0, { message: 'Beloppet måste vara större än 0.' }),
  vatRate: z.enum(['25', '12', '6', '0']).default('25'), account: account.optional(),
});

const ne = z.object({
  nonDeductible: auto(kronor), nonTaxable: auto(kronor), incomeNotBooked: kr0(), costsNotBooked: kr0(), jointDeficitOrShare: kr0(),
  jointSurplusOrShare: kr0(), spouseShareIn: kr0(), spouseShareOut: kr0(), otherCosts: kr0(), otherIncome: kr0(), previousDeficit: kr0(),
  forestDeduction: kr0(), recapture: kr0(), forestAccountWithdrawal: kr0(), forestAccountDeposit: kr0(),
  capitalBase: amount.transform((o) => truncKronor(o)).default(0), positiveInterestAllocation: z.boolean().default(true), statslaneranta: auto(percent),
  periodiseringsfondReversal: kr0(), periodiseringsfondAllocation: z.union([z.literal('max'), kronor]).default(0),
  expansionIncrease: z.union([z.literal('max'), kronor]).default(0), expansionDecrease: kr0(), pension: kr0(),
  previousEgenavgiftDeduction: kr0(), egenavgifterCharged: kr0(), egenavgiftSchablon: z.boolean().default(true), sickPay: kr0(),
  generalDeduction: kr0(), deficitToCapital: kr0(),
  simplifiedAccounts: z.union([z.literal('auto'), z.boolean()]).default('auto'), periodiseringsfonderAtStart: kr0(), expansionsfondAtStart: kr0(),
  disclosures: text(2000),
});

const ab = z.object({
  nonDeductible: auto(positive), nonTaxable: auto(positive), otherCostsNotBooked: zero(), otherIncomeNotBooked: zero(), reversalUplift: zero(), otherPlus: zero(),
  otherMinus: zero(), previousDeficit: zero(), periodiseringsfond: z.union([z.literal('max'), positive]).default(0 as Ore),
  periodiseringsfondReversals: z.array(z.object({ account, amount: positive })).max(50).default([]),
  statslaneranta: auto(percent), taxRate: auto(percent), purchases: z.enum(['handelsvaror', 'ravaror']).default('handelsvaror'),
});

const annualReport = z.object({
  seat: text(100), activity: text(2000), significantEvents: text(4000), employees: z.number().int().min(0).max(1_000_000).default(0),
  multiYear: z.array(z.object({ year: z.string().min(1).max(20), netTurnover: amount, resultAfterFinancial: amount, solidity: z.string().regex(/^-?\d{1,4}([.,]\d)?$/, 'Soliditet anges i procent med en decimal, t.ex. 42.1.').transform((s) => s.replace(',', '.')) })).max(10).default([]),
  dividend: zero(), pledgedAssets: z.string().max(1000).default('Inga'), contingentLiabilities: z.string().max(1000).default('Inga'),
});

/** The answers file; unknown keys are refused so a misspelt key is never silently ignored. */
export const yearEndAnswersSchema = z.strictObject({
  version: z.literal(1).default(1),
  fiscalYear: date.optional(),
  company: z.strictObject({
    activity: text(80), address: text(250), postalCode: text(10), city: text(250), contact: text(250), email: text(250), phone: text(15),
    personnummer: z.string().regex(/^(\d{12})?$/, 'Personnummer med tolv siffror, t.ex. 198112189876.').default(''),
  }).prefault({}),
  accruals: z.array(accrual).max(500).default([]),
  assets: z.array(asset).max(1000).default([]),
  inventory: z.array(z.object({ account: z.string().regex(/^14\d\d$/, 'Lagerkonton är 1400–1499.'), value: positive, changeAccount: account.optional() })).max(50).default([]),
  unpaidCustomerInvoices: z.array(invoice).max(5000).default([]),
  unpaidSupplierInvoices: z.array(invoice).max(5000).default([]),
  ne: ne.strict().prefault({}),
  ab: ab.strict().prefault({}),
  annualReport: annualReport.strict().prefault({}),
  consultantAssisted: z.boolean().default(false),
  audited: z.boolean().default(false),
  signatures: z.array(z.object({ name: z.string().min(1).max(200), role: z.string().max(100).default('') })).max(30).default([]),
  signPlace: text(100),
  signDate: z.union([z.literal(''), date]).default(''),
});

export type YearEndAnswersInput = z.input<typeof yearEndAnswersSchema>;
export type ParsedAnswers = z.output<typeof yearEndAnswersSchema>;

/** Compile-time proof that the parsed file is the domain's answers shape. */
export const answersConform = (a: ParsedAnswers): YearEndAnswers & { fiscalYear?: IsoDate } => a;
