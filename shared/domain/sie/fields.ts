/**
 * Field readers shared by the record handlers. Each one reports its own line-numbered problem
 * and returns null on failure, so a handler reads as a list of fields.
 */
import type { Ore } from '../money/ore.js';
import { type IsoDate, fromCompact, isIsoDate } from '../dates/isoDate.js';
import { type SieToken, fieldText } from './lexer.js';
import { parseSieAmount, amountProblemText, parseQuantity } from './amount.js';
import type { SieDocument, SieObjectRef, SieProblem, SieProblemCode } from './types.js';

export interface ParseCtx {
  doc: SieDocument;
  errors: SieProblem[];
  warnings: SieProblem[];
  /** 1-based line being read. */
  line: number;
  label: string;
  /** Accounts and kinds already warned about (one warning per account or per kind, not per row). */
  warnedOnce: Set<string>;
  /** Valid `YYYYMMDD` strings already converted; a book has few distinct dates and many rows. */
  dates: Map<string, IsoDate>;
}

export function error(ctx: ParseCtx, code: SieProblemCode, what: string): null {
  ctx.errors.push({ code, message: `Rad ${ctx.line} (${ctx.label}): ${what}.`, line: ctx.line });
  return null;
}

export function warn(ctx: ParseCtx, code: SieProblemCode, what: string): void {
  ctx.warnings.push({ code, message: `Rad ${ctx.line} (${ctx.label}): ${what}.`, line: ctx.line });
}

/** Like {@link warn}, but only the first time `key` is seen in the file. */
export function warnOnce(ctx: ParseCtx, key: string, code: SieProblemCode, what: string): void {
  if (ctx.warnedOnce.has(key)) return;
  ctx.warnedOnce.add(key);
  warn(ctx, code, what);
}

/** Text of field i, or `''` when absent. */
export function str(fields: SieToken[], i: number): string {
  return fieldText(fields[i]) ?? '';
}

/** Fields from i on joined by one space: free texts that a writer forgot to quote (`#FNAMN Övningsbolaget AB`). */
export function rest(fields: SieToken[], i: number): string {
  return fields.slice(i).map((f) => fieldText(f) ?? '').join(' ');
}

/** An account number: digits only; other lengths than four are accepted with one warning. */
export function account(ctx: ParseCtx, tok: SieToken | undefined): string | null {
  const a = fieldText(tok) ?? '';
  if (a === '') return error(ctx, 'sie-bad-account', 'kontonummer saknas. Rätta filen i källprogrammet och exportera igen');
  if (!/^\d+$/.test(a)) {
    return error(ctx, 'sie-bad-account', `kontonumret "${a}" är inte ett tal. Byt till ett riktigt konto i källprogrammet och exportera igen`);
  }
  if (a.length !== 4) {
    warnOnce(ctx, `account:${a}`, 'sie-account-length', `kontot ${a} har ${a.length} siffror i stället för fyra; det läses som det står`);
  }
  return a;
}

export function amount(ctx: ParseCtx, tok: SieToken | undefined): Ore | null {
  const t = fieldText(tok) ?? '';
  const v = parseSieAmount(t);
  return v === null ? error(ctx, 'sie-bad-amount', `${amountProblemText(t)}. Belopp skrivs som 1234.50 (punkt, högst två decimaler)`) : v;
}

/** An optional quantity; a malformed one is dropped with a warning. */
export function quantity(ctx: ParseCtx, tok: SieToken | undefined): string | null {
  const q = parseQuantity(fieldText(tok));
  if (q === undefined) {
    warn(ctx, 'sie-bad-number', `kvantiteten "${fieldText(tok)}" är inget tal och hoppas över`);
    return null;
  }
  return q;
}

/**
 * A `YYYYMMDD` date. `YYYY-MM-DD` is read too, with a warning. An empty or missing field gives
 * null; `required` turns that into an error.
 */
export function date(ctx: ParseCtx, tok: SieToken | undefined, what: string, required: boolean): IsoDate | null {
  const t = fieldText(tok) ?? '';
  if (t === '') return required ? error(ctx, 'sie-bad-date', `${what} saknas`) : null;
  const cached = ctx.dates.get(t);
  if (cached) return cached;
  const d = fromCompact(t);
  if (d) {
    ctx.dates.set(t, d);
    return d;
  }
  if (isIsoDate(t)) {
    warn(ctx, 'sie-date-format', `${what} "${t}" är skrivet som ÅÅÅÅ-MM-DD; SIE använder ÅÅÅÅMMDD. Datumet läses ändå`);
    return t;
  }
  const msg = `${what} "${t}" är inget giltigt datum (ÅÅÅÅMMDD)`;
  if (required) return error(ctx, 'sie-bad-date', msg);
  warn(ctx, 'sie-bad-date', `${msg} och hoppas över`);
  return null;
}

/** A whole number such as a year index (`0`, `-1`) or a dimension number. */
export function int(ctx: ParseCtx, tok: SieToken | undefined, what: string): number | null {
  const t = fieldText(tok) ?? '';
  if (!/^-?\d{1,9}$/.test(t)) return error(ctx, 'sie-bad-number', `${what} "${t}" är inget heltal`);
  return Number(t) === 0 ? 0 : Number(t);
}

/** An object list `{dim "id" …}`; ids stay strings. */
export function objects(ctx: ParseCtx, tok: SieToken | undefined): SieObjectRef[] {
  if (tok === undefined || tok.t !== 'list') return [];
  const out: SieObjectRef[] = [];
  const items = tok.items;
  if (items.length % 2 === 1) warn(ctx, 'sie-missing-field', `objektlistan {${items.join(' ')}} har ett udda antal fält; det sista hoppas över`);
  for (let i = 0; i + 1 < items.length; i += 2) {
    const dim = items[i]!;
    if (!/^\d{1,9}$/.test(dim)) {
      warn(ctx, 'sie-bad-number', `dimensionen "${dim}" i objektlistan är inget heltal och hoppas över`);
      continue;
    }
    out.push({ dim: Number(dim), id: items[i + 1]! });
  }
  return out;
}
