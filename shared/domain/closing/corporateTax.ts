/**
 * AB: avsättning till periodiseringsfond and bolagsskatt, in whole kronor, computed with the same
 * functions that fill INK2S so the booked tax and the declared surplus always agree.
 * Rules: the avsättning is at most 25 % of the surplus before it; tax is the rate on the surplus
 * rounded down to whole hundreds of kronor (IL 1 kap. 6 §), itself rounded down to whole kronor.
 */
import { percentOf } from '../money/decimal.js';
import { ore } from '../money/ore.js';
import { type Ink2sAdjustments, taxableSurplus } from '../sru/ink2s.js';
import { PERIODISERINGSFOND_MAX } from './rates.js';

export interface CorporateTaxInput {
  /** Årets resultat as the books stand before this year-end's avsättning and tax (INK2R). */
  result: number;
  /** Tax already on 8900–8989 (3.25) and avsättning already on 8811 etc. (3.22). */
  bookedTax: number;
  bookedAllocation: number;
  adjustments: Ink2sAdjustments;
  /** 'max' or the wanted total avsättning (capped at the maximum). */
  allocation: 'max' | number;
  rate: string;
}

export interface CorporateTax {
  /** Surplus before any avsättning: the base of the 25 % limit. */
  base: number;
  maxAllocation: number;
  allocation: number;
  allocationToBook: number;
  taxable: number;
  /** The taxable surplus rounded down to whole hundreds. */
  taxBase: number;
  tax: number;
  taxToBook: number;
  warnings: string[];
}

function pctDown(kr: number, p: string): number {
  return kr <= 0 ? 0 : Math.trunc(percentOf(ore(kr * 100), p, 'down') / 100);
}

/**
 * @example corporateTax({ result: 100000, bookedTax: 0, bookedAllocation: 0, adjustments: ZERO_ADJUSTMENTS, allocation: 0, rate: '20.6' }).tax // 20600
 */
export function corporateTax(i: CorporateTaxInput): CorporateTax {
  const warnings: string[] = [];
  const preTax = i.result + i.bookedTax + i.bookedAllocation;
  const base = taxableSurplus(preTax, 0, i.adjustments);
  const maxAllocation = pctDown(base, PERIODISERINGSFOND_MAX.AB);
  let allocation = i.allocation === 'max' ? maxAllocation : Math.min(i.allocation, maxAllocation);
  if (i.allocation !== 'max' && i.allocation > maxAllocation) warnings.push(`Avsättningen till periodiseringsfond begränsas till 25 % av överskottet: ${maxAllocation} kr.`);
  if (i.bookedAllocation > allocation) {
    warnings.push(`Redan bokförd avsättning (${i.bookedAllocation} kr) är större än den som ska göras (${allocation} kr); ingen ytterligare avsättning bokförs.`);
    allocation = i.bookedAllocation;
  }
  const taxable = base - allocation;
  const taxBase = taxable > 0 ? Math.floor(taxable / 100) * 100 : 0;
  const tax = pctDown(taxBase, i.rate);
  if (i.bookedTax > tax) warnings.push(`Bokförd skatt (${i.bookedTax} kr) är större än beräknad skatt (${tax} kr); rätta skattebokningen.`);
  return { base, maxAllocation, allocation, allocationToBook: allocation - i.bookedAllocation, taxable, taxBase, tax, taxToBook: Math.max(0, tax - i.bookedTax), warnings };
}
