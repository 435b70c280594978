/** Shapes of the closing methods (month close, calendar, asset register, year-end). Amounts in öre unless a field says kronor. */
import type { ChecklistItem } from '../../domain/closing/checklist.js';
import type { Deadline } from '../../domain/closing/deadlines.js';
import type { SizeClass } from '../../domain/closing/timeLimits.js';
import type { PlannedKind } from '../../domain/closing/planned.js';
import type { AssetYear } from '../../domain/closing/assets.js';
import type { CorporateTax } from '../../domain/closing/corporateTax.js';
import type { YearEndAnswers } from '../../domain/closing/answers.js';
import type { Problem } from '../../domain/result.js';
import type { PeriodState } from '../../domain/periods/periodState.js';

export interface MonthCloseDto {
  month: string;
  state: PeriodState;
  items: ChecklistItem[];
  /** Items that block `--strict`. */
  open: number;
  chainHead: string;
  /** Set by closing.closeMonth: whether this call moved the month to closed. */
  closed?: boolean;
}

export interface CalendarDto { year: number; sizeClass: SizeClass; items: (Deadline & { weekend: boolean })[] }

export interface ClosingSettingsDto { sizeClass: SizeClass; sizeClassText: string }

export interface AssetDto {
  id: string; name: string; acquired: string; cost: number; lifeYears: number; method: 'auto' | 'plan' | 'direct';
  assetAccount: string; accumulatedAccount: string | null; depreciationAccount: string | null; addedAt: string;
}

export interface PlannedVoucherDto {
  kind: PlannedKind;
  series: string;
  date: string;
  text: string;
  lines: { account: string; name: string; amount: number; text: string | null }[];
}

export interface YearEndDocumentDto { kind: 'arsredovisning' | 'forenklat-arsbokslut'; title: string; fileName: string; html: string }

export interface YearEndPreviewDto {
  fiscalYear: { start: string; end: string };
  form: 'EF' | 'AB';
  vouchers: PlannedVoucherDto[];
  reversals: PlannedVoucherDto[];
  assets: AssetYear[];
  tax: CorporateTax | null;
  statslaneranta: string | null;
  taxRate: string | null;
  /** Årets resultat after the closing vouchers, öre. */
  result: number;
  /** Form rows in whole kronor, by row label (B1, R11, 2.26, 4.15, 1.1 …). */
  forms: { ne?: { page1: Record<string, number>; page2: Record<string, number> }; ink2?: Record<string, number>; ink2r?: Record<string, number>; ink2s?: Record<string, number> };
  /** The two SRU files as text (written ISO-8859-1), or null while something blocks them. */
  sru: { info: string; blanketter: string } | null;
  /** Accounts with a balance that no form row takes: they block the SRU export. */
  unmapped: { account: string; name: string; balance: number }[];
  problems: Problem[];
  document: YearEndDocumentDto;
  warnings: string[];
  answers: YearEndAnswers;
  /** False while unmapped accounts or problems remain. */
  canWrite: boolean;
}

export interface YearEndResultDto extends YearEndPreviewDto {
  posted: { ref: string; date: string; text: string }[];
  reversalsPosted: { ref: string; date: string; text: string }[];
  nextFiscalYear: string;
  files: string[];
  chainHead: string;
  pdfError: string | null;
}

export interface AnswerFieldDto { key: string; label: string; default: string; forms: ('EF' | 'AB')[] }
export interface YearEndDefaultsDto { fiscalYear: string; form: 'EF' | 'AB'; template: Record<string, unknown>; fields: AnswerFieldDto[] }
