import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseAmount } from '../../shared/domain/money/parse.js';
import { parseVoucherRef, type VoucherRef } from '../../shared/domain/ledger/voucherRef.js';
import { UsageError } from './usage.js';
import { daysInMonth, isIsoDate } from '../../shared/domain/dates/isoDate.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export const COMMON: Options = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

/** What a command takes besides its options. Every command declares it, so no argument is ever ignored. */
export interface Takes {
  /** The command as typed, e.g. `post` or `bank match`: named in the pointer to its help. */
  command: string;
  /**
   * How many positional arguments at most (Infinity for a list of files). A function when the
   * number depends on the subcommand (the first positional) or on an option.
   */
  positionals: number | ((positionals: readonly string[], values: Readonly<Record<string, unknown>>) => number);
}

/** Levenshtein distance (small strings: option names). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] as number;
}

/** The known name nearest to `typed` (edit distance ≤ 2, or one is a prefix of the other), or null. */
export function nearest(typed: string, known: readonly string[]): string | null {
  let best: { name: string; score: number } | null = null;
  for (const name of known) {
    const d = editDistance(typed, name);
    const prefix = typed.length >= 2 && (name.startsWith(typed) || typed.startsWith(name));
    if (d > 2 && !prefix) continue;
    const score = prefix ? Math.min(d, 1) : d;
    if (!best || score < best.score) best = { name, score };
  }
  return best?.name ?? null;
}

/** ` Menade du --series?` for an unknown option close to a known one, else ''. */
function suggestion(opt: string, options: Options): string {
  const long = /^--([^=]+)/.exec(opt)?.[1];
  if (long === undefined) {
    const short = opt.replace(/^-/, '');
    const hit = Object.entries(options).find(([, o]) => o.short !== undefined && o.short.toLowerCase() === short.toLowerCase());
    return hit ? ` Menade du -${hit[1].short}?` : '';
  }
  const name = nearest(long, Object.keys(options));
  return name ? ` Menade du --${name}?` : '';
}

/**
 * Parses a command's arguments. Unknown options are usage errors with a Swedish message (and the
 * nearest known option when one is close); so are positional arguments beyond what the command takes.
 */
export function parse(argv: string[], options: Options, takes: Takes) {
  const all = { ...COMMON, ...options };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message;
    const opt = /'(-{1,2}[^']+)'/.exec(msg)?.[1];
    const unknown = (e as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && opt ? suggestion(opt, all) : '';
    throw new UsageError(opt ? `Okänd eller ofullständig flagga ${opt}.${unknown} Se --help.` : `Felaktiga argument: ${msg}`);
  }
  const max = typeof takes.positionals === 'function' ? takes.positionals(parsed.positionals, parsed.values) : takes.positionals;
  const extra = parsed.positionals.slice(max);
  if (extra.length > 0) {
    const names = extra.map((p) => `"${p}"`).join(', ');
    throw new UsageError(`${extra.length === 1 ? 'Oväntat argument' : 'Oväntade argument'} ${names}: kontera ${takes.command} tar inte fler argument. Se kontera ${takes.command} --help.`);
  }
  return parsed;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function required(v: unknown, name: string): string {
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${name} saknas. Se --help.`);
  return v;
}

export function positional(ps: string[], i: number, what: string): string {
  const v = ps[i];
  if (v === undefined || v === '') throw new UsageError(`${what} saknas. Se --help.`);
  return v;
}

/** `--line 6110=800,00` → { account, amount in öre }. A bad amount is a refusal (exit 1) with its own code. */
export function parseLine(spec: string): { account: string; amount: number } | { error: { code: string; message: string } } {
  const m = /^(\d{1,10})=(.+)$/.exec(spec.trim());
  if (!m) throw new UsageError(`Raden "${spec}" ska skrivas KONTO=BELOPP, t.ex. 1930=-1250,00.`);
  const a = parseAmount(m[2] as string);
  if (!a.ok) return { error: { code: a.problems[0]?.code ?? 'invalid-amount', message: a.problems[0]?.message ?? '' } };
  return { account: m[1] as string, amount: a.value };
}

export function parseRef(s: string): VoucherRef {
  const r = parseVoucherRef(s);
  if (!r) throw new UsageError(`"${s}" är inget verifikations-id. Skriv t.ex. A12 eller A12@2025-01-01.`);
  return r;
}

export function lines(v: unknown): string[] {
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/**
 * Why a string of the form ÅÅÅÅ-MM-DD is still no date, in Swedish, or null when it is a date or
 * not of that form at all.
 * @example dateProblem('2026-02-30') // '2026-02-30 finns inte (februari 2026 har 28 dagar).'
 */
export function dateProblem(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || isIsoDate(s)) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (y < 1900 || y > 2199) return `${s} ligger utanför åren 1900–2199.`;
  if (mo < 1 || mo > 12) return `${s} finns inte (månaden ska vara 01–12).`;
  return `${s} finns inte (${MONTHS[mo - 1]} ${y} har ${daysInMonth(y, mo)} dagar).`;
}

/** A date option: absent, or a real YYYY-MM-DD date (anything else is wrong usage, exit 2). */
export function dateOpt(v: unknown, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string' && isIsoDate(v)) return v;
  const problem = typeof v === 'string' ? dateProblem(v) : null;
  if (problem) throw new UsageError(`--${name}: ${problem}`);
  throw new UsageError(`--${name} ska vara ett datum ÅÅÅÅ-MM-DD, t.ex. 2026-03-05 (fick "${String(v)}").`);
}

/** A required date option. */
export function dateReq(v: unknown, name: string): string {
  return dateOpt(required(v, name), name) as string;
}
