/**
 * Every answer the year-end ("Bokslut") wizard asks, as the domain sees them (amounts in öre,
 * kronor fields in whole kronor). The JSON file `year-end --answers` reads and the wizard writes
 * is parsed into this shape by shared/api/areas/closing.answers.ts; `ANSWER_FIELDS` lists each
 * key with its default in Swedish (CLI help, UI and README use it).
 */
import type { Ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { NeAdjustments } from '../sru/nePage2.js';
import type { PurchaseKind } from '../sru/ink2r.js';

export interface AccrualAnswer {
  text: string;
  /** The result account (3xxx–8xxx) the accrual corrects. */
  account: string;
  /** The balance account (17xx förutbetald kostnad/upplupen intäkt, 29xx upplupen kostnad/förutbetald intäkt). */
  balanceAccount: string;
  /** Signed amount on `account`, debit positive (an accrued cost is positive, a prepaid cost negative). */
  amount: Ore;
}

export type DepreciationMethod = 'auto' | 'plan' | 'direct';

export interface AssetAnswer {
  id: string;
  name: string;
  acquired: IsoDate;
  /** Anskaffningsvärde excluding VAT. */
  cost: Ore;
  lifeYears: number;
  /** 'auto': direct write-off when the cost is below half a prisbasbelopp of the acquisition year, else plan. */
  method: DepreciationMethod;
  assetAccount: string;
  /** Defaults: the asset group's xx9 account (1229 for 1220–1228), and 783x by group. */
  accumulatedAccount?: string;
  depreciationAccount?: string;
}

export interface InventoryAnswer {
  account: string;
  /** The counted value at year end (after any obsolescence deduction). */
  value: Ore;
  /** Defaults to the matching 49xx account (1460 → 4960). */
  changeAccount?: string;
}

export interface UnpaidInvoiceAnswer {
  counterparty: string;
  reference?: string;
  gross: Ore;
  vatRate: '25' | '12' | '6' | '0';
  /** Revenue account for a customer invoice (default 3001/3002/3003/3004 by rate), cost account for a supplier invoice (default 4000). */
  account?: string;
}

export type Amount = 'auto' | Ore;

/** AB tax adjustments (INK2S) and appropriations. */
export interface AbTaxAnswers {
  /** 4.3c; 'auto' = the balance of 6072, 6982, 6992, 7622, 7632, 8423. */
  nonDeductible: Amount;
  /** 4.5c; 'auto' = the credit balance of 8314 (skattefria ränteintäkter). */
  nonTaxable: Amount;
  otherCostsNotBooked: Ore;
  otherIncomeNotBooked: Ore;
  /** 4.6d: uppräknat belopp vid återföring av periodiseringsfond (older funds reversed at a lower tax rate). */
  reversalUplift: Ore;
  otherPlus: Ore;
  otherMinus: Ore;
  /** 4.14a: outnyttjat underskott från föregående år. */
  previousDeficit: Ore;
  /** Avsättning till periodiseringsfond: 'max' (25 % of the surplus) or an amount; default 0. */
  periodiseringsfond: 'max' | Ore;
  /** Extra återföring of periodiseringsfonder (funds older than six years are always reversed). */
  periodiseringsfondReversals: { account: string; amount: Ore }[];
  /** Statslåneräntan at 30 November the year before, percent; 'auto' = Kontera's table. */
  statslaneranta: 'auto' | string;
  /** Bolagsskatt in percent; 'auto' = 20.6. */
  taxRate: 'auto' | string;
  purchases: PurchaseKind;
}

export interface MultiYearFigure {
  /** Label as printed, e.g. '2024'. */
  year: string;
  netTurnover: Ore;
  resultAfterFinancial: Ore;
  /** Soliditet in percent with one decimal, e.g. '42.1'. */
  solidity: string;
}

export interface Signature { name: string; role: string }

export interface AnnualReportAnswers {
  seat: string;
  activity: string;
  significantEvents: string;
  employees: number;
  /** Earlier years for the flerårsöversikt that the file does not hold. */
  multiYear: MultiYearFigure[];
  /** Proposed dividend (utdelning), öre. */
  dividend: Ore;
  pledgedAssets: string;
  contingentLiabilities: string;
}

/** EF: whether K1 applies (NE 7023) and the förenklat årsbokslut's upplysningar U1–U4 (whole kronor). */
export interface EfDisclosureAnswers {
  /** 'auto': förenklat årsbokslut when the year's nettoomsättning (30xx–37xx) is at most 3 000 000 kr (BFL 6 kap. 6 §). */
  simplifiedAccounts: 'auto' | boolean;
  /** U1: the periodiseringsfonder at the start of the year (they are not booked under K1). */
  periodiseringsfonderAtStart: number;
  /** U2: the expansionsfond at the start of the year. */
  expansionsfondAtStart: number;
  /** U4 and other upplysningar (skogskonto, upphovsmannakonto, insatsemissioner …), free text. */
  disclosures: string;
}

export interface YearEndAnswers {
  version: 1;
  company: { activity: string; address: string; postalCode: string; city: string; contact: string; email: string; phone: string; personnummer: string };
  accruals: AccrualAnswer[];
  assets: AssetAnswer[];
  inventory: InventoryAnswer[];
  unpaidCustomerInvoices: UnpaidInvoiceAnswer[];
  unpaidSupplierInvoices: UnpaidInvoiceAnswer[];
  /** EF: NE page 2 (whole kronor); nonDeductible/nonTaxable may be 'auto' as for AB. */
  ne: Omit<NeAdjustments, 'nonDeductible' | 'nonTaxable' | 'statslaneranta'> & { nonDeductible: 'auto' | number; nonTaxable: 'auto' | number; statslaneranta: 'auto' | string } & EfDisclosureAnswers;
  ab: AbTaxAnswers;
  annualReport: AnnualReportAnswers;
  consultantAssisted: boolean;
  audited: boolean;
  signatures: Signature[];
  signPlace: string;
  signDate: string;
}
