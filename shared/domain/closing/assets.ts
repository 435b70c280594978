/**
 * The asset register at year end: depreciation according to plan (straight line per month from
 * the month of acquisition over the useful life), and the direct write-off of purchases below half
 * a prisbasbelopp of the acquisition year (inventarier av mindre värde).
 */
import { type Result, ok, failAll } from '../result.js';
import { type IsoDate, monthsSpanned } from '../dates/isoDate.js';
import { type Ore, ore } from '../money/ore.js';
import { mulDiv } from '../money/decimal.js';
import type { AssetAnswer } from './answers.js';
import type { PlannedVoucher } from './planned.js';

export type AssetErrorCode = 'closing-prisbasbelopp-missing' | 'closing-asset-account';

export interface AssetYear {
  id: string;
  name: string;
  acquired: IsoDate;
  cost: Ore;
  lifeYears: number;
  method: 'plan' | 'direct';
  assetAccount: string;
  accumulatedAccount: string;
  depreciationAccount: string;
  accumulatedBefore: Ore;
  /** This year's depreciation (plan) or write-off (direct). */
  amount: Ore;
  accumulatedAfter: Ore;
  bookValueAfter: Ore;
}

/** The consumables account a direct write-off is booked to. */
export const DIRECT_WRITE_OFF_ACCOUNT = '5410';

/** @example defaultAccumulatedAccount('1220') // '1229' */
export function defaultAccumulatedAccount(assetAccount: string): string {
  return `${assetAccount.slice(0, 3)}9`;
}

/** @example defaultDepreciationAccount('1250') // '7835' */
export function defaultDepreciationAccount(assetAccount: string): string {
  const g = assetAccount.slice(0, 3);
  const byGroup: Record<string, string> = { '121': '7831', '122': '7832', '123': '7833', '124': '7834', '125': '7835', '126': '7836', '129': '7839' };
  if (byGroup[g]) return byGroup[g]!;
  if (assetAccount.startsWith('11')) return '7820';
  if (assetAccount.startsWith('10')) return '7810';
  return '7830';
}

/** Months from the acquisition month through the month of `to` (0 when `to` is earlier). */
function monthsUsed(acquired: IsoDate, to: IsoDate): number {
  return to < acquired.slice(0, 7) + '-01' ? 0 : monthsSpanned(`${acquired.slice(0, 7)}-01` as IsoDate, to);
}

/**
 * One asset's figures for the fiscal year [start, end].
 * @example assetYear({ id: 'd', name: 'Dator', acquired: '2025-01-15', cost: ore(3600000), lifeYears: 3, method: 'plan', assetAccount: '1250' }, { start: '2025-01-01', end: '2025-12-31' }, () => 2940000).value.amount // 1200000
 */
export function assetYear(a: AssetAnswer, fy: { start: IsoDate; end: IsoDate }, halfPbb: (year: number) => number | null, index = 0): Result<AssetYear, AssetErrorCode> {
  if (!/^1[0-2]\d\d$/.test(a.assetAccount)) return failAll([{ code: 'closing-asset-account', message: `Inventarie "${a.name}": ${a.assetAccount} är inget konto för anläggningstillgångar (1000–1299).`, path: `assets.${index}.assetAccount` }]);
  let method: 'plan' | 'direct';
  if (a.method === 'auto') {
    const limit = halfPbb(Number(a.acquired.slice(0, 4)));
    if (limit === null) return failAll([{ code: 'closing-prisbasbelopp-missing', message: `Prisbasbeloppet för ${a.acquired.slice(0, 4)} saknas i Kontera. Ange "method": "plan" eller "direct" för "${a.name}".`, path: `assets.${index}.method` }]);
    method = a.cost < limit ? 'direct' : 'plan';
  } else method = a.method;
  const base = {
    id: a.id, name: a.name, acquired: a.acquired, cost: a.cost, lifeYears: a.lifeYears, method, assetAccount: a.assetAccount,
    accumulatedAccount: a.accumulatedAccount ?? defaultAccumulatedAccount(a.assetAccount),
    depreciationAccount: a.depreciationAccount ?? defaultDepreciationAccount(a.assetAccount),
  };
  if (method === 'direct') {
    const before = a.acquired < fy.start ? a.cost : ore(0);
    const amount = a.acquired >= fy.start && a.acquired <= fy.end ? a.cost : ore(0);
    const after = ore(before + amount);
    return ok({ ...base, accumulatedBefore: before, amount, accumulatedAfter: after, bookValueAfter: ore(a.cost - after) });
  }
  const life = a.lifeYears * 12;
  const before = mulDiv(a.cost, Math.min(life, a.acquired < fy.start ? monthsUsed(a.acquired, fy.start) - 1 : 0), life);
  const after = mulDiv(a.cost, Math.min(life, monthsUsed(a.acquired, fy.end)), life);
  return ok({ ...base, accumulatedBefore: before, amount: ore(after - before), accumulatedAfter: after, bookValueAfter: ore(a.cost - after) });
}

export interface AssetVouchers { plan: PlannedVoucher | null; direct: PlannedVoucher | null }

/**
 * The depreciation voucher (78xx / xx9) and the direct write-off voucher (5410 / asset account).
 * @example assetVouchers(years, '2025-12-31').plan?.text // 'Avskrivningar enligt plan'
 */
export function assetVouchers(years: readonly AssetYear[], date: IsoDate): AssetVouchers {
  const plan = years.filter((y) => y.method === 'plan' && y.amount !== 0);
  const direct = years.filter((y) => y.method === 'direct' && y.amount !== 0);
  return {
    plan: plan.length ? { kind: 'depreciation', date, text: 'Avskrivningar enligt plan', lines: plan.flatMap((y) => [
      { account: y.depreciationAccount, amount: y.amount, text: y.name }, { account: y.accumulatedAccount, amount: ore(-y.amount), text: y.name }]) } : null,
    direct: direct.length ? { kind: 'direct-write-off', date, text: 'Direktavskrivning av inventarier av mindre värde', lines: direct.flatMap((y) => [
      { account: DIRECT_WRITE_OFF_ACCOUNT, amount: y.amount, text: y.name }, { account: y.assetAccount, amount: ore(-y.amount), text: y.name }]) } : null,
  };
}

