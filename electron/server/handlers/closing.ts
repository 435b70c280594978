/** Month close, deadlines calendar, time-limit settings and the asset register. */
import type { Handler } from './types.js';
import { done, refuse, refuseAll } from '../result.js';
import { monthCloseDto, monthFacts } from '../workflows/closingMonth.js';
import { closingCalendar } from '../workflows/closingCalendar.js';
import { periodState, setPeriodState } from '../../db/repos/periods.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { assetById, insertAsset, listAssets, saveSizeClass, sizeClass } from '../../db/repos/closing.repo.js';
import { openItems } from '../../../shared/domain/closing/checklist.js';
import { SIZE_CLASS_SV } from '../../../shared/domain/closing/timeLimits.js';
import type { IsoMonth } from '../../../shared/domain/dates/isoDate.js';
import type { AssetDto, MonthCloseDto } from '../../../shared/api/dto/closing.js';
import type { ClosingAssetTable } from '../../db/tables/closing.table.js';

const noYear = (month: string) => refuse('no-fiscal-year', `Månaden ${month} ligger inte i något räkenskapsår.`, { path: 'month' });

export const checklist: Handler<'closing.checklist'> = (ctx, input) => {
  const db = ctx.db();
  const f = monthFacts(db, input.month as IsoMonth);
  return f ? done(monthCloseDto(db, f.facts)) : noYear(input.month);
};

/** close-month: the checklist read inside the write, then the core's period model moves the month to closed. */
export const closeMonth: Handler<'closing.closeMonth'> = (ctx, input) => ctx.write<MonthCloseDto>((db) => {
  const f = monthFacts(db, input.month as IsoMonth);
  if (!f) return noYear(input.month);
  const dto = monthCloseDto(db, f.facts);
  const open = openItems(dto.items);
  const vat = f.facts.vatPeriod;
  // Closing the month a VAT period ends in, before its momsomföring is booked there, would leave
  // the return unbookable without a reopening: refused with or without --strict.
  if (vat && !vat.reported && !vat.exempt && periodState(db, input.month) !== 'closed') {
    return refuse('closing-vat-not-reported', `${input.month} kan inte stängas än: momsperioden ${vat.period} slutar i månaden och momsomföringen ska bokföras i den. `
      + `Bokför momsdeklarationen för ${vat.period} först (sidan Moms, eller kontera vat <fil> --period ${vat.period} --book) och stäng sedan månaden.`, { path: 'vat' });
  }
  if (input.strict && open.length) {
    return refuseAll(open.map((i) => ({ code: 'closing-open-items', message: `${input.month} stängs inte med --strict: ${i.title.toLowerCase()} – ${i.detail}`, path: i.key })));
  }
  if (periodState(db, input.month) === 'closed') return done({ ...dto, closed: false });
  const now = ctx.clock.now();
  setPeriodState(db, { month: input.month, state: 'closed', changed_at: now, changed_by: ctx.user, reason: null });
  appendAudit(db, now, ctx.user, 'month.closed', { month: input.month, openItems: open.map((i) => i.key), chainHead: dto.chainHead });
  return done({ ...dto, state: 'closed' as const, closed: true });
});

export const calendar: Handler<'closing.calendar'> = async (ctx, input) => closingCalendar(ctx, input.year);

const settingsDto = (s: ReturnType<typeof sizeClass>) => ({ sizeClass: s, sizeClassText: SIZE_CLASS_SV[s] });

export const settings: Handler<'closing.settings'> = (ctx) => done(settingsDto(sizeClass(ctx.db())));

export const setSettings: Handler<'closing.setSettings'> = (ctx, input) => ctx.write((db) => {
  saveSizeClass(db, input.sizeClass, ctx.clock.now(), ctx.user);
  return done(settingsDto(input.sizeClass));
});

const assetDto = (a: ClosingAssetTable): AssetDto => ({
  id: a.id, name: a.name, acquired: a.acquired, cost: a.cost, lifeYears: a.life_years, method: a.method, assetAccount: a.asset_account,
  accumulatedAccount: a.accumulated_account, depreciationAccount: a.depreciation_account, addedAt: a.added_at,
});

export const assets: Handler<'closing.assets'> = (ctx) => done(listAssets(ctx.db()).map(assetDto));

export const addAsset: Handler<'closing.addAsset'> = (ctx, input) => ctx.write((db) => {
  if (assetById(db, input.id)) return refuse('closing-asset-exists', `Det finns redan en inventarie med id "${input.id}" i anläggningsregistret. Välj ett annat id.`, { path: 'id' });
  const row: ClosingAssetTable = {
    id: input.id, name: input.name, acquired: input.acquired, cost: input.cost, life_years: input.lifeYears, method: input.method, asset_account: input.assetAccount,
    accumulated_account: input.accumulatedAccount ?? null, depreciation_account: input.depreciationAccount ?? null, added_at: ctx.clock.now(), added_by: ctx.user,
  };
  insertAsset(db, row);
  return done(assetDto(row));
});
