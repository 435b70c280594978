/** Case C10: decimal comma, thousand dot, one decimal, NBSP, U+2212 and a two-digit year. */
import { describe, expect, it } from 'vitest';
import { parseBankText } from '../../../shared/domain/bank/parse.js';
import { fixtureBytes, only, readOk, verifiedAgainstBalance } from './support.js';

const C10 = 'Bokföringsdag;Belopp;Saldo;Rubrik\n2025-03-03;-3.000;12 345,67;Hyra\n2025-03-04;-110,7;12 234,97;Kontorsmat\n2025-03-05;1\u00a0250,00;13 484,97;Swish\n25-03-06;\u221249,00;13 435,97;Spotify\n';

describe('case C10', () => {
  it('the fixture is the case input byte for byte (UTF-8 with BOM)', () => {
    const bytes = fixtureBytes('c10/c10.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe(C10);
  });

  it('reads −3 000,00 / −110,70 / 1 250,00 / −49,00 on 2025-03-06, each checked against Saldo', async () => {
    const st = only((await readOk(fixtureBytes('c10/c10.csv'))).statements);
    expect(st.rows.map((r) => [r.bookingDate, r.amount, r.balance, r.text])).toEqual([
      ['2025-03-03', -300_000, 1_234_567, 'Hyra'],
      ['2025-03-04', -11_070, 1_223_497, 'Kontorsmat'],
      ['2025-03-05', 125_000, 1_348_497, 'Swish'],
      ['2025-03-06', -4_900, 1_343_597, 'Spotify'],
    ]);
    expect(verifiedAgainstBalance(st)).toBe(3);
    expect(st.warnings).toEqual([expect.objectContaining({ code: 'bank-two-digit-year-assumed', line: 5 })]);
    expect(st.warnings[0]!.message).toContain('rad 5');
  });

  it('the format is decided once per file; forcing the other decimal sign re-parses every row', () => {
    const forced = parseBankText(C10, { numberStyle: 'point' });
    expect(forced.ok).toBe(false);
    if (!forced.ok) {
      expect(new Set(forced.problems.map((p) => p.code))).toEqual(new Set(['bank-invalid-amount']));
      expect([...new Set(forced.problems.map((p) => p.line))]).toEqual([2, 3, 4, 5]);
    }
  });

  it('a wrong amount is caught by the Saldo column and named by its row', () => {
    const r = parseBankText(C10.replace('-110,7;', '-110,07;'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toEqual([expect.objectContaining({ code: 'bank-balance-mismatch', line: 3 })]);
      expect(r.problems[0]!.message).toMatch(/^rad 3: /);
    }
  });

  it('a two-digit year far from the file’s other dates is a blocking problem', () => {
    const r = parseBankText(C10.replace('25-03-06', '24-03-06'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ code: 'bank-two-digit-year', line: 5 })]);
  });
});
