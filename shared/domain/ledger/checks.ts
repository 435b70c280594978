import { type Result, type Problem, ok, failAll } from '../result.js';
import { formatSv } from '../money/format.js';
import { sumOre } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';
import { isIsoDate, monthOf } from '../dates/isoDate.js';
import type { DraftVoucher, CheckedVoucher } from './voucher.js';
import type { PeriodState } from '../periods/periodState.js';

export type VoucherCheckCode =
  | 'invalid-date' | 'missing-text' | 'too-few-lines' | 'zero-line' | 'unbalanced' | 'unknown-account'
  | 'inactive-account' | 'no-fiscal-year' | 'fiscal-year-closed' | 'period-closed' | 'period-vat-reported'
  | 'invalid-series';

export interface PostingFacts {
  /** Accounts by number; only the ones on the voucher are needed. */
  accounts: ReadonlyMap<string, { active: boolean; vatCode: string | null }>;
  /** The fiscal year that contains the date, if any. */
  fiscalYear: { id: number; start: IsoDate; end: IsoDate; state: 'open' | 'closed' } | null;
  /** State of the month the voucher falls in. */
  periodState: PeriodState;
}

type Check = (v: DraftVoucher, f: PostingFacts) => Problem<VoucherCheckCode>[];

const p = (code: VoucherCheckCode, message: string, path?: string): Problem<VoucherCheckCode> => ({ code, message, ...(path ? { path } : {}) });

/** The named checks of a posting, in the order a user should read their messages. */
export const CHECKS: Readonly<Record<string, Check>> = {
  date: (v) => (isIsoDate(v.date) ? [] : [p('invalid-date', `"${v.date}" är inget datum. Skriv ÅÅÅÅ-MM-DD.`, 'date')]),
  text: (v) => (v.text.trim() ? [] : [p('missing-text', 'Skriv vad verifikationen gäller (BFL 5 kap. 7 §).', 'text')]),
  series: (v) => (/^[A-Za-zÅÄÖåäö0-9]{1,20}$/.test(v.series) ? [] : [p('invalid-series', `Serien "${v.series}" är ogiltig. Använd bokstäver och siffror, t.ex. A.`, 'series')]),
  twoLines: (v) => (v.lines.length >= 2 ? [] : [p('too-few-lines', 'En verifikation måste ha minst två rader (debet och kredit).', 'lines')]),
  noZero: (v) => v.lines.flatMap((l, i) => (l.amount === 0 ? [p('zero-line', `Rad ${i + 1} har beloppet 0. Ta bort raden eller ange ett belopp.`, `lines.${i}.amount`)] : [])),
  balanced: (v) => {
    const diff = sumOre(v.lines.map((l) => l.amount));
    return diff === 0 || v.lines.length < 2 ? [] : [p('unbalanced', `Verifikationen balanserar inte: skillnaden är ${formatSv(diff)} kr. Debet och kredit måste vara lika.`, 'lines')];
  },
  accounts: (v, f) => v.lines.flatMap((l, i) => {
    const a = f.accounts.get(l.account);
    if (!a) return [p('unknown-account', `Konto ${l.account} finns inte i kontoplanen. Lägg till det eller välj ett annat.`, `lines.${i}.account`)];
    if (!a.active) return [p('inactive-account', `Konto ${l.account} är inaktiverat. Välj ett aktivt konto.`, `lines.${i}.account`)];
    return [];
  }),
  fiscalYear: (v, f) => {
    if (!isIsoDate(v.date)) return [];
    if (!f.fiscalYear) return [p('no-fiscal-year', `Det finns inget räkenskapsår som omfattar ${v.date}. Skapa året först.`, 'date')];
    if (f.fiscalYear.state === 'closed') return [p('fiscal-year-closed', `Räkenskapsåret ${f.fiscalYear.start}–${f.fiscalYear.end} är avslutat. Bokför i ett öppet år.`, 'date')];
    return [];
  },
  period: (v, f) => {
    if (!isIsoDate(v.date)) return [];
    if (f.periodState === 'closed') return [p('period-closed', `Månaden ${monthOf(v.date)} är stängd. Bokför i en öppen period, eller öppna månaden igen med en motivering.`, 'date')];
    if (f.periodState === 'vat-reported' && v.lines.some((l) => f.accounts.get(l.account)?.vatCode)) {
      return [p('period-vat-reported', `Momsen för ${monthOf(v.date)} är redan redovisad. Rader på konton som påverkar momsdeklarationen kan inte bokföras där; bokför i en öppen period.`, 'date')];
    }
    return [];
  },
};

/**
 * Runs every named check and returns all problems at once, or the checked voucher.
 * @example checkVoucher(draft, facts) // { ok: false, problems: [{ code: 'unbalanced', … }] }
 */
export function checkVoucher(v: DraftVoucher, f: PostingFacts): Result<CheckedVoucher, VoucherCheckCode> {
  const problems = Object.values(CHECKS).flatMap((c) => c(v, f));
  if (problems.length > 0 || !f.fiscalYear) return failAll(problems);
  const { kind: _kind, ...rest } = v;
  return ok({ ...rest, kind: 'checked', fiscalYearId: f.fiscalYear.id });
}
