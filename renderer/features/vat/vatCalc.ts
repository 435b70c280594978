import { splitGross, vatOnBase } from '../../../shared/domain/vat/split.js';
import { ore, type Ore } from '../../../shared/domain/money/ore.js';

export const VAT_RATES = ['25', '12', '6'] as const;
export type VatRate = (typeof VAT_RATES)[number];
export type Direction = 'incl' | 'excl';

export interface VatFigures { rate: VatRate; net: number; vat: number; gross: number }

/**
 * The net, VAT and gross of an amount that includes VAT ('incl') or excludes it ('excl'), with
 * the domain's rounding (case C15): from gross, VAT = gross − round(gross/(1+r)); from net,
 * VAT = round(net·r). Both half away from zero, so net + VAT is always exactly the gross.
 */
export function vatFigures(amount: Ore, direction: Direction, rate: VatRate): VatFigures {
  if (direction === 'incl') {
    const s = splitGross(amount, rate);
    return { rate, net: s.net, vat: s.vat, gross: amount };
  }
  const vat = vatOnBase(amount, rate);
  return { rate, net: amount, vat, gross: ore(amount + vat) };
}
