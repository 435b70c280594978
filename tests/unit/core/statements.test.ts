/**
 * The resultaträkning counts every result account: class 9 accounts with a balance (a suspense
 * 9999 Obs-konto in real files) get their own section before Skatter instead of being left out of
 * årets resultat; without them the K2 layout is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { incomeStatement } from '../../../shared/domain/reports/statements.js';
import { ore } from '../../../shared/domain/money/ore.js';

const row = (account: string, balance: number) => ({ account, name: `Konto ${account}`, balance: ore(balance) });

describe('incomeStatement', () => {
  it('puts a class 9 balance in its own section and in the result', () => {
    const s = incomeStatement([row('3001', -100_000), row('5010', 30_000), row('9999', 11_120), row('8999', 58_880)]);
    expect(s.result).toBe(58_880);
    expect(s.unplaced).toEqual([]);
    const titles = s.sections.map((x) => x.title);
    expect(titles.slice(-2)).toEqual(['Ej placerade konton', 'Skatter']);
    expect(s.sections.at(-2)?.groups[0]?.lines).toEqual([{ account: '9999', name: 'Konto 9999', amount: -11_120 }]);
    expect(s.sections.at(-1)?.subtotal).toEqual({ label: 'Årets resultat', amount: 58_880 });
  });

  it('keeps the K2 sections alone when no class 9 account has a balance', () => {
    const s = incomeStatement([row('3001', -100_000), row('5010', 30_000), row('9999', 0)]);
    expect(s.result).toBe(70_000);
    expect(s.sections.map((x) => x.title)).not.toContain('Ej placerade konton');
  });
});
