/** The closing methods' outputs and error codes (catalogue: tests/integration/closing/error-catalogue.test.ts). */
import type { Method } from './method.js';
import type { closingSchemas } from './closing.schemas.js';
import type * as D from '../dto/closing.js';

type S = typeof closingSchemas;
type PlanErrors = 'closing-accrual-account' | 'closing-prisbasbelopp-missing' | 'closing-asset-account' | 'closing-rate-missing' | 'closing-not-kontant'
  | 'closing-fund-account-missing';
type YearErrors = 'no-fiscal-year' | 'closing-year-closed' | 'closing-year-not-closed' | 'closing-earlier-year-open';
type SruErrors = 'closing-unmapped-accounts' | 'sru-unknown-field' | 'sru-negative' | 'sru-character' | 'sru-text-too-long' | 'sru-postal-code' | 'sru-missing';
type PostErrors = 'period-closed' | 'period-vat-reported' | 'fiscal-year-closed' | 'unknown-account' | 'inactive-account' | 'unbalanced';

export type ClosingContract = {
  'closing.checklist': Method<S['closing.checklist'], D.MonthCloseDto, 'no-fiscal-year'>;
  'closing.closeMonth': Method<S['closing.closeMonth'], D.MonthCloseDto, 'no-fiscal-year' | 'closing-open-items' | 'closing-vat-not-reported'>;
  'closing.calendar': Method<S['closing.calendar'], D.CalendarDto>;
  'closing.settings': Method<S['closing.settings'], D.ClosingSettingsDto>;
  'closing.setSettings': Method<S['closing.setSettings'], D.ClosingSettingsDto>;
  'closing.assets': Method<S['closing.assets'], D.AssetDto[]>;
  'closing.addAsset': Method<S['closing.addAsset'], D.AssetDto, 'closing-asset-exists'>;
  'closing.yearEndDefaults': Method<S['closing.yearEndDefaults'], D.YearEndDefaultsDto, 'no-fiscal-year'>;
  'closing.yearEndPreview': Method<S['closing.yearEndPreview'], D.YearEndPreviewDto, YearErrors | PlanErrors | 'closing-dividend-too-large'>;
  'closing.yearEnd': Method<S['closing.yearEnd'], D.YearEndResultDto, YearErrors | PlanErrors | SruErrors | PostErrors | 'closing-dividend-too-large' | 'cannot-write'>;
  'closing.yearEndDocuments': Method<S['closing.yearEndDocuments'], D.YearEndResultDto, 'no-fiscal-year' | 'closing-year-not-closed' | SruErrors | 'cannot-write'>;
};
