import { type Ore, ore, sumOre } from '../money/ore.js';
import { INCOME_STATEMENT, INCOME_STATEMENT_EF, BALANCE_SHEET, UNPLACED_RESULT_SECTION, type SectionDef, groupOf, isResultClosingAccount } from './layout.js';

export interface AccountAmount {
  account: string;
  name: string;
  /** Signed ledger balance: debit positive. */
  balance: Ore;
}

export interface StatementLine { account: string; name: string; amount: Ore }
export interface StatementGroup { title: string; lines: StatementLine[]; total: Ore }
export interface StatementSection { title: string; groups: StatementGroup[]; total: Ore; subtotal?: { label: string; amount: Ore } }
export interface Statement { sections: StatementSection[]; result: Ore; unplaced: StatementLine[] }

function build(defs: readonly SectionDef[], rows: readonly AccountAmount[], sign: (a: AccountAmount) => 1 | -1): Statement {
  const used = new Set<string>();
  let running = 0;
  const sections = defs.map((s) => {
    const groups = s.groups.map((g) => {
      const lines = rows
        .filter((r) => g.ranges.some(([a, b]) => groupOf(r.account) >= a && groupOf(r.account) <= b) && r.balance !== 0)
        .map((r) => { used.add(r.account); return { account: r.account, name: r.name, amount: ore(sign(r) * r.balance) }; });
      return { title: g.title, lines, total: sumOre(lines.map((l) => l.amount)) };
    });
    const total = sumOre(groups.map((g) => g.total));
    running += total;
    const sub = s.subtotal ? { subtotal: { label: s.subtotal, amount: ore(running) } } : {};
    if (s.resetAfter) running = 0;
    return { title: s.title, groups, total, ...sub };
  });
  const unplaced = rows.filter((r) => !used.has(r.account) && r.balance !== 0).map((r) => ({ account: r.account, name: r.name, amount: r.balance }));
  return { sections, result: ore(running), unplaced };
}

/**
 * Resultaträkning from the movements of result accounts in a period. Income is shown positive,
 * costs negative; `result` is årets resultat (profit positive). 899x are left out; class 9 accounts
 * with a balance get their own section before Skatter and count in the result.
 *
 * For an enskild firma (`form: 'EF'`) there is no Skatter section and Bokslutsdispositioner ends
 * in "Årets resultat". Should an EF's books still hold a balance on 89xx, the Skatter section is
 * kept so that every krona stays in the result. With class 9 accounts, Bokslutsdispositioner ends
 * in "Resultat efter bokslutsdispositioner" and the class 9 section in "Årets resultat".
 * @example incomeStatement([{ account: '3001', name: 'Försäljning', balance: ore(-100000) }]).result // 100000
 */
export function incomeStatement(rows: readonly AccountAmount[], o: { form?: 'EF' | 'AB' } = {}): Statement {
  const result = rows.filter((r) => !isResultClosingAccount(r.account) && groupOf(r.account) >= 30);
  const has = (from: number, to: number) => result.some((r) => groupOf(r.account) >= from && groupOf(r.account) <= to && r.balance !== 0);
  const unplaced = has(90, 99);
  if (o.form === 'EF' && !has(89, 89)) {
    if (!unplaced) return build(INCOME_STATEMENT_EF, result, () => -1);
    const last = INCOME_STATEMENT_EF[INCOME_STATEMENT_EF.length - 1]!;
    return build([
      ...INCOME_STATEMENT_EF.slice(0, -1), { ...last, subtotal: 'Resultat efter bokslutsdispositioner' },
      { ...UNPLACED_RESULT_SECTION, subtotal: 'Årets resultat' },
    ], result, () => -1);
  }
  const defs = unplaced
    ? [...INCOME_STATEMENT.slice(0, -1), UNPLACED_RESULT_SECTION, ...INCOME_STATEMENT.slice(-1)]
    : INCOME_STATEMENT;
  return build(defs, result, () => -1);
}

/**
 * Balansräkning at a date. Assets are shown with their debit balance; equity and liabilities
 * with their credit balance as positive. An unclosed result is shown as "Beräknat resultat" in
 * equity so that the two sides agree.
 */
export function balanceSheet(rows: readonly AccountAmount[], unclosedResult: Ore): Statement {
  const br = rows.filter((r) => groupOf(r.account) < 30);
  const s = build(BALANCE_SHEET, br, (r) => (groupOf(r.account) < 20 ? 1 : -1));
  const equity = s.sections.find((x) => x.title === 'Eget kapital');
  if (equity && unclosedResult !== 0) {
    const g = equity.groups[0];
    if (g) {
      g.lines.push({ account: '', name: 'Beräknat resultat', amount: unclosedResult });
      g.total = ore(g.total + unclosedResult);
      equity.total = ore(equity.total + unclosedResult);
      for (const sec of s.sections.slice(s.sections.indexOf(equity))) if (sec.subtotal) sec.subtotal.amount = ore(sec.subtotal.amount + unclosedResult);
    }
  }
  return s;
}
