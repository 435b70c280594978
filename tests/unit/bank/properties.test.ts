import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBankAmount } from '../../../shared/domain/bank/amount.js';
import { parseBankText } from '../../../shared/domain/bank/parse.js';
import { planBankImport, type DedupRow } from '../../../shared/domain/bank/dedup.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import type { Ore } from '../../../shared/domain/money/ore.js';

/** Writes öre the way a bank in the given style could: grouping, minus form, 1 or 2 decimals. */
function render(n: number, style: 'comma' | 'point', group: string, minus: string, oneDecimal: boolean): string {
  const abs = Math.abs(n);
  let kr = String(Math.trunc(abs / 100));
  if (group) kr = kr.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const ore = abs % 100;
  const frac = oneDecimal && ore % 10 === 0 ? String(ore / 10) : String(ore).padStart(2, '0');
  return `${n < 0 ? minus : ''}${kr}${style === 'comma' ? ',' : '.'}${frac}`;
}

describe('amount parser properties', () => {
  it('reads back every amount a bank can write in its style', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }),
        fc.constantFrom<'comma' | 'point'>('comma', 'point'),
        fc.constantFrom('', ' ', '\u00a0', '\u202f', 'sep'),
        fc.constantFrom('-', '\u2212'),
        fc.boolean(),
        (n, style, g, minus, one) => {
          const group = g === 'sep' ? (style === 'comma' ? '.' : ',') : g;
          const r = parseBankAmount(render(n, style, group, minus, one), style);
          expect(r.ok && r.value).toBe(n);
        },
      ),
    );
  });

  it('never throws and never returns a non-integer', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,- \u00a0\u2212+kr€SEK'.split('')) }), fc.constantFrom<'comma' | 'point'>('comma', 'point'), (s, style) => {
        const r = parseBankAmount(s, style);
        if (r.ok) expect(Number.isSafeInteger(r.value)).toBe(true);
      }),
    );
  });
});

describe('parseBankText on arbitrary input', () => {
  const header = fc.constantFrom('', 'Bokföringsdag;Belopp;Saldo;Rubrik\n', '"TransferWise ID",Date,Amount,Currency,"Running Balance"\n', '"";"Ingående saldo 2025-01-01";"";"0"\n', '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">');
  it('returns a result (ok or coded problems) and never throws', () => {
    fc.assert(
      fc.property(header, fc.string({ maxLength: 400 }), (h, body) => {
        const r = parseBankText(h + body);
        if (!r.ok) for (const p of r.problems) expect(p.code).toMatch(/^bank-[a-z-]+$/);
      }),
      { numRuns: 400 },
    );
  });

  it('survives row-shaped noise under a real header', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'0123456789-,.;" \n2025'.split('')), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 20 }), (rows) => {
        const r = parseBankText('Bokföringsdag;Belopp;Saldo;Rubrik\n' + rows.map((c) => c.join(';')).join('\n'));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('dedup properties', () => {
  const rowArb = fc.record({
    bookingDate: fc.constantFrom('2025-01-01', '2025-01-02', '2025-01-03') as fc.Arbitrary<IsoDate>,
    amount: fc.constantFrom(-4_900, 10_000) as fc.Arbitrary<Ore>,
    text: fc.constantFrom('SPOTIFY', 'Hyra'),
  });
  it('importing a file twice adds nothing the second time; new + duplicates = incoming', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.array(rowArb, { maxLength: 12 }), (existing: DedupRow[], incoming: DedupRow[]) => {
        const plan = planBankImport(existing, incoming);
        expect(plan.newRows.length + plan.duplicates).toBe(incoming.length);
        const after = [...existing, ...plan.newRows.map((i) => incoming[i]!)];
        expect(planBankImport(after, incoming).newRows).toEqual([]);
        const used = plan.decisions.flatMap((d) => (d.kind === 'duplicate' ? [d.existing] : []));
        expect(new Set(used).size).toBe(used.length);
      }),
    );
  });
});
