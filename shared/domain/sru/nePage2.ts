/**
 * NE page 2 (skattemässiga justeringar R12–R48) in whole kronor, from R11 and the year-end
 * answers. Periodiseringsfond, expansionsfond, räntefördelning and egenavgifter are never booked
 * for an EF under K1: they live only here (yearend-law-bas.md §4.1, §6).
 */
import { percentOf, addPercent } from '../money/decimal.js';
import { ore } from '../money/ore.js';

/** Answers of page 2, whole kronor, all ≥ 0 (each row's printed sign decides its direction). */
export interface NeAdjustments {
  nonDeductible: number; // R13
  nonTaxable: number; // R14
  incomeNotBooked: number; // R15
  costsNotBooked: number; // R16
  jointDeficitOrShare: number; // R18
  jointSurplusOrShare: number; // R19
  spouseShareIn: number; // R20 (+)
  spouseShareOut: number; // R20 (−)
  otherCosts: number; // R22
  otherIncome: number; // R23
  previousDeficit: number; // R24
  forestDeduction: number; // R25
  recapture: number; // R26
  forestAccountWithdrawal: number; // R27
  forestAccountDeposit: number; // R28
  /** Kapitalunderlag för räntefördelning (may be negative), and whether to take positive räntefördelning. */
  capitalBase: number;
  positiveInterestAllocation: boolean;
  /** Statslåneräntan at 30 November of the year before, percent (e.g. '1.96'). */
  statslaneranta: string;
  periodiseringsfondReversal: number; // R32
  /** 'max' = 30 % of R33, or an amount (capped at the maximum). */
  periodiseringsfondAllocation: 'max' | number; // R34
  expansionIncrease: 'max' | number; // R36 (capped at R35)
  expansionDecrease: number; // R37
  pension: number; // R38
  previousEgenavgiftDeduction: number; // R40
  egenavgifterCharged: number; // R41
  /** R43: the schablonavdrag of 25 % of R42 when R42 is a surplus. */
  egenavgiftSchablon: boolean;
  sickPay: number; // R44
  generalDeduction: number; // R45
  deficitToCapital: number; // R46
}

export const NE_ADJUSTMENT_DEFAULTS: NeAdjustments = {
  nonDeductible: 0, nonTaxable: 0, incomeNotBooked: 0, costsNotBooked: 0, jointDeficitOrShare: 0, jointSurplusOrShare: 0,
  spouseShareIn: 0, spouseShareOut: 0, otherCosts: 0, otherIncome: 0, previousDeficit: 0, forestDeduction: 0, recapture: 0,
  forestAccountWithdrawal: 0, forestAccountDeposit: 0, capitalBase: 0, positiveInterestAllocation: true, statslaneranta: '1.96',
  periodiseringsfondReversal: 0, periodiseringsfondAllocation: 0, expansionIncrease: 0, expansionDecrease: 0, pension: 0,
  previousEgenavgiftDeduction: 0, egenavgifterCharged: 0, egenavgiftSchablon: true, sickPay: 0, generalDeduction: 0, deficitToCapital: 0,
};

/** Whole kronor of p % of x, rounded down (decimal math, no floats). */
function pctDown(x: number, p: string): number {
  return x <= 0 ? 0 : Math.trunc(percentOf(ore(x * 100), p, 'down') / 100);
}

/**
 * Page 2 rows, including the uncoded sum rows (R17, R21, R29, R33, R35, R42) for the printout.
 * @example nePage2(400000, { ...NE_ADJUSTMENT_DEFAULTS }).R47 // 300000 (R43 = 100000)
 */
export function nePage2(r11: number, a: NeAdjustments): Record<string, number> {
  const r: Record<string, number> = { R12: r11, R13: a.nonDeductible, R14: a.nonTaxable, R15: a.incomeNotBooked, R16: a.costsNotBooked };
  r.R17 = r.R12! + r.R13! - r.R14! + r.R15! - r.R16!;
  Object.assign(r, { R18: a.jointDeficitOrShare, R19: a.jointSurplusOrShare, 'R20+': a.spouseShareIn, R20: a.spouseShareOut });
  r.R21 = r.R17 - r.R18! + r.R19! + r['R20+']! - r.R20!;
  Object.assign(r, { R22: a.otherCosts, R23: a.otherIncome, R24: a.previousDeficit, R25: a.forestDeduction, R26: a.recapture, R27: a.forestAccountWithdrawal, R28: a.forestAccountDeposit });
  r.R29 = r.R21 - r.R22! + r.R23! - r.R24! - r.R25! + r.R26! + r.R27! - r.R28!;
  // Räntefördelning: positive when the kapitalunderlag exceeds 50 000 kr (at most the R29 surplus),
  // negative (mandatory) below −500 000 kr; rates statslåneräntan + 6 resp. + 1 percentage points.
  r.R30 = a.positiveInterestAllocation && a.capitalBase > 50_000 ? Math.min(pctDown(a.capitalBase, addPercent(a.statslaneranta, '6')), Math.max(0, r.R29)) : 0;
  r.R31 = a.capitalBase < -500_000 ? pctDown(-a.capitalBase, addPercent(a.statslaneranta, '1')) : 0;
  r.R32 = a.periodiseringsfondReversal;
  r.R33 = r.R29 - r.R30 + r.R31 + r.R32;
  const maxFund = pctDown(r.R33, '30');
  r.R34 = a.periodiseringsfondAllocation === 'max' ? maxFund : Math.min(a.periodiseringsfondAllocation, maxFund);
  r.R35 = r.R33 - r.R34;
  r.R36 = a.expansionIncrease === 'max' ? Math.max(0, r.R35) : Math.min(a.expansionIncrease, Math.max(0, r.R35));
  r.R37 = a.expansionDecrease;
  r.R38 = a.pension;
  r.R39 = pctDown(a.pension, '24.26');
  r.R40 = a.previousEgenavgiftDeduction;
  r.R41 = a.egenavgifterCharged;
  r.R42 = r.R35 - r.R36 + r.R37 - r.R38 - r.R39 + r.R40 - r.R41;
  r.R43 = a.egenavgiftSchablon ? pctDown(r.R42, '25') : 0;
  r.R44 = a.sickPay;
  r.R45 = a.generalDeduction;
  r.R46 = a.deficitToCapital;
  const final = r.R42 - r.R43 + r.R44 + r.R45 + r.R46;
  r.R47 = Math.max(0, final);
  r.R48 = Math.max(0, -final);
  return r;
}
