/**
 * Yearly figures the year-end needs, as data. Each is also an answer in the wizard, so a user can
 * set a year Kontera does not know yet. Values are the published ones as best known when written;
 * they are not in the reference kit and must be checked against Skatteverket before a release
 * (README: "Data to verify").
 */
import type { Percent } from '../money/decimal.js';

/** Prisbasbelopp per calendar year, kronor (direct write-off limit = half of it, IL 18 kap. 4 §). */
export const PRISBASBELOPP: Readonly<Record<number, number>> = {
  2020: 47_300, 2021: 47_600, 2022: 48_300, 2023: 52_500, 2024: 57_300, 2025: 58_800, 2026: 59_200,
};

/** Statslåneräntan at 30 November of the given year, percent (used for the following tax year). */
export const STATSLANERANTA_NOV30: Readonly<Record<number, Percent>> = {
  2022: '1.94', 2023: '2.62', 2024: '1.96',
};

/** Bolagsskatt (IL 65 kap. 14 §) from 2021. */
export const CORPORATE_TAX_RATE: Percent = '20.6';

/** Schablonintäkt on periodiseringsfonder: 72 % of statslåneräntan (IL 30 kap. 6 a §). */
export const SCHABLON_FACTOR = '0.72';

/** Maximum avsättning till periodiseringsfond: AB 25 %, EF 30 % (IL 30 kap. 5 §). */
export const PERIODISERINGSFOND_MAX: Readonly<Record<'AB' | 'EF', Percent>> = { AB: '25', EF: '30' };

/** A periodiseringsfond must be reversed no later than the sixth year after it was set aside. */
export const PERIODISERINGSFOND_YEARS = 6;

/**
 * Half a prisbasbelopp in öre for the year, or null when Kontera has no figure.
 * @example halfPrisbasbelopp(2025) // 2940000
 */
export function halfPrisbasbelopp(year: number): number | null {
  const p = PRISBASBELOPP[year];
  return p === undefined ? null : (p * 100) / 2;
}

/**
 * Statslåneräntan that applies to a tax year ending in `year` (30 November the year before).
 * @example statslanerantaFor(2025) // '1.96'
 */
export function statslanerantaFor(year: number): Percent | null {
  return STATSLANERANTA_NOV30[year - 1] ?? null;
}
