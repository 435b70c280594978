import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSie } from '../../../shared/domain/sie/parser.js';
import { readFixture } from './fixtures.js';

const HEAD = '#FLAGGA 0\n#PROGRAM "T" 1\n#FORMAT PC8\n#GEN 20250101\n#SIETYP 4\n#FNAMN "AB"\n#RAR 0 20250101 20251231\n';
const codes = (r: { errors: { code: string; line?: number }[] }) => r.errors.map((e) => [e.code, e.line]);

describe('parseSie: case C2 (spec-legal but unusual headers)', () => {
  const r = readFixture('c2-header-quirks.se');
  const v = r.doc.vouchers[0]!;

  it('accepts quoted scalars, no #FORMAT and an org.nr without hyphen', () => {
    expect(r.errors).toEqual([]);
    expect(r.doc.flagga?.value).toBe('0');
    expect(r.doc.sieType?.value).toBe('4');
    expect(r.doc.gen?.date).toBe('2025-04-01');
    expect(r.doc.orgnr?.raw).toBe('5595386219');
    expect(r.doc.format).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(['sie-missing-header']);
    expect(r.warnings[0]!.message).toContain('#FORMAT');
  });

  it('keeps a 90-character voucher text whole', () => {
    expect(v.text).toBe('Hyra mars 2025 för lokalen på Storgatan 12 inklusive el, värme, städning och sophämtningen');
    expect(v.text.length).toBe(90);
    expect(v).toMatchObject({ series: 'A', number: '7', date: '2025-03-14', regDate: '2025-03-15', line: 11, endLine: 18 });
  });

  it('keeps #BTRANS/#RTRANS as history with their line numbers', () => {
    expect(v.rows.map((x) => [x.kind, x.account, x.amount, x.line])).toEqual([
      ['TRANS', '5010', 1000000, 13],
      ['TRANS', '2640', 250000, 14],
      ['BTRANS', '1930', -1200000, 15],
      ['RTRANS', '1930', -1250000, 16],
      ['TRANS', '1930', -1250000, 17],
    ]);
    expect(v.rows[2]).toMatchObject({ transDate: '2025-03-15', text: 'Fel belopp', quantity: null, sign: 'Anna' });
  });
});

describe('parseSie: case C5 (object lists, escapes, unbalanced)', () => {
  it('reads string object ids, escaped quotes, empty lists and tabs', () => {
    const r = readFixture('c5-objects.se');
    expect(r.errors).toEqual([]);
    expect(r.doc.objects).toEqual([
      { dim: 1, id: 'STH-1', name: 'Stockholm', line: 11 },
      { dim: 6, id: 'P7', name: 'Projekt sju', line: 12 },
    ]);
    const [a1, a2] = r.doc.vouchers;
    expect(a1!.rows[0]).toMatchObject({ account: '3020', objects: [{ dim: 1, id: 'STH-1' }], amount: -900000, transDate: '2025-03-14', text: 'Konsult "Fas 2"' });
    expect(a1!.rows[1]).toMatchObject({ account: '4010', objects: [], amount: 50000, transDate: null, text: null });
    expect(a2!.rows[0]!.objects).toEqual([{ dim: 1, id: 'STH-1' }, { dim: 6, id: 'P7' }]);
    expect(a2!.rows[1]!.objects).toEqual([]);
  });

  it('refuses the file with an unbalanced voucher, naming series, number, line and amount', () => {
    const r = readFixture('c5-unbalanced.se');
    expect(codes(r)).toEqual([['unbalanced-voucher', 29]]);
    expect(r.errors[0]!.message).toMatch(/^Verifikationen A 3 på rad 29 är i obalans med 0,01 kr\./);
  });
});

describe('parseSie: refusing what is not SIE', () => {
  it.each([
    ['an HTML 404 page', 'not-sie-404.se', /webbsida/],
    ['SIE 5 XML', 'sie5-entry.sie', /SIE 5/],
  ])('refuses %s with not-sie on line 1', (_what, file, msg) => {
    const r = readFixture(file);
    expect(codes(r)).toEqual([['not-sie', 1]]);
    expect(r.errors[0]!.message).toMatch(msg);
  });

  it('refuses empty, binary and label-less text', () => {
    expect(codes(parseSie(''))).toEqual([['not-sie', 1]]);
    expect(codes(parseSie('#FLAGGA 0\n\u0000\u0001\u0002'))).toEqual([['not-sie', 2]]);
    expect(codes(parseSie('Hej\n#FLAGGA 0'))).toEqual([['not-sie', 1]]);
    expect(codes(parseSie('# Rubrik\n#\n'))).toEqual([['not-sie', 1]]);
  });
});

