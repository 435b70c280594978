/** The momsdeklaration: report, drill-down, eSKD file, booking, filed returns. */
import type { Handler } from './types.js';
import { done, refuseAll } from '../result.js';
import { loadReturn, resolvePeriod } from '../workflows/vatReturn.js';
import { blockedByChecks, bookReturn } from '../workflows/vatBook.js';
import { writeVatFile } from '../workflows/vatFile.js';
import { boxesInKronor, reportDto, voucherRefById } from '../workflows/vatDto.js';
import { listVatReports, codedLinesWithVouchers } from '../../db/repos/vat.repo.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import { BOX_LABELS, type BoxId } from '../../../shared/domain/vat/boxIds.js';
import { lineContribution } from '../../../shared/domain/vat/boxes.js';
import { VAT_CODES, isVatCode, vatCodeInfo } from '../../../shared/domain/vat/codes.js';
import { eskdXml } from '../../../shared/domain/vat/eskd.js';
import { truncKronor } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';

export const vatReport: Handler<'vat.report'> = (ctx, input) => {
  const db = ctx.db();
  const p = resolvePeriod(db, input.period);
  if (!p.ok) return p;
  return done(reportDto(db, loadReturn(db, p.value, ctx.clock.today())));
};

const BOX49_SOURCES: readonly BoxId[] = ['10', '11', '12', '30', '31', '32', '60', '61', '62', '48'];

/** The voucher lines behind a box; for 49, the lines of every VAT box it is computed from (48 negative). */
export const vatBoxDetail: Handler<'vat.boxDetail'> = (ctx, input) => {
  const db = ctx.db();
  const p = resolvePeriod(db, input.period);
  if (!p.ok) return p;
  const r = loadReturn(db, p.value, ctx.clock.today());
  const boxes = input.box === '49' ? BOX49_SOURCES : [input.box];
  const codes = VAT_CODES.filter((c) => boxes.includes(vatCodeInfo(c).box));
  const excluded = new Set(r.excluded);
  const rows = codedLinesWithVouchers(db, codes, r.period.from, r.period.to).filter((l) => !excluded.has(l.voucherId)).map((l) => {
    const c = isVatCode(l.vatCode) ? lineContribution({ account: l.account, vatCode: l.vatCode, amount: ore(l.amount) }) : null;
    const contribution = c ? (input.box === '49' && c.box === '48' ? -c.amount : c.amount) : 0;
    return {
      voucherId: l.voucherId, voucher: formatVoucherRef(l.series, l.number), date: l.date, text: l.text, account: l.account,
      accountName: l.accountName, amount: l.amount, contribution, lineText: l.lineText,
    };
  });
  return done({ period: r.period.label, box: input.box, label: BOX_LABELS[input.box], exact: r.figures.exact[input.box], declared: truncKronor(r.figures.rounded[input.box]), rows });
};

export const vatEskd: Handler<'vat.eskd'> = (ctx, input) => {
  const db = ctx.db();
  const p = resolvePeriod(db, input.period);
  if (!p.ok) return p;
  const r = loadReturn(db, p.value, ctx.clock.today());
  const blocked = blockedByChecks(r, 'lämnas som fil');
  if (blocked) return blocked;
  const x = eskdXml({ orgNr: r.company.identity, lastMonth: r.period.lastMonth, boxes: r.figures.rounded, doctype: input.doctype, ...(input.note ? { note: input.note } : {}) });
  if (!x.ok) return refuseAll(x.problems);
  const digits = r.company.identity.replace(/\D/g, '');
  const written = input.path ? writeVatFile(input.path, x.value) : null;
  if (written && !written.ok) return written;
  return done({ period: r.period.label, fileName: `moms-${digits}-${r.period.lastMonth.replace('-', '')}.xml`, text: x.value, boxes: boxesInKronor(r.figures.rounded), written: written?.value ?? null });
};

export const vatBook: Handler<'vat.book'> = (ctx, input) => ctx.write((db) => {
  const p = resolvePeriod(db, input.period);
  if (!p.ok) return p;
  return bookReturn(db, loadReturn(db, p.value, ctx.clock.today()), { now: ctx.clock.now(), user: ctx.user });
});

export const vatReports: Handler<'vat.reports'> = (ctx) => {
  const db = ctx.db();
  return done(listVatReports(db).map((r) => ({
    period: r.period, from: r.from_date, to: r.to_date, reportedAt: r.reported_at, reportedBy: r.reported_by,
    box49: truncKronor(ore(r.box49)), voucher: voucherRefById(db, r.voucher_id),
  })));
};
