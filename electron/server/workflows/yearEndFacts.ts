/** Reads what the year-end needs from the books: balances, opening balances, movements, neighbouring years. */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { CompanyTable, FiscalYearTable } from '../../db/tables/core.table.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { listFiscalYears } from '../../db/repos/fiscalYears.repo.js';
import { balancesInYear, openingRows } from '../../db/repos/balances.repo.js';
import { listAccounts } from '../../db/repos/accounts.repo.js';
import { listAssets } from '../../db/repos/closing.repo.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { nextFiscalYear } from '../../../shared/domain/periods/fiscalYear.js';
import { type Ore, ore } from '../../../shared/domain/money/ore.js';
import type { AccountBalance } from '../../../shared/domain/sru/mapping.js';
import type { Movement } from '../../../shared/domain/annualReport/notes.js';
import type { AssetAnswer } from '../../../shared/domain/closing/answers.js';

export type Year = Selectable<FiscalYearTable>;

export interface YearEndContext {
  company: CompanyTable;
  fy: Year;
  previous: Year | null;
  next: Year | null;
  nextStart: IsoDate;
  accounts: { number: string; name: string }[];
  balances: AccountBalance[];
  opening: AccountBalance[];
  movements: Movement[];
  registeredAssets: AssetAnswer[];
  /** The previous year's balances at its end (comparatives), and up to two years before it. */
  previousBalances: AccountBalance[] | null;
  earlierBalances: { fy: Year; balances: AccountBalance[] }[];
}

/** Balances at a year's end: balance accounts with their opening balance, result accounts the year's movement. */
export function yearBalances(db: Db, fy: Year): AccountBalance[] {
  return balancesInYear(db, fy.id, fy.start_date, fy.end_date).map((b) => ({ account: b.account, name: b.name, balance: ore(b.opening + b.debit - b.credit) }));
}

/** The context of a year-end for the fiscal year starting `start`, or null when there is no such year. */
export function yearEndContext(db: Db, start: string): YearEndContext | null {
  const company = getCompany(db);
  const years = listFiscalYears(db);
  const i = years.findIndex((y) => y.start_date === start);
  const fy = years[i];
  if (!company || !fy) return null;
  const accounts = listAccounts(db).map((a) => ({ number: a.number, name: a.name }));
  const names = new Map(accounts.map((a) => [a.number, a.name]));
  const movements = balancesInYear(db, fy.id, fy.start_date, fy.end_date).map((b) => ({ account: b.account, opening: b.opening, debit: b.debit, credit: b.credit }));
  return {
    company, fy, previous: years[i - 1] ?? null, next: years[i + 1] ?? null,
    nextStart: (years[i + 1]?.start_date ?? nextFiscalYear({ start: fy.start_date as IsoDate, end: fy.end_date as IsoDate }).start) as IsoDate,
    accounts,
    balances: yearBalances(db, fy),
    opening: openingRows(db, fy.id).map((o) => ({ account: o.account, name: names.get(o.account) ?? o.account, balance: ore(o.amount) as Ore })),
    movements,
    previousBalances: years[i - 1] ? yearBalances(db, years[i - 1]!) : null,
    earlierBalances: years.slice(Math.max(0, i - 3), Math.max(0, i - 1)).reverse().map((y) => ({ fy: y, balances: yearBalances(db, y) })),
    registeredAssets: listAssets(db).map((a) => ({
      id: a.id, name: a.name, acquired: a.acquired as IsoDate, cost: ore(a.cost), lifeYears: a.life_years, method: a.method, assetAccount: a.asset_account,
      ...(a.accumulated_account ? { accumulatedAccount: a.accumulated_account } : {}), ...(a.depreciation_account ? { depreciationAccount: a.depreciation_account } : {}),
    })),
  };
}
