import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseAmount } from '../../../shared/domain/money/parse.js';
import { formatSv, toJsonAmount, truncKronor } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { vatOfGross, percentOf } from '../../../shared/domain/money/decimal.js';

const val = (s: string) => {
  const r = parseAmount(s);
  return r.ok ? r.value : r.problems[0]?.code;
};

describe('amount grammar (CLI.md)', () => {
  it.each([
    ['1 234,50', 123450], ['-800', -80000], ['800.5', 80050], ['\u22121 250,00', -125000], ['1\u00a0250,00', 125000],
    ['0', 0], ['-0,00', 0], ['12,3', 1230], ['+5', 500], ['1 000 000', 100000000],
  ])('%s → %d öre', (s, o) => expect(val(s)).toBe(o));

  it.each([['1.000', 'too-many-decimals'], ['800,001', 'too-many-decimals'], ['abc', 'invalid-amount'], ['', 'invalid-amount'],
    ['1 23,00', 'invalid-amount'], ['1,2,3', 'invalid-amount'], ['--5', 'invalid-amount'], ['5,', 'invalid-amount'], ['12345678901234', 'invalid-amount']])(
    'refuses %s with %s', (s, code) => expect(val(s)).toBe(code));

  it('never yields -0', () => expect(Object.is(val('-0'), -0)).toBe(false));

  it('round-trips every öre amount through the Swedish display form', () => {
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (n) => {
      const r = parseAmount(formatSv(ore(n)));
      return r.ok && r.value === n;
    }));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => { parseAmount(s); return true; }));
  });
});

describe('amount output', () => {
  it('JSON form has a dot, two decimals, no -0.00', () => {
    expect(toJsonAmount(ore(-123450))).toBe('-1234.50');
    expect(toJsonAmount(ore(5))).toBe('0.05');
    expect(toJsonAmount(ore(-5))).toBe('-0.05');
    expect(toJsonAmount(ore(0))).toBe('0.00');
  });
  it('Swedish form uses NBSP and U+2212', () => expect(formatSv(ore(-123456789))).toBe('\u22121\u00a0234\u00a0567,89'));
  it('whole kronor truncate toward zero', () => {
    expect(truncKronor(ore(6250))).toBe(62);
    expect(truncKronor(ore(-6299))).toBe(-62);
    expect(Object.is(truncKronor(ore(-50)), -0)).toBe(false);
  });
});

describe('decimal rules (case C15)', () => {
  it.each([[100000, '12', 10714], [10000, '25', 2000], [9990, '6', 565], [125000, '25', 25000]])('VAT in %d incl. %s %% is %d', (g, r, v) =>
    expect(vatOfGross(ore(g), r)).toBe(v));
  it('share of a total rounds half away from zero', () => {
    expect(percentOf(ore(100001), '50')).toBe(50001);
    expect(percentOf(ore(-100001), '50')).toBe(-50001);
  });
});