describe('parseSie: line-numbered errors', () => {
  const cases: [string, string, string, number][] = [
    ['non-numeric account', '#KONTO 11AF "Fel"', 'sie-bad-account', 8],
    ['missing account', '#KONTO "" "Byggnader"', 'sie-bad-account', 8],
    ['three decimals', '#IB 0 1930 100.005', 'sie-bad-amount', 8],
    ['empty amount', '#IB 0 1119 ""', 'sie-bad-amount', 8],
    ['#TRANS outside #VER', '#TRANS 1930 {} 1.00', 'sie-trans-outside-ver', 8],
    ['unterminated object list', '#OUB 0 1930 {1 "A" 1.00', 'sie-unterminated-list', 8],
    ['bad voucher date', '#VER A 1 20250230 "x"\n{\n#TRANS 1930 {} 1.00\n#TRANS 3001 {} -1.00\n}', 'sie-bad-date', 8],
    ['missing voucher date', '#VER "K" ""\n{\n}', 'sie-bad-date', 8],
    ['voucher never closed', '#VER A 1 20250101 "x"\n{\n#TRANS 1930 {} 1.00\n#TRANS 3001 {} -1.00', 'sie-unclosed-voucher', 8],
    ['fiscal year ending before it starts', '#RAR -1 20210301 20200228', 'sie-bad-fiscal-year', 8],
    ['non-numeric account in a row', '#VER A 1 20250101 "x"\n{\n#TRANS FEL {"1" "1"} 1.00\n#TRANS 3001 {} -1.00\n}', 'sie-bad-account', 10],
  ];
  it.each(cases)('%s', (_what, body, code, line) => {
    const r = parseSie(HEAD + body + '\n');
    expect(codes(r)).toEqual([[code, line]]);
    expect(r.errors[0]!.message).toContain(`${line}`);
  });

  it('names the voucher that a following #VER interrupts', () => {
    const r = parseSie(HEAD + '#VER A 1 20250101 "x"\n{\n#TRANS 1930 {} 0.00\n#VER A 2 20250101 "y"\n{\n}\n');
    expect(r.errors[0]!.message).toMatch(/Verifikationen A 1 på rad 8 avslutas aldrig med "}" före rad 11/);
  });
});

describe('parseSie: lenient where real programs differ', () => {
  it('warns (not fails) on unknown labels, odd account lengths, ISO dates and a missing series', () => {
    const r = parseSie(HEAD + [
      '#MOMSKOD 2611 10', '#MOMSKOD 2641 48', '#KONTO 23 "Kort"', '#KONTO 143010 "Lång"',
      '#VER "K" "" "2018-05-01" "Försäljning"', '{', '#TRANS 23 {} 1.00', '#TRANS 143010 {} -1.00', '}',
      '#VER  1 20170101 " " 20170119 " "', '{', '#TRANS 23 {} 0.00', '}',
    ].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['sie-account-length', 10], ['sie-account-length', 11], ['sie-date-format', 12], ['sie-missing-field', 17],
      ['sie-unknown-label', 8],
    ]);
    expect(r.warnings[4]!.message).toContain('#MOMSKOD (rad 8 och 1 till)');
    expect(r.doc.vouchers.map((v) => [v.series, v.number, v.date])).toEqual([['K', null, '2018-05-01'], ['', '1', '2017-01-01']]);
  });

  it('reads a #TRANS whose date was left out and whose text took its place', () => {
    const r = parseSie(HEAD + '#VER A 1 20240315 "T"\n{\n#TRANS 1910 {} -1000.00 "Kontantbetalning"\n#TRANS 2440 {} 1000.00\n}\n');
    expect(r.errors).toEqual([]);
    expect(r.doc.vouchers[0]!.rows[0]).toMatchObject({ transDate: null, text: 'Kontantbetalning' });
    expect(r.warnings.map((w) => w.code)).toEqual(['sie-trans-date-as-text']);
  });

  it('joins an unquoted company name and reads a quoted #PROGRAM with escapes', () => {
    const r = parseSie('#FLAGGA 0\n#PROGRAM "Visma \\"2000\\"" 2022.2\n#FNAMN Övningsbolaget AB\n');
    expect(r.doc.companyName?.value).toBe('Övningsbolaget AB');
    expect(r.doc.program).toMatchObject({ name: 'Visma "2000"', version: '2022.2' });
  });

  it('never throws or hangs on arbitrary or SIE-like garbage', () => {
    const sieish = fc.array(fc.oneof(
      fc.constantFrom('#VER A 1 20250101 "x"', '{', '}', '#TRANS 1930 {} 1.00', '#TRANS 1930 {1 "a"', '#KSUMMA', '#KSUMMA 12', '#IB 0 x y', '#RAR 0', '"', '#PSALDO 0 1930 202501 1.00'),
      fc.string(),
    ), { maxLength: 30 });
    fc.assert(fc.property(sieish, (lines) => {
      const r = parseSie(lines.join('\n'));
      expect(Array.isArray(r.errors)).toBe(true);
    }), { numRuns: 500 });
  });
});
