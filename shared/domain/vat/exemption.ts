/**
 * Momsbefrielse (ML 18 kap., from 2025-01-01): a business whose taxable turnover in Sweden is at
 * most 120 000 kr in the calendar year may be exempt from VAT. An exempt company gets a warning
 * at 90 000 kr and when the limit is reached (formats-and-vat.md §3.3).
 */
import { formatSv } from '../money/format.js';
import { type Ore, ore } from '../money/ore.js';
import { type VatLine, lineContribution } from './boxes.js';
import type { LedgerBoxId } from './boxIds.js';
import type { VatCheck } from './checks.js';

/** The limit, 120 000 kr per calendar year. */
export const EXEMPTION_LIMIT: Ore = ore(12_000_000);
/** Where the first warning starts, 90 000 kr. */
export const EXEMPTION_WARNING: Ore = ore(9_000_000);

/**
 * Boxes whose bases count as turnover for the limit: taxable supplies in Sweden (05–08) and
 * domestic sales where the buyer pays the VAT (41). Exempt sales (42), exports and EU sales
 * (35–40) are left out. Keep the sales codes on an exempt company's sales accounts: the code says
 * what the sale would be taxed as, and that is what is measured.
 */
export const TURNOVER_BOXES: readonly LedgerBoxId[] = ['05', '06', '07', '08', '41'];

/**
 * Turnover for the limit from the calendar year's lines so far.
 * @example exemptionTurnover([{ account: '3001', vatCode: 'sales-25', amount: ore(-9_500_000) }]) // 9500000
 */
export function exemptionTurnover(lines: readonly VatLine[]): Ore {
  let sum = 0;
  for (const l of lines) {
    const c = lineContribution(l);
    if (c && TURNOVER_BOXES.includes(c.box)) sum += c.amount;
  }
  return ore(sum);
}

/**
 * Warnings for an exempt company: at 90 000 kr, and at or over 120 000 kr.
 * @example exemptionChecks(ore(9_500_000), 2026)[0].code // 'exemption-limit-near'
 */
export function exemptionChecks(turnover: Ore, year: number): VatCheck[] {
  const boxes = [...TURNOVER_BOXES];
  if (turnover > EXEMPTION_LIMIT) {
    return [{ code: 'exemption-limit-reached', severity: 'warning', boxes,
      message: `Omsättningen ${year} är ${formatSv(turnover)} kr och överstiger gränsen 120 000 kr för momsbefrielse. Företaget ska registrera sig för moms och ta ut moms från och med den försäljning som passerade gränsen. Kontakta Skatteverket.` }];
  }
  if (turnover === EXEMPTION_LIMIT) {
    return [{ code: 'exemption-limit-reached', severity: 'warning', boxes,
      message: `Omsättningen ${year} har nått gränsen 120 000 kr för momsbefrielse. Nästa försäljning gör företaget momspliktigt: registrera företaget för moms innan dess.` }];
  }
  if (turnover >= EXEMPTION_WARNING) {
    return [{ code: 'exemption-limit-near', severity: 'warning', boxes,
      message: `Omsättningen ${year} är ${formatSv(turnover)} kr. Gränsen för momsbefrielse är 120 000 kr per kalenderår; över den ska företaget registreras för moms.` }];
  }
  return [];
}

/**
 * A warning when the return is made before its period has ended (later lines may still come).
 * @example periodNotEndedCheck('2026-03-31', '2026-03-15')?.code // 'period-not-ended'
 */
export function periodNotEndedCheck(periodEnd: string, today: string): VatCheck | null {
  if (today > periodEnd) return null;
  return { code: 'period-not-ended', severity: 'warning', boxes: [],
    message: `Perioden slutar ${periodEnd} och är inte över än. Deklarera och bokför momsen först när alla verifikationer för perioden är bokförda.` };
}
