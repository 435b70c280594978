import type { Handler } from './types.js';
import type { Db } from '../../db/connection.js';
import { done, refuse } from '../result.js';
import { listFiscalYears, latestFiscalYear, insertFiscalYear, fiscalYearByStart } from '../../db/repos/fiscalYears.repo.js';
import { replaceOpening, openingSource } from '../../db/repos/balances.repo.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { getAccount, insertAccounts } from '../../db/repos/accounts.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { yearEndRun } from '../../db/repos/closing.repo.js';
import { carriedOpening, openingDiffers } from '../workflows/closingBalances.js';
import { nextFiscalYear } from '../../../shared/domain/periods/fiscalYear.js';
import { userAccount } from '../../../shared/domain/accounts/chart.js';
import type { FiscalYearDto } from '../../../shared/api/dto.js';
import { toJsonAmount } from '../../../shared/domain/money/format.js';
import { ore, sumOre } from '../../../shared/domain/money/ore.js';

function form(db: Db): 'EF' | 'AB' {
  return getCompany(db)?.form ?? 'AB';
}

/**
 * Whether a year's carried opening balances differ from the previous year's closing now. A
 * previous year closed by a year-end run can never change again (no voucher, no opening change)
 * and the run carried its closing into this year in the same transaction, so that answer is
 * known without reading a line; otherwise it costs one pass over the previous year's lines, so
 * opening a file with ten closed years reads only the open ones. Cached per data version below.
 */
function staleOf(db: Db, years: readonly FiscalYearRow[], i: number): boolean {
  const y = years[i];
  const prev = years[i - 1];
  if (y === undefined || prev === undefined || openingSource(db, y.id) !== 'carried') return false;
  if (prev.state === 'closed' && yearEndRun(db, prev.id)) return false;
  return openingDiffers(db, y, carriedOpening(db, prev, form(db)));
}

type FiscalYearRow = ReturnType<typeof listFiscalYears>[number];

/**
 * A token that changes whenever the file's data may have changed: data_version moves when another
 * connection commits, total_changes() when this one writes (even if later rolled back).
 */
