import { describe, expect, it } from 'vitest';
import { detectNumberStyle, parseBankAmount, parseCanonicalNumber, styleVote } from '../../../shared/domain/bank/amount.js';

const val = (s: string, style: 'comma' | 'point') => {
  const r = parseBankAmount(s, style);
  return r.ok ? r.value : r.problems[0]!.code;
};

describe('parseBankAmount', () => {
  it('reads decimal-comma amounts with space, NBSP, narrow NBSP and dot thousands', () => {
    expect(val('1 234,50', 'comma')).toBe(123450);
    expect(val('1\u00a0250,00', 'comma')).toBe(125000);
    expect(val('12\u202f345,67', 'comma')).toBe(1234567);
    expect(val('1.234.567,89', 'comma')).toBe(123456789);
    expect(val('-3.000', 'comma')).toBe(-300000);
    expect(val('-110,7', 'comma')).toBe(-11070);
    expect(val('\u221249,00', 'comma')).toBe(-4900);
    expect(val('+15,5', 'comma')).toBe(1550);
    expect(val('100,00-', 'comma')).toBe(-10000);
    expect(val('0', 'comma')).toBe(0);
  });

  it('reads decimal-point amounts with comma or space thousands and zero-padded extra decimals', () => {
    expect(val('-473.1', 'point')).toBe(-47310);
    expect(val('2707', 'point')).toBe(270700);
    expect(val('-142,205.00', 'point')).toBe(-14220500);
    expect(val('-30.000', 'point')).toBe(-3000);
    expect(val('10000.000', 'point')).toBe(1000000);
    expect(val('8.850', 'point')).toBe(885);
    expect(val('-1 716', 'point')).toBe(-171600);
    expect(val('-110.7 €', 'point')).toBe(-11070);
  });

  it('refuses what it cannot read exactly instead of guessing', () => {
    expect(val('1,005', 'comma')).toBe('bank-invalid-amount'); // 1,005 kr has a third öre digit
    expect(val('12.5', 'comma')).toBe('bank-invalid-amount'); // a dot that is no thousands group
    expect(val('1,5', 'point')).toBe('bank-invalid-amount');
    expect(val('1 23,00', 'comma')).toBe('bank-invalid-amount');
    expect(val('1.234 567,00', 'comma')).toBe('bank-invalid-amount');
    expect(val('abc', 'comma')).toBe('bank-invalid-amount');
    expect(val('', 'point')).toBe('bank-invalid-amount');
    expect(val('-', 'point')).toBe('bank-invalid-amount');
    expect(val('1,00,00', 'comma')).toBe('bank-invalid-amount');
    expect(val('99999999999999,00', 'comma')).toBe('bank-invalid-amount');
  });
});

describe('parseCanonicalNumber (spreadsheet numbers)', () => {
  it('reads point decimals without grouping', () => {
    const v = (s: string) => {
      const r = parseCanonicalNumber(s);
      return r.ok ? r.value : null;
    };
    expect(v('779.4')).toBe(77940);
    expect(v('-238')).toBe(-23800);
    expect(v('0.10')).toBe(10);
    expect(v('1234.567')).toBeNull();
    expect(v('1 234')).toBeNull();
  });
});

describe('number style detection (once per file)', () => {
  it('lets decisive cells vote and ambiguous ones abstain', () => {
    expect(styleVote('12 345,67')).toBe('comma');
    expect(styleVote('-473.1')).toBe('point');
    expect(styleVote('-3.000')).toBeNull();
    expect(styleVote('1.234.567')).toBe('comma');
    expect(styleVote('1,234.50')).toBe('point');
    expect(styleVote('2707')).toBeNull();
  });

  it('uses the format default only when nothing decides, and reports a conflict', () => {
    expect(detectNumberStyle(['-3.000', '12 345,67', '-110,7'], 'point')).toBe('comma');
    expect(detectNumberStyle(['-30.000', '10000.000'], 'point')).toBe('point');
    expect(detectNumberStyle(['-30.000', '10000.000'], 'comma')).toBe('comma');
    expect(detectNumberStyle(['1,50', '2.50'], 'comma')).toBeNull();
  });
});
