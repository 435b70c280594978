/**
 * The K2 årsredovisning of an AB as data: förvaltningsberättelse (verksamheten, väsentliga
 * händelser, flerårsöversikt, förändringar i eget kapital, resultatdisposition), resultaträkning,
 * balansräkning, noter and underskrifter. Rendered to HTML by html.ts and printed to PDF.
 */
import type { AccountBalance } from '../sru/mapping.js';
import type { AssetYear } from '../closing/assets.js';
import type { AnnualReportAnswers, Signature } from '../closing/answers.js';
import { type K2Block, type K2Balance, type Pair, k2Income, k2Balance } from './statements.js';
import { type EquityRow, type Disposition, equityChanges, disposition } from './equity.js';
import { type YearFigures, multiYear, solidity } from './multiYear.js';
import { type Note, type Movement, k2Notes } from './notes.js';
import { truncKronor } from '../money/format.js';

export interface AnnualReportInput {
  company: { name: string; orgnr: string };
  fiscalYear: { start: string; end: string };
  previousYear: { start: string; end: string } | null;
  ink2r: Record<string, number>;
  ink2rPrevious: Record<string, number> | null;
  balances: readonly AccountBalance[];
  balancesPrevious: readonly AccountBalance[] | null;
  opening: readonly AccountBalance[];
  movements: readonly Movement[];
  assets: readonly AssetYear[];
  answers: AnnualReportAnswers;
  signatures: readonly Signature[];
  signPlace: string;
  signDate: string;
  taxRate: string;
  /** Key figures of earlier years the file holds (newest first). */
  earlierYears: readonly YearFigures[];
}

export interface AnnualReport {
  company: { name: string; orgnr: string; seat: string };
  fiscalYear: { start: string; end: string };
  previousYear: { start: string; end: string } | null;
  activity: string;
  significantEvents: string;
  multiYear: YearFigures[];
  equity: EquityRow[];
  disposition: Disposition;
  income: { blocks: K2Block[]; result: Pair };
  balance: K2Balance;
  notes: Note[];
  signatures: readonly Signature[];
  signPlace: string;
  signDate: string;
  unmapped: AccountBalance[];
}

/** Key figures of one year from its K2 statements. */
export function figuresOf(year: string, income: { blocks: K2Block[] }, balance: K2Balance, which: 'current' | 'previous', taxRate: string): YearFigures | null {
  const v = (p: Pair) => (which === 'current' ? p.current : p.previous);
  const turnover = income.blocks[0]?.lines.find((l) => l.label === 'Nettoomsättning');
  const afterFin = income.blocks[1]?.subtotal;
  const equity = balance.equityLiabilities.find((s) => s.title === 'Eget kapital');
  const untaxed = balance.equityLiabilities.find((s) => s.title === 'Obeskattade reserver');
  const total = v(balance.totalAssets);
  if (total === null || !afterFin || v(afterFin) === null) return null;
  return {
    year, netTurnover: turnover ? v(turnover) ?? 0 : 0, resultAfterFinancial: v(afterFin) ?? 0,
    solidity: solidity(equity ? v(equity.total) ?? 0 : 0, untaxed ? v(untaxed.total) ?? 0 : 0, total, taxRate),
  };
}

/**
 * @example annualReport(input).balance.totalAssets.current === annualReport(input).balance.totalEquityLiabilities.current // true
 */
export function annualReport(i: AnnualReportInput): AnnualReport {
  const income = k2Income(i.ink2r, i.ink2rPrevious);
  const { balance, unmapped } = k2Balance(i.balances, i.balancesPrevious, income.result);
  const free = balance.equityLiabilities.find((s) => s.title === 'Eget kapital')?.groups.find((g) => g.title === 'Fritt eget kapital')?.total.current ?? 0;
  const restricted = balance.equityLiabilities.find((s) => s.title === 'Eget kapital')?.groups.find((g) => g.title === 'Bundet eget kapital')?.total.current ?? 0;
  const result = income.result.current;
  const label = (fy: { start: string; end: string }) => (fy.start.slice(0, 4) === fy.end.slice(0, 4) ? fy.end.slice(0, 4) : `${fy.start.slice(0, 4)}/${fy.end.slice(2, 4)}`);
  const books = [figuresOf(label(i.fiscalYear), income, balance, 'current', i.taxRate),
    i.previousYear ? figuresOf(label(i.previousYear), income, balance, 'previous', i.taxRate) : null, ...i.earlierYears].filter((x): x is YearFigures => x !== null);
  const entered = i.answers.multiYear.map((m) => ({ year: m.year, netTurnover: truncKronor(m.netTurnover), resultAfterFinancial: truncKronor(m.resultAfterFinancial), solidity: m.solidity }));
  return {
    company: { ...i.company, seat: i.answers.seat }, fiscalYear: i.fiscalYear, previousYear: i.previousYear,
    activity: i.answers.activity, significantEvents: i.answers.significantEvents,
    multiYear: multiYear(books, entered),
    equity: equityChanges(i.opening, i.balances, result, { restricted, free }),
    disposition: disposition(free - result, result, truncKronor(i.answers.dividend)),
    income, balance,
    notes: k2Notes({ assets: i.assets, employees: i.answers.employees, movements: i.movements, pledgedAssets: i.answers.pledgedAssets, contingentLiabilities: i.answers.contingentLiabilities }),
    signatures: i.signatures, signPlace: i.signPlace, signDate: i.signDate, unmapped,
  };
}
