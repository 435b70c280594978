/**
 * AB avsättning and bolagsskatt in whole kronor. Reference: 20,6 % (yearend-law-bas.md §4.2 step
 * 6), avsättning max 25 % (§4.2 step 5). The rounding of the tax base down to whole hundreds
 * (IL 1 kap. 6 §) and the tax itself down to whole kronor are the module's rules; the reference is
 * silent on both. By hand: 100 000 × 20,6 % = 20 600.
 */
import { describe, expect, it } from 'vitest';
import { ZERO_ADJUSTMENTS } from '../../../shared/domain/sru/ink2s.js';
import { type CorporateTaxInput, corporateTax } from '../../../shared/domain/closing/corporateTax.js';

const input = (x: Partial<CorporateTaxInput>): CorporateTaxInput => ({ result: 100000, bookedTax: 0, bookedAllocation: 0, adjustments: ZERO_ADJUSTMENTS, allocation: 0, rate: '20.6', ...x });
const core = (x: Partial<CorporateTaxInput>) => {
  const t = corporateTax(input(x));
  return [t.base, t.maxAllocation, t.allocation, t.taxable, t.taxBase, t.tax, t.taxToBook];
};

describe('corporateTax', () => {
  it('documented: 100 000 kr, no avsättning → tax 20 600', () => {
    expect(core({})).toEqual([100000, 25000, 0, 100000, 100000, 20600, 20600]);
  });
  it('the base is rounded down to whole hundreds: 100 099 → 100 000 → 20 600', () => {
    expect(core({ result: 100099 })).toEqual([100099, 25024, 0, 100099, 100000, 20600, 20600]);
  });
  it('100 199 → 100 100 × 20,6 % = 20 620,60 → 20 620 (whole kronor down)', () => {
    expect(corporateTax(input({ result: 100199 })).tax).toBe(20620);
  });
  it('a base below 100 kr pays no tax', () => {
    expect(core({ result: 99 })).toEqual([99, 24, 0, 99, 0, 0, 0]);
  });
  it('max avsättning 25 %: 100 000 → 25 000, taxable 75 000, tax 15 450', () => {
    expect(core({ allocation: 'max' })).toEqual([100000, 25000, 25000, 75000, 75000, 15450, 15450]);
  });
  it('max with odd kronor: 123 457 → 30 864,25 → 30 864; taxable 92 593 → base 92 500 → tax 19 055', () => {
    expect(core({ result: 123457, allocation: 'max' })).toEqual([123457, 30864, 30864, 92593, 92500, 19055, 19055]);
  });
  it('a wish above 25 % is capped with a warning; below it is taken as is', () => {
    const t = corporateTax(input({ allocation: 30000 }));
    expect([t.allocation, t.allocationToBook, t.tax]).toEqual([25000, 25000, 15450]);
    expect(t.warnings).toEqual(['Avsättningen till periodiseringsfond begränsas till 25 % av överskottet: 25000 kr.']);
    expect(core({ allocation: 10000 })).toEqual([100000, 25000, 10000, 90000, 90000, 18540, 18540]);
  });
  it('tax and avsättning already booked are added back: books show 85 000 after 10 000 tax and 5 000 avsättning', () => {
    const t = corporateTax(input({ result: 85000, bookedTax: 10000, bookedAllocation: 5000, allocation: 'max' }));
    expect([t.base, t.allocation, t.allocationToBook, t.taxable, t.tax, t.taxToBook]).toEqual([100000, 25000, 20000, 75000, 15450, 5450]);
    expect(t.warnings).toEqual([]);
  });
  it('booked avsättning larger than wanted: kept, with a warning; booked tax larger than computed: warning, nothing more to book', () => {
    const t = corporateTax(input({ result: 60000, bookedTax: 20000, bookedAllocation: 20000, allocation: 0 }));
    // base 100 000; allocation stays 20 000; taxable 80 000 → 16 480 < 20 000 booked.
    expect([t.allocation, t.allocationToBook, t.tax, t.taxToBook]).toEqual([20000, 0, 16480, 0]);
    expect(t.warnings).toHaveLength(2);
  });
  it('INK2S adjustments: non-deductible 1 000 and schablonintäkt 1 411 raise the base to 102 411; tax 102 400 × 20,6 % = 21 094,40 → 21 094', () => {
    expect(core({ adjustments: { ...ZERO_ADJUSTMENTS, nonDeductible: 1000, schablonintakt: 1411 } })).toEqual([102411, 25602, 0, 102411, 102400, 21094, 21094]);
  });
  it('a previous deficit larger than the result: negative base, no avsättning, no tax', () => {
    expect(core({ allocation: 'max', adjustments: { ...ZERO_ADJUSTMENTS, previousDeficit: 150000 } })).toEqual([-50000, 0, 0, -50000, 0, 0, 0]);
  });
  it('a loss: no tax', () => {
    expect(core({ result: -20000, allocation: 'max' })).toEqual([-20000, 0, 0, -20000, 0, 0, 0]);
  });
});
