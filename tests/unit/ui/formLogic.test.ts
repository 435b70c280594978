/** The UI's pure logic: Bokför lines, error placement, VAT figures, identity feedback, search, virtual window, paging. */
import { describe, expect, it } from 'vitest';
import { lineAmount, totals, prepareLines, fieldOfPath, rowsFromAmounts, emptyLine, type LineDraft } from '../../../renderer/features/bokfor/lines.js';
import { vatFigures } from '../../../renderer/features/vat/vatCalc.js';
import { identityFeedback, suggestFile } from '../../../renderer/features/start/identity.js';
import { searchOptions } from '../../../renderer/components/search.js';
import { visibleRange, scrollTopFor } from '../../../renderer/components/virtualRange.js';
import { PageCache } from '../../../renderer/features/vouchers/pageCache.js';
import { defaultPeriod, rangeOf } from '../../../renderer/features/reports/period.js';
import { addRecent, parseRecent, MAX_RECENT } from '../../../renderer/api/recentList.js';
import { errorText } from '../../../renderer/i18n/sv.js';
import { isUnknownMethod } from '../../../renderer/api/client.js';
import { ore } from '../../../shared/domain/money/ore.js';

const row = (key: number, account: string, debit: string, credit: string, text = ''): LineDraft => ({ key, account, debit, credit, text });
const MSGS = { needAccount: 'Välj ett konto.', needAmount: 'Ange ett belopp.' };

describe('Bokför: rader med debet och kredit', () => {
  it('läser belopp som en människa skriver dem, debet positivt och kredit negativt', () => {
    expect(lineAmount(row(1, '6110', '1 000,50', ''))).toEqual({ ok: true, amount: 100050 });
    expect(lineAmount(row(1, '1930', '', '1250'))).toEqual({ ok: true, amount: -125000 });
    expect(lineAmount(row(1, '1930', '', ''))).toEqual({ ok: true, amount: null });
    expect(lineAmount(row(1, '1930', '1', '2'))).toMatchObject({ ok: false, field: 'credit', message: 'Fyll i antingen debet eller kredit, inte båda.' });
    expect(lineAmount(row(1, '1930', '1,234', ''))).toMatchObject({ ok: false, field: 'debit' });
  });

  it('räknar summor och differens live, utan att bry sig om halvskrivna rader', () => {
    expect(totals([row(1, '6110', '100', ''), row(2, '1930', '', '90'), row(3, '', 'abc', '')])).toEqual({ debit: 10000, credit: 9000, difference: 1000 });
  });

  it('hoppar över tomma rader, pekar lokala fel på rätt cell och minns vilken rad som skickades som vilken', () => {
    const p = prepareLines([row(1, '6110', '100', ''), emptyLine(2), row(3, '', '', '100'), row(4, '1930', '', '')], MSGS);
    expect(p.lines).toEqual([{ account: '6110', amount: 10000 }, { account: '', amount: -10000 }]);
    expect(p.keys).toEqual([1, 3]);
    expect(p.problems).toEqual([{ field: 'line:3:account', message: 'Välj ett konto.' }, { field: 'line:4:debit', message: 'Ange ett belopp.' }]);
  });

  it('placerar serverns fel på fältet det gäller via error.path', () => {
    const rows = [row(1, '6110', '100', ''), emptyLine(2), row(3, '9999', '', '100')];
    const keys = [1, 3];
    expect(fieldOfPath('lines.1.account', keys, rows)).toBe('line:3:account');
    expect(fieldOfPath('lines.1.amount', keys, rows)).toBe('line:3:credit');
    expect(fieldOfPath('lines.0.amount', keys, rows)).toBe('line:1:debit');
    expect(fieldOfPath('lines', keys, rows)).toBe('lines');
    expect(fieldOfPath('date', keys, rows)).toBe('date');
    expect(fieldOfPath('text', keys, rows)).toBe('text');
    expect(fieldOfPath('lines.7.account', keys, rows)).toBe('lines');
    expect(fieldOfPath(undefined, keys, rows)).toBe('form');
    expect(fieldOfPath('voucher', keys, rows)).toBe('form');
  });

  it('fyller formuläret från en malls belopp i svenskt format', () => {
    expect(rowsFromAmounts([{ account: '6110', amount: 100000 }, { account: '1930', amount: -125000, text: 'Kort' }], 10)).toEqual([
      { key: 10, account: '6110', debit: '1\u00a0000,00', credit: '', text: '' },
      { key: 11, account: '1930', debit: '', credit: '1\u00a0250,00', text: 'Kort' },
    ]);
  });
});

