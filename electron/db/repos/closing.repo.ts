/** SQL for the closing tables: settings, the asset register and year-end runs. No rules here. */
import { type Db, all, first, exec } from '../connection.js';
import type { ClosingAssetTable, SizeClass, YearEndRunTable } from '../tables/closing.table.js';
import type { Selectable } from 'kysely';

export type YearEndRunRow = Selectable<YearEndRunTable>;

export function sizeClass(db: Db): SizeClass {
  return first(db, db.q.selectFrom('closing_settings').select('size_class').where('id', '=', 1))?.size_class ?? 'standard';
}

export function saveSizeClass(db: Db, size: SizeClass, at: string, by: string): void {
  exec(db, db.q.insertInto('closing_settings').values({ id: 1, size_class: size, changed_at: at, changed_by: by })
    .onConflict((oc) => oc.column('id').doUpdateSet({ size_class: size, changed_at: at, changed_by: by })));
}

export function listAssets(db: Db): ClosingAssetTable[] {
  return all(db, db.q.selectFrom('closing_assets').selectAll().orderBy('acquired').orderBy('id'));
}

export function assetById(db: Db, id: string): ClosingAssetTable | undefined {
  return first(db, db.q.selectFrom('closing_assets').selectAll().where('id', '=', id));
}

export function insertAsset(db: Db, a: ClosingAssetTable): void {
  exec(db, db.q.insertInto('closing_assets').values(a));
}

export function yearEndRun(db: Db, fiscalYearId: number): YearEndRunRow | undefined {
  return first(db, db.q.selectFrom('year_end_runs').selectAll().where('fiscal_year_id', '=', fiscalYearId));
}

export function insertYearEndRun(db: Db, r: Omit<YearEndRunRow, 'id'>): void {
  exec(db, db.q.insertInto('year_end_runs').values(r));
}

/** Marks a fiscal year closed (the triggers demand a year-end run and log it). */
export function closeFiscalYear(db: Db, fiscalYearId: number): void {
  exec(db, db.q.updateTable('fiscal_years').set({ state: 'closed' }).where('id', '=', fiscalYearId));
}
