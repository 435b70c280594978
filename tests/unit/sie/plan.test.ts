import { describe, expect, it } from 'vitest';
import { parseSie } from '../../../shared/domain/sie/parser.js';
import { buildImportPlan } from '../../../shared/domain/sie/plan.js';
import { numberUnnumbered } from '../../../shared/domain/sie/numbering.js';
import { readFixture } from './fixtures.js';

const HEAD = '#FLAGGA 0\n#PROGRAM "T" 1\n#FORMAT PC8\n#GEN 20250101\n#SIETYP 4\n#FNAMN "AB"\n#RAR 0 20250101 20251231\n';

describe('buildImportPlan on the small 4E fixture', () => {
  const plan = buildImportPlan(readFixture('small-4e.se').doc);

  it('takes company, years, chart, dimensions and objects from the file', () => {
    expect(plan.kind).toBe('4E');
    expect(plan.company).toEqual({ name: 'Exempeljackor AB', orgnr: '556036-0793', orgnrRaw: '556036-0793', ftyp: 'AB' });
    expect(plan.fiscalYears).toEqual([
      { index: 0, start: '2025-01-01', end: '2025-12-31' },
      { index: -1, start: '2024-01-01', end: '2024-12-31' },
    ]);
    expect(plan.accounts.find((a) => a.number === '6110')).toEqual({ number: '6110', name: 'Kontorsmateriel', type: 'K', sru: [], unit: 'st', declared: true });
    expect(plan.accounts.find((a) => a.number === '1930')).toMatchObject({ type: 'T', sru: ['7281'] });
    expect(plan.dimensions).toEqual([{ dim: 1, name: 'Kostnadsställe', parent: null }, { dim: 21, name: 'Avdelning', parent: 1 }]);
    expect(plan.objects).toEqual([{ dim: 1, id: 'STH-1', name: 'Stockholm "city"' }, { dim: 21, id: 'A\\B', name: 'Bakslash i id' }]);
  });

  it('keeps opening balances exactly as stated and finds no difference', () => {
    expect(plan.openingBalances.map((b) => [b.account, b.amount])).toEqual([['1930', 6000000], ['2081', -5000000], ['2099', -1000000]]);
    expect(plan.recomputation).toMatchObject({ checked: true, ubChecked: 6, resChecked: 2, differences: [], ibSum: 0 });
    expect(plan.recomputation.ubSum + plan.recomputation.resSum).toBe(0);
    expect(plan.suggestedCorrection).toBeNull();
    expect(plan.warnings).toEqual([]);
  });

  it('keeps #RTRANS/#BTRANS as history beside the rows that count', () => {
    const b1 = plan.vouchers[2]!;
    expect(b1).toMatchObject({ series: 'B', number: 1, date: '2025-04-01', regDate: '2025-04-02' });
    expect(b1.lines.map((l) => [l.account, l.amount])).toEqual([['1510', 625000], ['3001', -500000], ['2611', -125000]]);
    expect(b1.history.map((l) => [l.kind, l.account, l.amount, l.text, l.sign])).toEqual([
      ['BTRANS', '2611', -100000, 'Fel moms', 'Anna'],
      ['RTRANS', '2611', -125000, 'Rätt moms', 'Anna'],
    ]);
    expect(plan.vouchers[1]!.lines[0]).toMatchObject({ transDate: '2025-03-19', text: 'Pennor "Bic"', quantity: '10' });
  });
});

