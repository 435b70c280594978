/** Periodisk sammanställning, the VAT calendar and the company's VAT settings. */
import type { Handler } from './types.js';
import { done, refuse, refuseAll } from '../result.js';
import type { Db } from '../../db/connection.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { listFiscalYears } from '../../db/repos/fiscalYears.repo.js';
import { codedLinesWithVouchers, getVatSettings, saveVatSettings } from '../../db/repos/vat.repo.js';
import { writeVatFile } from '../workflows/vatFile.js';
import { FORTY_MILLION, hasEuTrade, turnoverBasis } from '../workflows/vatTurnover.js';
import { parsePeriod } from '../../../shared/domain/periods/period.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import { lineContribution } from '../../../shared/domain/vat/boxes.js';
import { VAT_CODES, isVatCode, vatCodeInfo } from '../../../shared/domain/vat/codes.js';
import { EC_BOXES, type EcBox, type EcSaleLine, ecSalesRows, findVatNumber } from '../../../shared/domain/vat/ecSales.js';
import { ecPeriodCode, ecSalesFileText, swedishVatNumber } from '../../../shared/domain/vat/ecSalesFile.js';
import { vatCalendar } from '../../../shared/domain/vat/calendar.js';
import { monthOf, type IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { VatSettingsDto } from '../../../shared/api/dto/vat.js';

export const vatEcSalesList: Handler<'vat.ecSalesList'> = (ctx, input) => {
  const db = ctx.db();
  const range = parsePeriod(input.period);
  const code = range ? ecPeriodCode(range.label) : null;
  if (!range || !code) return refuse('vat-invalid-period', `Periodisk sammanställning lämnas per månad (2026-03) eller kvartal (2026-Q1), inte för "${input.period}".`, { path: 'period' });
  const codes = VAT_CODES.filter((c) => EC_BOXES.includes(vatCodeInfo(c).box));
  const lines: EcSaleLine[] = codedLinesWithVouchers(db, codes, range.from, range.to).flatMap((l) => {
    const c = isVatCode(l.vatCode) ? lineContribution({ account: l.account, vatCode: l.vatCode, amount: ore(l.amount) }) : null;
    return c ? [{ voucherId: l.voucherId, voucher: formatVoucherRef(l.series, l.number), fiscalYear: l.fiscalYear, date: l.date, box: c.box as EcBox, amount: c.amount, counterparty: l.counterparty, text: l.text }] : [];
  });
  const given = new Map<number, string>();
  for (const l of lines as (EcSaleLine & { fiscalYear: string })[]) {
    const v = input.vatNumbers[l.voucher] ?? input.vatNumbers[`${l.voucher}@${l.fiscalYear}`] ?? input.vatNumbers[String(l.voucherId)];
    if (v !== undefined) given.set(l.voucherId, v);
  }
  const { rows, problems } = ecSalesRows(lines, given);
  const totals = { '35': 0, '38': 0, '39': 0 };
  for (const l of lines) totals[l.box] += l.amount;
  let file: string | null = null;
  if (input.file || input.path) {
    const first = problems[0];
    if (first) return refuse(first.code, problems.length > 1 ? `${first.message} (och ${problems.length - 1} till)` : first.message, { path: 'vatNumbers', problems });
    const s = getVatSettings(db);
    const contact = input.contact ?? { name: s?.contact_name ?? '', phone: s?.contact_phone ?? '', email: s?.contact_email ?? null };
    const company = getCompany(db);
    const f = ecSalesFileText({ identity: company?.identity ?? '', period: range.label, contact, rows });
    if (!f.ok) return refuseAll(f.problems);
    file = f.value;
  }
  const written = file !== null && input.path ? writeVatFile(input.path, file) : null;
  if (written && !written.ok) return written;
  return done({
    period: range.label, code, rows, problems, totals, file, fileName: `periodisk-sammanstallning-${code}.txt`, written: written?.value ?? null,
    lines: lines.map((l) => ({ voucherId: l.voucherId, voucher: l.voucher, date: l.date, box: l.box, amount: l.amount, counterparty: l.counterparty, text: l.text,
      vatNumber: given.has(l.voucherId) ? given.get(l.voucherId) ?? null : findVatNumber(l.counterparty, l.text) })),
  });
};

export const vatCalendarHandler: Handler<'vat.calendar'> = (ctx, input) => {
  const db = ctx.db();
  const company = getCompany(db);
  if (!company) throw new Error('company row missing');
  const years = listFiscalYears(db).map((y) => ({ start: y.start_date, end: y.end_date }));
  const basis = input.turnover !== undefined ? { turnover: ore(input.turnover), fiscalYear: null } : turnoverBasis(db, input.year);
  const turnover = basis.turnover;
  const euTrade = hasEuTrade(db, `${input.year}-01-01`, `${input.year}-12-31`);
  const ecCodes = VAT_CODES.filter((c) => EC_BOXES.includes(vatCodeInfo(c).box));
  const ecMonths = new Set(codedLinesWithVouchers(db, ecCodes, `${input.year}-01-01`, `${input.year}-12-31`).map((l) => monthOf(l.date as IsoDate)));
  const over40M = turnover > FORTY_MILLION;
  const deadlines = vatCalendar(input.year, { vatPeriod: company.vat_period, form: company.form, over40M, euTrade, fiscalYears: years, ecSalesMonths: [...ecMonths].sort() });
  return done({
    year: input.year, vatPeriod: company.vat_period, turnover, over40M, euTrade, deadlines,
    turnoverYear: basis.fiscalYear,
  });
};

function settingsDto(db: Db): VatSettingsDto {
  const s = getVatSettings(db);
  const company = getCompany(db);
  return {
    exempt: s?.exempt === 1, contactName: s?.contact_name ?? null, contactPhone: s?.contact_phone ?? null, contactEmail: s?.contact_email ?? null,
    vatNumber: swedishVatNumber(company?.identity ?? ''),
  };
}

export const vatSettings: Handler<'vat.settings'> = (ctx) => done(settingsDto(ctx.db()));

export const vatSetSettings: Handler<'vat.setSettings'> = (ctx, input) => ctx.write((db) => {
  const s = getVatSettings(db);
  const pick = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
  const blank = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim());
  saveVatSettings(db, {
    id: 1,
    exempt: input.exempt === undefined ? s?.exempt ?? 0 : input.exempt ? 1 : 0,
    contact_name: pick(blank(input.contactName), s?.contact_name ?? null),
    contact_phone: pick(blank(input.contactPhone), s?.contact_phone ?? null),
    contact_email: pick(blank(input.contactEmail), s?.contact_email ?? null),
    changed_at: ctx.clock.now(), changed_by: ctx.user,
  });
  return done(settingsDto(db));
});
