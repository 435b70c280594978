import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ore } from '../../../shared/domain/money/ore.js';
import { deductibleRepresentationVat } from '../../../shared/domain/vat/representation.js';
import { splitGross, splitMixedGross, vatOnBase } from '../../../shared/domain/vat/split.js';

describe('splitGross (C15: VAT = gross − round(gross / (1 + r)))', () => {
  it('1 000,00 incl. 12 % → VAT 107,14', () => {
    expect(splitGross(ore(100000), '12')).toEqual({ net: 89286, vat: 10714 });
  });
  it('100,00 incl. 25 % → VAT 20,00', () => {
    expect(splitGross(ore(10000), '25')).toEqual({ net: 8000, vat: 2000 });
  });
  it('99,90 incl. 6 % → VAT 5,65', () => {
    expect(splitGross(ore(9990), '6')).toEqual({ net: 9425, vat: 565 });
  });
  it('0 % and zero amounts give no VAT', () => {
    expect(splitGross(ore(12345), '0')).toEqual({ net: 12345, vat: 0 });
    expect(splitGross(ore(0), '25')).toEqual({ net: 0, vat: 0 });
  });
  it('credit notes split symmetrically', () => {
    expect(splitGross(ore(-100000), '12')).toEqual({ net: -89286, vat: -10714 });
    expect(splitGross(ore(-9990), '6')).toEqual({ net: -9425, vat: -565 });
  });
  it('net + VAT is the gross and −x splits as −split(x), for any amount and rate', () => {
    fc.assert(fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.constantFrom('25', '12', '6', '0'), (g, r) => {
      const s = splitGross(ore(g), r);
      const n = splitGross(ore(-g), r);
      return s.net + s.vat === g && n.vat === -s.vat && n.net === -s.net;
    }));
  });
  it('half an öre rounds away from zero: 0,05 incl. 25 % is net 0,04, VAT 0,01', () => {
    expect(splitGross(ore(5), '25')).toEqual({ net: 4, vat: 1 });
    expect(splitGross(ore(-5), '25')).toEqual({ net: -4, vat: -1 });
  });
});

describe('vatOnBase (sales priced net, reverse charge, import)', () => {
  it('250,00 at 25 % → 62,50, not 20 % of it (C13)', () => {
    expect(vatOnBase(ore(25000), '25')).toBe(6250);
  });
  it('rounds half away from zero', () => {
    expect(vatOnBase(ore(21347), '25')).toBe(5337); // 53,3675
    expect(vatOnBase(ore(-21347), '25')).toBe(-5337);
    expect(vatOnBase(ore(1), '6')).toBe(0);
  });
});

describe('splitMixedGross', () => {
  it('sums each rate before splitting: 33,33 + 33,33 + 33,34 at 25 % → VAT 20,00 (C15)', () => {
    const parts = [ore(3333), ore(3333), ore(3334)].map((gross) => ({ rate: '25', gross }));
    expect(splitMixedGross(parts)).toEqual([{ rate: '25', gross: 10000, net: 8000, vat: 2000 }]);
  });
  it('splits a receipt with food at 6 % and other goods at 25 %, adding up to the öre', () => {
    const out = splitMixedGross([{ rate: '6', gross: ore(23450) }, { rate: '25', gross: ore(4990) }, { rate: '6.00', gross: ore(1000) }]);
    expect(out).toEqual([
      { rate: '6', gross: 24450, net: 23066, vat: 1384 },
      { rate: '25', gross: 4990, net: 3992, vat: 998 },
    ]);
    expect(out.reduce((s, p) => s + p.net + p.vat, 0)).toBe(29440);
  });
});

describe('deductibleRepresentationVat', () => {
  it('caps input VAT at rate · 300 kr per participant', () => {
    // 2 400,00 incl. 12 % for 4: VAT 257,14, cap 4 · 300 · 12 % = 144,00.
    expect(deductibleRepresentationVat(splitGross(ore(240000), '12').vat, '12', 4)).toBe(14400);
    // 500,00 incl. 12 % for 2: VAT 53,57 is under the cap of 72,00.
    expect(deductibleRepresentationVat(ore(5357), '12', 2)).toBe(5357);
    expect(deductibleRepresentationVat(ore(-30000), '25', 1)).toBe(-7500);
    expect(() => deductibleRepresentationVat(ore(100), '25', 0)).toThrow();
  });
});