describe('momskalkylatorn', () => {
  it('räknar ut moms ur ett belopp inklusive moms, med exakt summa (C15)', () => {
    expect(vatFigures(ore(100000), 'incl', '25')).toEqual({ rate: '25', net: 80000, vat: 20000, gross: 100000 });
    expect(vatFigures(ore(100000), 'incl', '12')).toEqual({ rate: '12', net: 89286, vat: 10714, gross: 100000 });
    expect(vatFigures(ore(100000), 'incl', '6')).toEqual({ rate: '6', net: 94340, vat: 5660, gross: 100000 });
  });
  it('lägger på moms på ett belopp exklusive moms, och kreditnotor blir spegelvända', () => {
    expect(vatFigures(ore(100000), 'excl', '25')).toEqual({ rate: '25', net: 100000, vat: 25000, gross: 125000 });
    expect(vatFigures(ore(999), 'excl', '12')).toEqual({ rate: '12', net: 999, vat: 120, gross: 1119 });
    expect(vatFigures(ore(-100000), 'incl', '12')).toEqual({ rate: '12', net: -89286, vat: -10714, gross: -100000 });
  });
});

describe('nytt företag', () => {
  it('säger inget förrän tio siffror är inskrivna, sedan om kontrollsiffran och formen stämmer', () => {
    expect(identityFeedback('81121', 'EF', '2026-01-01')).toEqual({ error: null, ok: null });
    expect(identityFeedback('811218-9876', 'EF', '2026-01-01')).toEqual({ error: null, ok: '811218-9876 – giltigt personnummer.' });
    expect(identityFeedback('811218-9875', 'EF', '2026-01-01').error).toContain('kontrollsiffran stämmer inte');
    expect(identityFeedback('556000-0167', 'AB', '2026-01-01').ok).toBe('556000-0167 – giltigt organisationsnummer.');
    expect(identityFeedback('556000-0167', 'EF', '2026-01-01').error).toContain('personnummer');
    expect(identityFeedback('811218-9876', 'AB', '2026-01-01').error).toContain('organisationsnummer');
  });
  it('föreslår ett filnamn som tål alla system', () => {
    expect(suggestFile('/home/eva/', 'Åsas Hårdvara & Söner AB')).toBe('/home/eva/asas-hardvara-soner-ab.kontera');
    expect(suggestFile('C:\\Users\\eva', 'Firma')).toBe('C:\\Users\\eva\\firma.kontera');
    expect(suggestFile('/x', '!!!')).toBe('/x/foretag.kontera');
  });
});

