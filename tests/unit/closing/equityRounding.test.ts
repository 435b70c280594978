/**
 * K2 rounding in the balance sheet and förändringar i eget kapital (statements.ts `settle`,
 * equity.ts `equityChanges`): bank 1 000,56 + skattekonto 100,67 and a result of 1 101,23 print as
 * 1 000 + 100 = 1 100 in tillgångar but 1 101 as årets resultat. By hand: the balance sheet keeps
 * the −1 kr inside "Balanserat resultat" (K2 allows no extra post), and the equity table states it
 * as "Avrundningsdifferens" instead of inventing a −1 kr utdelning; a real booked utdelning still shows.
 */
import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import type { AccountBalance } from '../../../shared/domain/sru/mapping.js';
import { ink2r } from '../../../shared/domain/sru/ink2r.js';
import { k2Balance, k2Income } from '../../../shared/domain/annualReport/statements.js';
import { equityChanges } from '../../../shared/domain/annualReport/equity.js';

const b = (account: string, balance: number): AccountBalance => ({ account, name: account, balance: ore(balance) });
/** The year's books after the closing voucher 8999 → 2099 (öre, debit positive). */
const books = [b('1630', 10067), b('1930', 100056), b('2099', -110123), b('3001', -110123), b('8999', 110123)];

function report(balances: readonly AccountBalance[], opening: readonly AccountBalance[]) {
  const income = k2Income(ink2r(balances, 'handelsvaror').rows, null);
  const { balance } = k2Balance(balances, null, income.result);
  const free = balance.equityLiabilities.find((s) => s.title === 'Eget kapital')!.groups.find((g) => g.title === 'Fritt eget kapital')!;
  return { income, balance, free, equity: equityChanges(opening, balances, income.result.current, { restricted: 0, free: free.total.current }) };
}
const table = (rows: ReturnType<typeof equityChanges>) => rows.map((r) => [r.label, r.restricted, r.retained, r.result, r.total]);

describe('K2 rounding: no invented movement in förändringar i eget kapital', () => {
  it('bank 1 000,56, skattekonto 100,67, result 1 101,23: balanserat resultat −1 in the balance sheet, an Avrundningsdifferens row, no Utdelning', () => {
    const r = report(books, []);
    expect(r.income.result.current).toBe(1101);
    expect(r.balance.totalAssets.current).toBe(1100);
    expect(r.free.lines.map((l) => [l.label, l.current])).toEqual([['Balanserat resultat', -1], ['Årets resultat', 1101]]);
    expect(r.balance.totalEquityLiabilities.current).toBe(1100);
    expect(table(r.equity)).toEqual([
      ['Belopp vid årets ingång', 0, 0, 0, 0],
      ['Avrundningsdifferens', 0, -1, 0, -1],
      ['Årets resultat', 0, 0, 1101, 1101],
      ['Belopp vid årets utgång', 0, -1, 1101, 1100],
    ]);
    expect(r.equity.some((x) => x.label === 'Utdelning' || x.label === 'Övriga förändringar')).toBe(false);
  });

  it('the same books before 8999 → 2099 is posted give the same table', () => {
    const unclosed = books.filter((x) => x.account !== '2099' && x.account !== '8999').concat(b('2010', 0));
    expect(table(report(unclosed, []).equity)).toEqual(table(report(books, []).equity));
  });

  it('a booked utdelning of 500 kr shows as −500 exactly, the rounding still apart', () => {
    // Opening: balanserat 2091 600 kr against bank; dividend 500 paid from bank (2091 D 500 / 1930 K 500).
    const opening = [b('1930', 60000), b('2091', -60000)];
    const year = [b('1630', 10067), b('1930', 100056 + 60000 - 50000), b('2091', -60000 + 50000), b('2099', -110123), b('3001', -110123), b('8999', 110123)];
    const r = report(year, opening);
    // Tillgångar 100 + 1 100 = 1 200 kr (1 100,56 → 1 100); result 1 101; balanserat = 1 200 − 1 101 = 99 (booked 100, −1 rounding).
    expect(r.free.lines.map((l) => [l.label, l.current])).toEqual([['Balanserat resultat', 99], ['Årets resultat', 1101]]);
    expect(table(r.equity)).toEqual([
      ['Belopp vid årets ingång', 0, 600, 0, 600],
      ['Utdelning', 0, -500, 0, -500],
      ['Avrundningsdifferens', 0, -1, 0, -1],
      ['Årets resultat', 0, 0, 1101, 1101],
      ['Belopp vid årets utgång', 0, 99, 1101, 1200],
    ]);
  });
});
