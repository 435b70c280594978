/**
 * Yearly figures. The reference gives 20,6 % (yearend-law-bas.md §4.2) and the 25 % / 30 % limits
 * (§4.2, §2.2 R34); the prisbasbelopp and statslåneräntan values are NOT in the reference (rates.ts
 * says so): these tests pin the module's table, they do not verify it.
 */
import { describe, expect, it } from 'vitest';
import { CORPORATE_TAX_RATE, PERIODISERINGSFOND_MAX, PERIODISERINGSFOND_YEARS, PRISBASBELOPP, SCHABLON_FACTOR, halfPrisbasbelopp, statslanerantaFor } from '../../../shared/domain/closing/rates.js';

describe('rates', () => {
  it('bolagsskatt 20,6 %; periodiseringsfond AB 25 %, EF 30 %, six years; schablon factor 72 %', () => {
    expect(CORPORATE_TAX_RATE).toBe('20.6');
    expect(PERIODISERINGSFOND_MAX).toEqual({ AB: '25', EF: '30' });
    expect(PERIODISERINGSFOND_YEARS).toBe(6);
    expect(SCHABLON_FACTOR).toBe('0.72');
  });
  it('half a prisbasbelopp in öre: 2025 29 400 kr, 2024 28 650 kr, 2023 26 250 kr; unknown year → null (not in the reference)', () => {
    expect(halfPrisbasbelopp(2025)).toBe(2940000);
    expect(halfPrisbasbelopp(2024)).toBe(2865000);
    expect(halfPrisbasbelopp(2023)).toBe(2625000);
    expect(halfPrisbasbelopp(2019)).toBeNull();
    expect(PRISBASBELOPP[2026]).toBe(59200);
  });
  it('statslåneräntan for a tax year is the one of 30 November the year before (not in the reference)', () => {
    expect(statslanerantaFor(2025)).toBe('1.96');
    expect(statslanerantaFor(2024)).toBe('2.62');
    expect(statslanerantaFor(2023)).toBe('1.94');
    expect(statslanerantaFor(2026)).toBeNull();
  });
});