describe('sök, virtuell lista och sidor', () => {
  const accounts = [{ value: '1930', label: '1930 Företagskonto' }, { value: '1910', label: '1910 Kassa' }, { value: '6110', label: '6110 Kontorsmateriel' }, { value: '2641', label: '2641 Debiterad ingående moms' }];
  it('hittar konton på nummer och namn', () => {
    expect(searchOptions(accounts, '19').map((o) => o.value)).toEqual(['1930', '1910']);
    expect(searchOptions(accounts, 'kontor').map((o) => o.value)).toEqual(['6110']);
    expect(searchOptions(accounts, 'ingående MOMS').map((o) => o.value)).toEqual(['2641']);
    expect(searchOptions(accounts, '19 kassa').map((o) => o.value)).toEqual(['1910']);
  });
  it('renderar bara synliga rader plus marginal, hur lång listan än är', () => {
    expect(visibleRange(0, 600, 36, 100_000, 8)).toEqual({ start: 0, end: 25 });
    expect(visibleRange(49_999 * 36, 600, 36, 100_000, 8)).toEqual({ start: 49_991, end: 50_024 });
    expect(visibleRange(99_999 * 36, 600, 36, 100_000, 8)).toEqual({ start: 99_991, end: 100_000 });
    expect(visibleRange(0, 600, 36, 0, 8)).toEqual({ start: 0, end: 0 });
    expect(scrollTopFor(49_999, 36, 100_000, 600)).toBe(1_799_964);
    expect(scrollTopFor(99_999, 36, 100_000, 600)).toBe(100_000 * 36 - 600);
  });
  it('hämtar bara saknade sidor och håller minnet begränsat', () => {
    const c = new PageCache<number>(100, 3);
    expect(c.missing(150, 420)).toEqual([1, 2, 3, 4]);
    c.markPending(1);
    expect(c.missing(150, 250)).toEqual([2]);
    c.put(1, Array.from({ length: 100 }, (_, i) => 100 + i));
    expect(c.row(150)).toBe(150);
    for (const p of [2, 3, 4]) c.put(p, []);
    expect(c.size).toBe(3);
    expect(c.row(150)).toBeUndefined();
  });
  it('väljer senaste räkenskapsåret och gör om månader till datum', () => {
    const p = defaultPeriod([{ id: 1, start: '2025-01-01', end: '2025-12-31', state: 'closed', openingSource: null, openingStale: false }, { id: 2, start: '2025-07-01', end: '2026-06-30', state: 'open', openingSource: null, openingStale: false }])!;
    expect(p).toEqual({ fiscalYear: '2025-07-01', fromMonth: '2025-07', toMonth: '2026-06' });
    expect(rangeOf({ ...p, fromMonth: '2026-02', toMonth: '2025-08' })).toEqual({ fiscalYear: '2025-07-01', from: '2025-08-01', to: '2026-02-28' });
  });
});

describe('svenska felmeddelanden och annat', () => {
  it('visar gränssnittets text för kända koder och serverns svenska text för andra', () => {
    expect(errorText({ code: 'busy', message: 'x' })).toContain('används av ett annat program');
    expect(errorText({ code: 'unknown-account', message: 'Konto 9999 finns inte i kontoplanen.' })).toBe('Konto 9999 finns inte i kontoplanen.');
    expect(errorText({ code: 'invalid-input', message: 'Ogiltig indata. date: Datum skrivs ÅÅÅÅ-MM-DD.' })).toBe('Datum skrivs ÅÅÅÅ-MM-DD.');
    expect(errorText({ code: 'internal', message: 'Internt fel (incident ab12)', incident: 'ab12' })).toContain('ab12');
  });
  it('visar aldrig valideringens engelska text utan en svensk mening som nämner fältet', () => {
    expect(errorText({ code: 'invalid-input', message: 'Ogiltig indata. name: Too small: expected string to have >=1 characters' })).toBe('Fyll i företagets namn.');
    expect(errorText({ code: 'invalid-input', message: 'Ogiltig indata. fiscalYear.end: Invalid input: expected string, received undefined' })).toBe('Kontrollera slutdatumet: värdet har fel form.');
    expect(errorText({ code: 'invalid-input', message: 'Ogiltig indata. lines.0.account: Too big: expected string to have <=10 characters' })).toBe('Korta kontot: texten är för lång.');
    expect(errorText({ code: 'invalid-input', message: 'Ogiltig indata. okänt: Expected number, received string' })).toBe('Något av fälten är inte ifyllt rätt. Kontrollera uppgifterna och försök igen.');
    expect(errorText({ code: 'invalid-input', message: 'Okänd metod: x.' })).toBe('Okänd metod: x.');
  });
  it('känner igen en motor som saknar en metod', () => {
    expect(isUnknownMethod({ ok: false, error: { code: 'invalid-input', message: 'Okänd metod: sie.import.' } })).toBe(true);
    expect(isUnknownMethod({ ok: false, error: { code: 'invalid-input', message: 'Ogiltig indata. path: …' } })).toBe(false);
  });
  it('håller listan över senaste företag kort och tål skräp', () => {
    let l = parseRecent('[1, {"path": "/a", "name": "A", "openedAt": "t"}]');
    expect(l).toEqual([{ path: '/a', name: 'A', openedAt: 't' }]);
    for (let i = 0; i < 20; i++) l = addRecent(l, { path: `/${i}`, name: String(i) }, 't2');
    expect(l).toHaveLength(MAX_RECENT);
    expect(l[0]!.path).toBe('/19');
    expect(parseRecent('inte json')).toEqual([]);
  });
});
