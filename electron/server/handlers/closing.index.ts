import type { AreaHandlers } from './types.js';
import type { ClosingContract } from '../../../shared/api/areas/closing.contract.js';
import { checklist, closeMonth, calendar, settings, setSettings, assets, addAsset } from './closing.js';
import { yearEndDefaults, yearEndPreview, yearEnd, yearEndDocuments } from './closingYearEnd.js';

/** The closing area's handlers; the type makes a missing one a compile error. */
export const closingHandlers: AreaHandlers<ClosingContract> = {
  'closing.checklist': checklist,
  'closing.closeMonth': closeMonth,
  'closing.calendar': calendar,
  'closing.settings': settings,
  'closing.setSettings': setSettings,
  'closing.assets': assets,
  'closing.addAsset': addAsset,
  'closing.yearEndDefaults': yearEndDefaults,
  'closing.yearEndPreview': yearEndPreview,
  'closing.yearEnd': yearEnd,
  'closing.yearEndDocuments': yearEndDocuments,
};