describe('buildImportPlan findings', () => {
  it('normalises an org.nr without hyphen (case C2) and warns on an invalid one', () => {
    expect(buildImportPlan(readFixture('c2-header-quirks.se').doc).company.orgnr).toBe('559538-6219');
    const bad = buildImportPlan(parseSie(HEAD + '#ORGNR 5555555554\n').doc);
    expect(bad.company).toMatchObject({ orgnr: null, orgnrRaw: '5555555554' });
    expect(bad.warnings.map((w) => [w.code, w.line])).toEqual([['sie-orgnr', 8]]);
  });

  it('reports opening balances that do not sum to zero and suggests, never applies, a correction', () => {
    const body = '#IB 0 1930 1000.00\n#IB 0 2081 -500.00\n#UB 0 1930 1000.00\n#UB 0 2081 -500.00\n#VER A 1 20250105 "x"\n{\n#TRANS 1930 {} 0.00\n}\n';
    const ab = buildImportPlan(parseSie(HEAD + body).doc);
    expect(ab.recomputation.ibSum).toBe(50000);
    expect(ab.openingBalances.map((b) => b.amount)).toEqual([100000, -50000]);
    expect(ab.suggestedCorrection).toMatchObject({ account: '2098', amount: -50000 });
    const finding = ab.warnings.find((w) => w.code === 'sie-ib-not-balanced')!;
    expect(finding.message).toMatch(/summerar till 500,00 kr.*bokför 500,00 kr i kredit på konto 2098/);
    const ef = buildImportPlan(parseSie(HEAD + '#FTYP E\n' + body).doc);
    expect(ef.suggestedCorrection).toMatchObject({ account: '2010', amount: -50000 });
  });

  it('lists each account whose stated closing balance or result differs from the vouchers', () => {
    const body = [
      '#IB 0 1930 100.00', '#IB 0 2081 -100.00', '#UB 0 1930 150.00', '#UB 0 2081 -100.00', '#RES 0 3001 -40.00',
      '#VER A 1 20250105 "x"', '{', '#TRANS 1930 {} 50.00', '#TRANS 3001 {} -50.00', '}',
      '#VER A 2 20250106 "y"', '{', '#TRANS 6110 {} 10.00', '#TRANS 1930 {} -10.00', '}',
      '#VER A 3 20260106 "utanför året"', '{', '#TRANS 6110 {} 99.00', '#TRANS 1930 {} -99.00', '}',
    ].join('\n');
    const plan = buildImportPlan(parseSie(HEAD + body + '\n').doc);
    expect(plan.recomputation.differences).toEqual([
      { account: '1930', kind: 'UB', stated: 15000, computed: 14000, difference: -1000, line: 10 },
      { account: '3001', kind: 'RES', stated: -4000, computed: -5000, difference: -1000, line: 12 },
      { account: '6110', kind: 'RES', stated: 0, computed: 1000, difference: 1000, line: null },
    ]);
    expect(plan.warnings.map((w) => [w.code, w.line])).toEqual([
      ['sie-missing-field', 8],
      ['sie-balance-difference', 10], ['sie-balance-difference', 12], ['sie-balance-difference', undefined],
      ['sie-voucher-outside-year', 23],
    ]);
    expect(plan.warnings[1]!.message).toContain('Konto 1930: utgående balans räknat från verifikationerna är 140,00 kr, men filen anger 150,00 kr på rad 10');
  });
});

describe('SIE 4I vouchers without numbers', () => {
  const text = [
    '#FLAGGA 0', '#PROGRAM "Kassa" 1', '#FORMAT PC8', '#GEN 20180503', '#SIETYP 4', '#FNAMN "AB"',
    '#VER "K" "" 20180503 "Försäljning 2"', '{', '#TRANS 1910 {} 100.00', '#TRANS 3010 {} -100.00', '}',
    '#VER "" "" 20180502 "Försäljning 1"', '{', '#TRANS 1910 {} 50.00', '#TRANS 3010 {} -50.00', '}',
    '#VER "K" "12" 20180501 "Numrerad"', '{', '#TRANS 1910 {} 5.00', '#TRANS 3010 {} -5.00', '}',
  ].join('\n');
  const plan = buildImportPlan(parseSie(text).doc);

  it('are 4I with a null number', () => {
    expect(plan.kind).toBe('4I');
    expect(plan.vouchers.map((v) => [v.series, v.number])).toEqual([['K', null], ['', null], ['K', 12]]);
    expect(plan.recomputation.checked).toBe(false);
  });

  it('take the next numbers of their series (or the chosen one) in date order', () => {
    const numbered = numberUnnumbered(plan.vouchers, 'A', { K: 40, A: 7 });
    expect(numbered.map((v) => [v.series, v.number, v.text])).toEqual([
      ['K', 40, 'Försäljning 2'], ['A', 7, 'Försäljning 1'], ['K', 12, 'Numrerad'],
    ]);
  });
});
