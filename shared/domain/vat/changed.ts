/**
 * "Ändrat efter rapportering": a reported period whose ledger no longer gives the figures that
 * were filed (lines posted after a logged reopening). Corrections are meant to go into an open
 * period instead (case C7); this makes the other path visible.
 */
import { type Ore, ore } from '../money/ore.js';
import { BOX_IDS, type BoxId } from './boxIds.js';
import type { BoxAmounts } from './boxes.js';

/**
 * The boxes whose live figure differs from the filed one, with live − filed.
 * @example boxDelta(filed, live) // { '05': 100000, '10': 25000, '49': 25000 }
 */
export function boxDelta(filed: BoxAmounts, live: BoxAmounts): Partial<Record<BoxId, Ore>> {
  const out: Partial<Record<BoxId, Ore>> = {};
  for (const b of BOX_IDS) {
    const d = live[b] - filed[b];
    if (d !== 0) out[b] = ore(d);
  }
  return out;
}

/** Swedish summary of a delta for the report header. */
export function deltaMessage(delta: Partial<Record<BoxId, Ore>>): string {
  // BOX_IDS order: an object puts '10' before '05'.
  const boxes = BOX_IDS.filter((b) => delta[b] !== undefined);
  if (boxes.length === 0) return '';
  return `Ändrat efter rapportering: ruta ${boxes.join(', ')} skiljer sig från den inlämnade deklarationen. Lämna en ny, komplett deklaration för perioden (den ersätter den förra), eller rätta i en öppen period.`;
}