function dataVersion(db: Db): string {
  const other = db.raw.pragma('data_version', { simple: true }) as number;
  const own = (db.raw.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${other}:${own}`;
}

const cache = new WeakMap<Db['raw'], { version: string; dtos: FiscalYearDto[] }>();

/** Fiscal years with where their opening balances came from and whether they are stale. */
export function fiscalYearDtos(db: Db): FiscalYearDto[] {
  const version = dataVersion(db);
  const hit = cache.get(db.raw);
  if (hit && hit.version === version) return hit.dtos.map((d) => ({ ...d }));
  const years = listFiscalYears(db);
  const dtos = years.map((y, i) => ({ id: y.id, start: y.start_date, end: y.end_date, state: y.state, openingSource: openingSource(db, y.id), openingStale: staleOf(db, years, i) }));
  cache.set(db.raw, { version, dtos });
  return dtos.map((d) => ({ ...d }));
}

/** The staleness of one year's opening balances, without computing every other year's. */
export function openingStale(db: Db, fiscalYearId: number): boolean {
  const hit = cache.get(db.raw);
  if (hit && hit.version === dataVersion(db)) return hit.dtos.find((d) => d.id === fiscalYearId)?.openingStale ?? false;
  const years = listFiscalYears(db);
  return staleOf(db, years, years.findIndex((y) => y.id === fiscalYearId));
}

function ensureAccounts(db: Db, numbers: Iterable<string>): void {
  for (const n of numbers) {
    if (!getAccount(db, n)) {
      const a = userAccount(n, n === '2098' ? 'Vinst eller förlust från föregående år' : n === '2010' ? 'Eget kapital' : `Konto ${n}`, null);
      insertAccounts(db, [{ number: a.number, name: a.name, type: a.type, normal_balance: a.normalBalance, statement: a.statement, vat_code: null, sru: null, active: 1, source: 'user' }]);
    }
  }
}

function dtoOf(db: Db, id: number): FiscalYearDto {
  const d = fiscalYearDtos(db).find((y) => y.id === id);
  if (!d) throw new Error(`fiscal year ${id} vanished`);
  return d;
}

export const listYears: Handler<'years.list'> = (ctx) => done(fiscalYearDtos(ctx.db()));

export const newYear: Handler<'years.new'> = (ctx) => ctx.write((db) => {
  const last = latestFiscalYear(db);
  if (!last) return refuse('no-fiscal-year', 'Företaget har inget räkenskapsår att fortsätta från.');
  const next = nextFiscalYear({ start: last.start_date as never, end: last.end_date as never });
  const id = insertFiscalYear(db, next.start, next.end);
  const opening = carriedOpening(db, last, form(db));
  ensureAccounts(db, opening.keys());
  replaceOpening(db, id, [...opening].map(([account, amount]) => ({ account, amount })), 'carried', ctx.clock.now(), ctx.user);
  appendAudit(db, ctx.clock.now(), ctx.user, 'year.new', { start: next.start, end: next.end, accounts: opening.size });
  return done({ ...dtoOf(db, id), fiscalYear: next.start });
});

export const refreshOpening: Handler<'years.refreshOpening'> = (ctx, input) => ctx.write((db) => {
  const y = fiscalYearByStart(db, input.fiscalYear);
  if (!y) return refuse('no-fiscal-year', `Det finns inget räkenskapsår som börjar ${input.fiscalYear}.`, { path: 'fiscalYear' });
  if (y.state === 'closed') return refuse('fiscal-year-closed', 'Räkenskapsåret är avslutat; dess ingående balanser kan inte ändras.');
  const prev = listFiscalYears(db).filter((x) => x.end_date < y.start_date).at(-1);
  if (openingSource(db, y.id) !== 'carried' || !prev) return refuse('not-carried', 'Årets ingående balanser är inte överförda från föregående år och uppdateras inte automatiskt.');
  const opening = carriedOpening(db, prev, form(db));
  ensureAccounts(db, opening.keys());
  replaceOpening(db, y.id, [...opening].map(([account, amount]) => ({ account, amount })), 'carried', ctx.clock.now(), ctx.user);
  appendAudit(db, ctx.clock.now(), ctx.user, 'opening.refreshed', { fiscalYear: y.start_date, accounts: opening.size });
  return done(dtoOf(db, y.id));
});

export const setOpening: Handler<'opening.set'> = (ctx, input) => ctx.write((db) => {
  const y = fiscalYearByStart(db, input.fiscalYear);
  if (!y) return refuse('no-fiscal-year', `Det finns inget räkenskapsår som börjar ${input.fiscalYear}.`, { path: 'fiscalYear' });
  if (y.state === 'closed') return refuse('fiscal-year-closed', 'Räkenskapsåret är avslutat; dess ingående balanser kan inte ändras.');
  if (openingSource(db, y.id) === 'carried') return refuse('opening-carried', 'Årets ingående balanser förs över från föregående år. Ändra föregående år i stället.');
  const sum = sumOre(input.lines.map((l) => ore(l.amount)));
  if (sum !== 0) return refuse('opening-unbalanced', `De ingående balanserna summerar till ${toJsonAmount(sum)} kr; tillgångar måste vara lika med eget kapital och skulder (summa 0).`, { path: 'lines' });
  const missing = input.lines.find((l) => !getAccount(db, l.account));
  if (missing) return refuse('unknown-account', `Konto ${missing.account} finns inte i kontoplanen.`, { path: 'lines' });
  const merged = new Map<string, number>();
  for (const l of input.lines) merged.set(l.account, (merged.get(l.account) ?? 0) + l.amount);
  replaceOpening(db, y.id, [...merged].map(([account, amount]) => ({ account, amount })), 'manual', ctx.clock.now(), ctx.user);
  appendAudit(db, ctx.clock.now(), ctx.user, 'opening.set', { fiscalYear: y.start_date, lines: input.lines });
  return done(dtoOf(db, y.id));
});

