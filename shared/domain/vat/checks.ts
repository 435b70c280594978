/**
 * Plausibility checks of a VAT return, each with a stable code, a severity and a Swedish message
 * that says what to do. 'error' blocks filing and booking; 'warning' asks the user to look.
 */
import { formatSv } from '../money/format.js';
import { type Ore, ore } from '../money/ore.js';
import { type BoxId, RC_BASE_BOXES, RC_VAT_BOXES } from './boxIds.js';
import { type VatLine, type VatReturnFigures, lineContribution, vatReturnFigures } from './boxes.js';
import { vatCodeInfo } from './codes.js';
import { accountUseChecks } from './codeChecks.js';
import { vatOnBase } from './split.js';

export type VatCheckCode =
  | 'vat-ratio'
  | 'vat-without-base'
  | 'reverse-charge-without-base'
  | 'rc-input-mismatch'
  | 'vat-code-wrong-side'
  | 'vat-code-account-class'
  | 'box-07-negative'
  | 'period-not-ended'
  | 'exemption-limit-near'
  | 'exemption-limit-reached';

export interface VatCheck {
  code: VatCheckCode;
  severity: 'error' | 'warning';
  message: string;
  boxes: BoxId[];
  /** Set when the check is about one account. */
  account?: string;
}

type Group = 'domestic' | 'rc' | 'import';
// Arrays, not objects: integer-like keys would reorder to 6, 12, 25.
const VAT_BOX: Record<Group, readonly (readonly [string, BoxId])[]> = {
  domestic: [['25', '10'], ['12', '11'], ['6', '12']],
  rc: [['25', '30'], ['12', '31'], ['6', '32']],
  import: [['25', '60'], ['12', '61'], ['6', '62']],
};
const GROUP_TEXT: Record<Group, string> = {
  domestic: 'försäljning och uttag (ruta 05–08)',
  rc: 'inköp med omvänd betalningsskyldighet (ruta 20–24)',
  import: 'import (ruta 50)',
};

function groupOf(box: BoxId): Group | null {
  if (box === '05' || box === '06' || box === '07' || box === '08') return 'domestic';
  if ((RC_BASE_BOXES as readonly string[]).includes(box)) return 'rc';
  if (box === '50') return 'import';
  return null;
}

interface BaseAtRate { base: number; boxes: Set<BoxId> }

/** Bases per group and rate, from the lines' codes (box 05 mixes rates, so boxes alone won't do). */
function basesByRate(lines: readonly VatLine[]): Map<string, BaseAtRate> {
  const out = new Map<string, BaseAtRate>();
  for (const line of lines) {
    const c = lineContribution(line);
    if (!c || line.vatCode === null) continue;
    const info = vatCodeInfo(line.vatCode);
    const g = groupOf(c.box);
    if (info.role !== 'base' || !g || !info.rate) continue;
    const key = `${g}:${info.rate}`;
    const e = out.get(key) ?? { base: 0, boxes: new Set<BoxId>() };
    e.base += c.amount;
    e.boxes.add(c.box);
    out.set(key, e);
  }
  return out;
}

/** Outside tolerance: the gap exceeds both 1 kr and 0,5 % of the computed VAT (integer math). */
function outsideTolerance(booked: Ore, expected: Ore): boolean {
  const gap = Math.abs(booked - expected);
  return gap > 100 && gap * 200 > Math.abs(expected);
}

