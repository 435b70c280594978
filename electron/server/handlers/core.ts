import type { AreaHandlers } from './types.js';
import type { CoreContract } from '../../../shared/api/areas/core.contract.js';
import { createCompany, openCompany, closeCompany, companyInfo } from './company.js';
import { postVoucher, correctVoucher, getVoucher, listVouchers } from './vouchers.js';
import { listAccountsHandler, addAccount, setVatCode, setActive } from './accounts.js';
import { listYears, newYear, refreshOpening, setOpening } from './years.js';
import { listPeriods, closePeriod, reopenPeriod } from './periods.js';
import { listTemplatesHandler, applyTemplateHandler, saveTemplateFromVoucher } from './templates.js';
import { trialBalance, generalLedger, journal, incomeStatementReport, balanceSheetReport } from './reports.js';
import { auditList, saveDraft, listDrafts, discardDraft } from './misc.js';
import { verify } from './verify.js';
import { createBackup, restore } from './backup.js';

/** The core area's handlers; the type makes a missing one a compile error. */
export const coreHandlers: AreaHandlers<CoreContract> = {
  'company.create': createCompany,
  'company.open': openCompany,
  'company.close': closeCompany,
  'company.info': companyInfo,
  'vouchers.post': postVoucher,
  'vouchers.correct': correctVoucher,
  'vouchers.get': getVoucher,
  'vouchers.list': listVouchers,
  'accounts.list': listAccountsHandler,
  'accounts.add': addAccount,
  'accounts.setVatCode': setVatCode,
  'accounts.setActive': setActive,
  'years.list': listYears,
  'years.new': newYear,
  'years.refreshOpening': refreshOpening,
  'opening.set': setOpening,
  'periods.list': listPeriods,
  'periods.close': closePeriod,
  'periods.reopen': reopenPeriod,
  'templates.list': listTemplatesHandler,
  'templates.apply': applyTemplateHandler,
  'templates.saveFromVoucher': saveTemplateFromVoucher,
  'reports.journal': journal,
  'reports.generalLedger': generalLedger,
  'reports.trialBalance': trialBalance,
  'reports.incomeStatement': incomeStatementReport,
  'reports.balanceSheet': balanceSheetReport,
  'audit.list': auditList,
  'drafts.save': saveDraft,
  'drafts.list': listDrafts,
  'drafts.discard': discardDraft,
  verify,
  'backup.create': createBackup,
  'backup.restore': restore,
};
