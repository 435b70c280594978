import type { AreaHandlers } from './types.js';
import type { VatContract } from '../../../shared/api/areas/vat.contract.js';
import { vatReport, vatBoxDetail, vatEskd, vatBook, vatReports } from './vat.js';
import { vatCodes, vatSplit, vatReverseCharge, vatRepresentation } from './vat.helpers.js';
import { vatEcSalesList, vatCalendarHandler, vatSettings, vatSetSettings } from './vat.extra.js';

/** The VAT area's handlers; the type makes a missing one a compile error. */
export const vatHandlers: AreaHandlers<VatContract> = {
  'vat.report': vatReport,
  'vat.boxDetail': vatBoxDetail,
  'vat.eskd': vatEskd,
  'vat.book': vatBook,
  'vat.reports': vatReports,
  'vat.codes': vatCodes,
  'vat.split': vatSplit,
  'vat.reverseCharge': vatReverseCharge,
  'vat.representation': vatRepresentation,
  'vat.ecSalesList': vatEcSalesList,
  'vat.calendar': vatCalendarHandler,
  'vat.settings': vatSettings,
  'vat.setSettings': vatSetSettings,
};
