import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseAmount } from '../../shared/domain/money/parse.js';
import { parseVoucherRef, type VoucherRef } from '../../shared/domain/ledger/voucherRef.js';
import { UsageError } from './usage.js';
import { isIsoDate } from '../../shared/domain/dates/isoDate.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export const COMMON: Options = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

/** Parses a command's arguments; unknown options are usage errors with a Swedish message. */
export function parse(argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message;
    const opt = /'(-{1,2}[^']+)'/.exec(msg)?.[1];
    throw new UsageError(opt ? `Okänd eller ofullständig flagga ${opt}. Se --help.` : `Felaktiga argument: ${msg}`);
  }
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

/** A date option: absent, or a real YYYY-MM-DD date (anything else is wrong usage, exit 2). */
export function dateOpt(v: unknown, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !isIsoDate(v)) throw new UsageError(`--${name} ska vara ett datum ÅÅÅÅ-MM-DD, t.ex. 2026-03-05 (fick "${String(v)}").`);
  return v;
}

/** A required date option. */
export function dateReq(v: unknown, name: string): string {
  return dateOpt(required(v, name), name) as string;
}
