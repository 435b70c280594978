import { type Db, all, first, exec } from '../connection.js';
import type { Selectable } from 'kysely';
import type { FiscalYearTable as T } from '../tables/core.table.js';

type FiscalYearTable = Selectable<T>;

export function listFiscalYears(db: Db): FiscalYearTable[] {
  return all(db, db.q.selectFrom('fiscal_years').selectAll().orderBy('start_date'));
}

export function fiscalYearContaining(db: Db, date: string): FiscalYearTable | undefined {
  return first(db, db.q.selectFrom('fiscal_years').selectAll().where('start_date', '<=', date).where('end_date', '>=', date));
}

export function fiscalYearByStart(db: Db, start: string): FiscalYearTable | undefined {
  return first(db, db.q.selectFrom('fiscal_years').selectAll().where('start_date', '=', start));
}

export function fiscalYearById(db: Db, id: number): FiscalYearTable | undefined {
  return first(db, db.q.selectFrom('fiscal_years').selectAll().where('id', '=', id));
}

export function latestFiscalYear(db: Db): FiscalYearTable | undefined {
  return first(db, db.q.selectFrom('fiscal_years').selectAll().orderBy('start_date', 'desc').limit(1));
}

export function insertFiscalYear(db: Db, start: string, end: string): number {
  return Number(exec(db, db.q.insertInto('fiscal_years').values({ start_date: start, end_date: end, state: 'open' })).lastInsertRowid);
}
