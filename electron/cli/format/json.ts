import { toJsonAmount } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';

export const AMOUNT_KEYS = ['amount', 'opening', 'debit', 'credit', 'closing', 'total', 'balance', 'result'] as const;

/**
 * Copies a value turning integer öre under the named keys into CLI.md's amount strings
 * ("-1234.50"); everything else is unchanged.
 */
export function amountsToJson(v: unknown, keys: readonly string[] = AMOUNT_KEYS): unknown {
  if (Array.isArray(v)) return v.map((x) => amountsToJson(x, keys));
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k,
      typeof x === 'number' && keys.includes(k) ? toJsonAmount(ore(x)) : amountsToJson(x, keys)]));
  }
  return v;
}
