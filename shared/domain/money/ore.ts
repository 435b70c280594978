/**
 * Money is integer öre everywhere (database, API, domain). An `Ore` is a safe integer with a brand
 * so that a krona float can never be passed where öre are expected.
 */
export type Ore = number & { readonly __brand: 'Ore' };

export const ZERO = 0 as Ore;

/** Brands a safe integer as öre; throws on anything else (a programming error, not user input). */
export function ore(n: number): Ore {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an öre amount: ${n}`);
  return (n === 0 ? 0 : n) as Ore; // never -0
}

export function addOre(...xs: Ore[]): Ore {
  let s = 0;
  for (const x of xs) s += x;
  return ore(s);
}

export function sumOre(xs: Iterable<Ore>): Ore {
  let s = 0;
  for (const x of xs) s += x;
  return ore(s);
}

export function negOre(x: Ore): Ore {
  return ore(-x);
}

/** Splits a signed amount into the non-negative debit and credit columns of a report. */
export function debitCredit(x: Ore): { debit: Ore; credit: Ore } {
  return x >= 0 ? { debit: x, credit: ZERO } : { debit: ZERO, credit: ore(-x) };
}
