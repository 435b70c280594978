/**
 * Swedish counts in the UI: singular for one, plural otherwise, and "inga" where zero reads better;
 * and the month-close texts shown without the command line's instructions.
 */
import { describe, expect, it } from 'vitest';
import { sv } from '../../../renderer/i18n/sv.js';
import { withoutCli } from '../../../renderer/features/closing/cliText.js';
import type { IsoDate, IsoMonth } from '../../../shared/domain/dates/isoDate.js';
import { type MonthFacts, monthChecklist } from '../../../shared/domain/closing/checklist.js';

const facts = (patch: Partial<MonthFacts>): MonthFacts => ({
  month: '2025-03' as IsoMonth, accounts: [], receipts: { missing: [], checked: 14 }, vatPeriod: null, drafts: [], late: [],
  deadline: '2025-05-20' as IsoDate, sizeClassText: '50 dagar efter månadens slut', chain: { ok: true, head: 'abc', problems: 0 }, earlierOpen: [], ...patch,
});
const detail = (f: MonthFacts, key: string) => monthChecklist(f).find((i) => i.key === key)!.detail;

describe('antal i texterna', () => {
  it('öppna punkter, rader med 0, verifikationer', () => {
    expect([0, 1, 2].map(sv.closing.openCount)).toEqual(['Inga öppna punkter.', '1 öppen punkt.', '2 öppna punkter.']);
    expect([1, 3].map(sv.bokslut.zeroHidden)).toEqual(['1 rad med 0 visas inte.', '3 rader med 0 visas inte.']);
    expect(['0', '1', '2', '100 000'].map(sv.vouchers.count)).toEqual(['Inga verifikationer', '1 verifikation', '2 verifikationer', '100 000 verifikationer']);
    expect(sv.safety.restoreBody('2025-01-01', 1)).toContain('(1 verifikation)');
    expect(sv.safety.plainBackups(1)).toBe('1 äldre säkerhetskopia är inte krypterad. Ta bort den eller förvara den inlåst.');
    expect(sv.safety.rotation(1, 4, 12)).toContain('i 1 dag, en per vecka i 4 veckor och en per månad i 12 månader');
    expect(sv.reports.sieSaved('/x.se', 0, 'a', 'b')).toContain('innehåller inga verifikationer');
  });
  it('bankens rader', () => {
    expect([0, 1, 5].map((n) => sv.bank.import.run(n))).toEqual(['Inga nya rader att importera', 'Importera 1 rad', 'Importera 5 rader']);
    expect(sv.bank.import.done(1, '1930', 1)).toBe('1 rad är importerad till 1930. 1 rad fanns redan och hoppades över.');
    expect(sv.bank.import.done(0, '1930', 2)).toBe('Inga nya rader är importerade till 1930. 2 rader fanns redan och hoppades över.');
    expect(sv.bank.queue.count(1, 1)).toBe('1 rad att bokföra');
  });
  it('månadens checklista', () => {
    expect(detail(facts({ receipts: { missing: [], checked: 0 } }), 'receipts')).toBe('Inga verifikationer under månaden behöver underlag.');
    expect(detail(facts({ receipts: { missing: [], checked: 1 } }), 'receipts')).toBe('Månadens enda verifikation som behöver underlag har ett.');
    expect(detail(facts({ receipts: { missing: [{ id: 1, ref: 'A1', fiscalYear: '2025-01-01', text: 'x' }], checked: 1 } }), 'receipts')).toBe('Månadens enda verifikation som behöver underlag saknar det: A1.');
    expect(detail(facts({ drafts: [{ id: 1, label: 'Hyra' }] }), 'drafts')).toBe('1 utkast är inte bokfört: Hyra');
    expect(detail(facts({ late: [{ id: 1, ref: 'A3', fiscalYear: '2025-01-01', date: '2025-03-01' as IsoDate, registered: '2025-03-12' as IsoDate, deadline: '2025-03-10' as IsoDate, cash: false }] }), 'time-limits'))
      .toMatch(/^1 verifikation bokfördes efter/);
  });
});

describe('checklistan utan kommandon', () => {
  it('tar bort kommandoraden ur texten men behåller resten', () => {
    expect(withoutCli(detail(facts({ vatPeriod: { period: '2025-Q1', reported: false, exempt: false } }), 'vat'))).toBe('Momsperioden 2025-Q1 slutar denna månad och är inte redovisad.');
    expect(withoutCli(detail(facts({ chain: { ok: false, head: 'dead01', problems: 2 } }), 'chain'))).toBe('Kontrollen hittade 2 fel. Toppvärde: dead01');
    expect(withoutCli('Bokför momsdeklarationen för 2025-Q4 först (sidan Moms, eller kontera vat <fil> --period 2025-Q4 --book) och stäng sedan månaden.'))
      .toBe('Bokför momsdeklarationen för 2025-Q4 först (sidan Moms) och stäng sedan månaden.');
    expect(withoutCli('A3 (kontant, senast 2025-03-10), A4')).toBe('A3 (kontant, senast 2025-03-10), A4');
    expect(sv.closing.links.vat('2025-Q4')).toBe('Gå till Moms och bokför momsomföringen för 2025-Q4');
    expect(sv.closing.links.verify).not.toMatch(/kontera/);
  });
});
