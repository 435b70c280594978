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

  it('an enskild firma has no Skatter section: Bokslutsdispositioner ends in Årets resultat', () => {
    const rows = [row('3001', -100_000), row('5010', 30_000), row('8811', 10_000)];
    const ef = incomeStatement(rows, { form: 'EF' });
    expect(ef.sections.map((x) => x.title)).toEqual(['Rörelsens intäkter', 'Rörelsens kostnader', 'Finansiella poster', 'Bokslutsdispositioner']);
    expect(ef.sections.at(-1)?.subtotal).toEqual({ label: 'Årets resultat', amount: 60_000 });
    expect(ef.result).toBe(60_000);
    const ab = incomeStatement(rows, { form: 'AB' });
    expect(ab.sections.map((x) => x.subtotal?.label).filter(Boolean)).toEqual(['Rörelseresultat', 'Resultat efter finansiella poster', 'Resultat före skatt', 'Årets resultat']);
    expect(ab.result).toBe(60_000);
  });

  it('EF with a class 9 balance: the class 9 section ends in Årets resultat; an 89xx balance keeps Skatter', () => {
    const s = incomeStatement([row('3001', -100_000), row('9999', 1_000)], { form: 'EF' });
    expect(s.sections.slice(-2).map((x) => [x.title, x.subtotal?.label])).toEqual([['Bokslutsdispositioner', 'Resultat efter bokslutsdispositioner'], ['Ej placerade konton', 'Årets resultat']]);
    expect(s.result).toBe(99_000);
    const t = incomeStatement([row('3001', -100_000), row('8910', 1_000)], { form: 'EF' });
    expect(t.sections.at(-1)?.title).toBe('Skatter');
    expect(t.result).toBe(99_000);
  });
});