function ratioChecks(lines: readonly VatLine[], f: VatReturnFigures): VatCheck[] {
  const out: VatCheck[] = [];
  const bases = basesByRate(lines);
  const rcWithoutAnyBase = RC_BASE_BOXES.every((b) => f.rounded[b] === 0);
  for (const g of ['domestic', 'rc', 'import'] as const) {
    for (const [rate, vatBox] of VAT_BOX[g]) {
      const vat = f.exact[vatBox];
      const entry = bases.get(`${g}:${rate}`);
      const base = ore(entry?.base ?? 0);
      if (base === 0) {
        if (vat !== 0 && !(g === 'rc' && rcWithoutAnyBase)) {
          out.push({ code: 'vat-without-base', severity: 'warning', boxes: [vatBox],
            message: `Ruta ${vatBox} har ${formatSv(vat)} kr i moms ${rate} % men det finns inget underlag för ${GROUP_TEXT[g]} med ${rate} %. Kontrollera momskoderna på intäkts- eller inköpskontona.` });
        }
        continue;
      }
      const expected = vatOnBase(base, rate);
      if (outsideTolerance(vat, expected)) {
        out.push({ code: 'vat-ratio', severity: 'warning', boxes: [...(entry?.boxes ?? []), vatBox].sort(),
          message: `Momsen i ruta ${vatBox} (${formatSv(vat)} kr) stämmer inte med ${rate} % av underlaget ${formatSv(base)} kr (väntat ${formatSv(expected)} kr). Kontrollera momsbelopp och momskoder.` });
      }
    }
  }
  return out;
}

function reverseChargeBaseCheck(f: VatReturnFigures): VatCheck[] {
  const hasVat = RC_VAT_BOXES.some((b) => f.rounded[b] !== 0);
  const hasBase = RC_BASE_BOXES.some((b) => f.rounded[b] !== 0);
  if (!hasVat || hasBase) return [];
  return [{ code: 'reverse-charge-without-base', severity: 'error', boxes: [...RC_BASE_BOXES, ...RC_VAT_BOXES],
    message: 'Utgående moms på omvänd betalningsskyldighet (ruta 30–32) saknar underlag i ruta 20–24, och Skatteverket avvisar då deklarationen. Bokför inköpets belopp på ett konto med momskod för ruta 20–24 (t.ex. 4535 för tjänster från annat EU-land).' }];
}

function rcInputCheck(lines: readonly VatLine[], f: VatReturnFigures): VatCheck[] {
  let rcInput = 0;
  for (const l of lines) if (l.vatCode === 'input-rc') rcInput += l.amount;
  if (rcInput === 0) return [];
  const computed = f.exact['30'] + f.exact['31'] + f.exact['32'] + f.exact['60'] + f.exact['61'] + f.exact['62'];
  if (Math.abs(rcInput - computed) <= 100) return [];
  return [{ code: 'rc-input-mismatch', severity: 'warning', boxes: ['30', '31', '32', '60', '61', '62', '48'],
    message: `Beräknad ingående moms (${formatSv(ore(rcInput))} kr) skiljer sig från utgående moms på omvänd betalningsskyldighet och import (${formatSv(ore(computed))} kr). Kontrollera att båda sidorna är bokförda med samma belopp.` }];
}

function box07Check(f: VatReturnFigures): VatCheck[] {
  if (f.exact['07'] >= 0) return [];
  return [{ code: 'box-07-negative', severity: 'warning', boxes: ['07'],
    message: `Underlaget för vinstmarginalbeskattning är negativt (${formatSv(f.exact['07'])} kr). Ruta 07 redovisas då som 0. Kontrollera försäljningen med vinstmarginalbeskattning.` }];
}

/**
 * Every check of a period's return; errors and warnings in a stable order.
 * @example checkVatReturn([{ account: '2614', vatCode: 'rc-output-25', amount: ore(-6250) },
 *   { account: '2645', vatCode: 'input-rc', amount: ore(6250) }])[0].code // 'reverse-charge-without-base'
 */
export function checkVatReturn(lines: readonly VatLine[], figures: VatReturnFigures = vatReturnFigures(lines)): VatCheck[] {
  return [
    ...reverseChargeBaseCheck(figures),
    ...ratioChecks(lines, figures),
    ...rcInputCheck(lines, figures),
    ...box07Check(figures),
    ...accountUseChecks(lines),
  ];
}

/** True when no check blocks filing. */
export function canFile(checks: readonly VatCheck[]): boolean {
  return checks.every((c) => c.severity !== 'error');
}
