/** The VAT methods' outputs and error codes. */
import type { Method } from './method.js';
import type { vatSchemas } from './vat.schemas.js';
import type * as D from '../dto/vat.js';

type S = typeof vatSchemas;
type PeriodErrors = 'vat-invalid-period' | 'vat-period-mismatch';
type BookErrors = PeriodErrors | 'vat-checks-failed' | 'vat-already-reported' | 'no-fiscal-year' | 'fiscal-year-closed'
  | 'period-closed' | 'inactive-account';

export type VatContract = {
  'vat.report': Method<S['vat.report'], D.VatReportDto, PeriodErrors>;
  'vat.boxDetail': Method<S['vat.boxDetail'], D.VatBoxDetailDto, PeriodErrors>;
  'vat.eskd': Method<S['vat.eskd'], D.VatEskdDto, PeriodErrors | 'vat-checks-failed' | 'eskd-invalid-orgnr' | 'eskd-note-too-long' | 'eskd-note-characters' | 'cannot-write'>;
  'vat.book': Method<S['vat.book'], D.VatBookDto, BookErrors>;
  'vat.reports': Method<S['vat.reports'], D.VatReportListItemDto[]>;
  'vat.codes': Method<S['vat.codes'], D.VatCodeDto[]>;
  'vat.split': Method<S['vat.split'], D.VatSplitDto, 'invalid-vat-code' | 'vat-rate-missing'>;
  'vat.reverseCharge': Method<S['vat.reverseCharge'], D.VatLinesDto>;
  'vat.representation': Method<S['vat.representation'], D.VatRepresentationDto>;
  'vat.ecSalesList': Method<S['vat.ecSalesList'], D.EcSalesDto, 'vat-invalid-period' | 'ec-missing-vat-number' | 'ec-invalid-vat-number' | 'ec-missing-contact' | 'cannot-write'>;
  'vat.calendar': Method<S['vat.calendar'], D.VatCalendarDto>;
  'vat.settings': Method<S['vat.settings'], D.VatSettingsDto>;
  'vat.setSettings': Method<S['vat.setSettings'], D.VatSettingsDto>;
};
