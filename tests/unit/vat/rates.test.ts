import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { RATE_KINDS, rateOn, ratesInForce } from '../../../shared/domain/vat/rates.js';

const d = (s: string) => s as IsoDate;

describe('VAT rates with validity dates', () => {
  it('has 25/12/6/0 for the fixed kinds', () => {
    expect(rateOn('standard', d('2026-06-01'))).toBe('25');
    expect(rateOn('reduced', d('2026-06-01'))).toBe('12');
    expect(rateOn('low', d('2026-06-01'))).toBe('6');
    expect(rateOn('zero', d('2026-06-01'))).toBe('0');
  });

  it('cuts food from 12 % to 6 % from 2026-04-01 to 2027-12-31', () => {
    expect(rateOn('food', d('2025-12-31'))).toBe('12');
    expect(rateOn('food', d('2026-03-31'))).toBe('12');
    expect(rateOn('food', d('2026-04-01'))).toBe('6');
    expect(rateOn('food', d('2027-12-31'))).toBe('6');
    expect(rateOn('food', d('2028-01-01'))).toBe('12');
  });

  it('keeps restaurant and catering at 12 % through the cut', () => {
    for (const day of ['2026-03-31', '2026-04-01', '2027-06-30', '2028-01-01']) expect(rateOn('restaurant', d(day))).toBe('12');
  });

  it('covers every kind on every day around the changes', () => {
    for (const k of RATE_KINDS) for (const day of ['1995-01-01', '2026-03-31', '2026-04-01', '2027-12-31', '2028-01-01', '2199-12-31']) {
      expect(() => rateOn(k, d(day))).not.toThrow();
    }
  });

  it('lists the rates in force, highest first', () => {
    expect(ratesInForce(d('2026-03-31'))).toEqual(['25', '12', '6']);
    expect(ratesInForce(d('2026-04-01'))).toEqual(['25', '12', '6']);
  });
});
