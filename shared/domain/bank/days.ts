import type { IsoDate } from '../dates/isoDate.js';

const DAY = 86_400_000;

/**
 * Whole days from `b` to `a` (positive when `a` is later). UTC arithmetic, so no time zone moves it.
 * @example daysBetween('2026-03-05', '2026-03-01') // 4
 */
export function daysBetween(a: IsoDate | string, b: IsoDate | string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY);
}
