import type { Db } from '../../db/connection.js';
import { balancesInYear, openingRows } from '../../db/repos/balances.repo.js';
import type { FiscalYearTable } from '../../db/tables/core.table.js';
import type { Selectable } from 'kysely';
import { carryForward } from '../../../shared/domain/closing/carryForward.js';
import { ore, type Ore } from '../../../shared/domain/money/ore.js';

type Year = Selectable<FiscalYearTable>;

/** Closing balance of every account at the end of a fiscal year. */
export function closingOfYear(db: Db, fy: Year) {
  return balancesInYear(db, fy.id, fy.start_date, fy.end_date).map((b) => ({
    account: b.account, statement: b.statement, closing: ore(b.opening + b.debit - b.credit),
  }));
}

/** The opening balances `next` should have, carried from `prev`'s closing balances. */
export function carriedOpening(db: Db, prev: Year, form: 'EF' | 'AB'): Map<string, Ore> {
  return carryForward(closingOfYear(db, prev), form);
}

/** Whether stored opening balances differ from what carrying forward gives now. */
export function openingDiffers(db: Db, year: Year, expected: Map<string, Ore>): boolean {
  const stored = openingRows(db, year.id);
  if (stored.length !== expected.size) return true;
  return stored.some((r) => expected.get(r.account) !== r.amount);
}
