import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSieAmount, parseQuantity, parseSieAmount } from '../../../shared/domain/sie/amount.js';
import { ore } from '../../../shared/domain/money/ore.js';

describe('SIE amounts', () => {
  it('reads dot decimals, 0–2 decimals and a leading minus exactly in öre', () => {
    expect(parseSieAmount('12500.00')).toBe(1250000);
    expect(parseSieAmount('-2250')).toBe(-225000);
    expect(parseSieAmount('0.1')).toBe(10);
    expect(parseSieAmount('.20')).toBe(20);
    expect(parseSieAmount('-0.00')).toBe(0);
    expect(Object.is(parseSieAmount('-0.00'), -0)).toBe(false);
    expect(parseSieAmount('1234567890123.45')).toBe(123456789012345);
  });

  it('refuses more than two decimals, commas, grouping, plus signs and empty fields', () => {
    for (const bad of ['1.005', '10.000000', '1,00', '1 000.00', '+5.00', '', '-', '.', 'abc', '1e3', '12345678901234.00']) {
      expect(parseSieAmount(bad), bad).toBeNull();
    }
  });

  it('writes two decimals with a dot', () => {
    expect(formatSieAmount(ore(-123450))).toBe('-1234.50');
    expect(formatSieAmount(ore(5))).toBe('0.05');
  });

  it('round-trips every öre amount', () => {
    fc.assert(fc.property(fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }), (n) => {
      expect(parseSieAmount(formatSieAmount(ore(n)))).toBe(n === 0 ? 0 : n);
    }), { numRuns: 2000 });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const v = parseSieAmount(s);
      expect(v === null || Number.isSafeInteger(v)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('keeps quantities as decimal strings', () => {
    expect(parseQuantity('10.000000')).toBe('10.000000');
    expect(parseQuantity('')).toBeNull();
    expect(parseQuantity(undefined)).toBeNull();
    expect(parseQuantity('tio')).toBeUndefined();
  });
});
