/**
 * Hostile input for the parsers, with fixed seeds and counts: mutated fixture files, nasty files
 * (empty, binary, images and PDFs, huge lines, deep XML) and arbitrary strings never crash the
 * SIE reader, the bank reader, the amount parsers or the receipt-text and receipt-amount parsers, and every refusal has a stable code and a
 * Swedish message (with a line ≥ 1 when it names one). Time is not asserted here: the seeded
 * fuzz script (scripts/safety/fuzz.ts) measures it.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fixtures, mutate, nastyFiles, rng } from './fuzz/inputs.js';
import { sieTarget, bankTarget, amountTarget, receiptTarget, RECEIPT_LINES, unexpectedThrow, type Outcome, type Target } from './fuzz/targets.js';

const clear = (t: Target, o: Outcome) => [...o.unclear, ...(unexpectedThrow(t, o) ? [`kastade: ${o.thrown}`] : [])];

const SEED = 20260909;

describe('SIE-läsaren tål fientlig indata', () => {
  it('120 muterade SIE-fixturer: inget kast, varje fel tydligt', () => {
    const rnd = rng(SEED);
    const files = fixtures('sie');
    expect(files.length).toBeGreaterThan(5);
    let refused = 0;
    for (let i = 0; i < 120; i++) {
      const f = files[i % files.length]!;
      const o = sieTarget(mutate(f.bytes, rnd));
      expect(clear('sie', o), `${f.name} mutation ${i}`).toEqual([]);
      if (!o.accepted) refused++;
    }
    expect(refused).toBeGreaterThan(10);
  });

  it('elaka filer vägras med tydligt fel eller läses', () => {
    for (const f of nastyFiles(rng(SEED))) {
      const o = sieTarget(f.bytes);
      expect(clear('sie', o), f.name).toEqual([]);
      if (['tom', 'binär 64 KB', 'PNG-bild', 'PDF'].includes(f.name)) expect(o.accepted, f.name).toBe(false);
    }
  });

  it('godtyckliga byte (fast-check, 150 fall)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (b) => clear('sie', sieTarget(b)).length === 0), { seed: SEED, numRuns: 150 });
  });
});

describe('bankläsaren tål fientlig indata', () => {
  it('90 muterade bankfixturer: inget kast, varje fel tydligt', async () => {
    const rnd = rng(SEED + 1);
    const files = fixtures('bank');
    expect(files.length).toBeGreaterThan(10);
    for (let i = 0; i < 90; i++) {
      const f = files[i % files.length]!;
      const o = await bankTarget(mutate(f.bytes, rnd));
      expect(clear('bank', o), `${f.name} mutation ${i}`).toEqual([]);
    }
  });

  it('elaka filer vägras med tydligt fel', async () => {
    for (const f of nastyFiles(rng(SEED))) {
      const o = await bankTarget(f.bytes);
      expect(clear('bank', o), f.name).toEqual([]);
      // The CSV ones have a real header and a row, so reading them is a choice of the bank reader.
      if (!f.name.startsWith('CSV')) expect(o.accepted, f.name).toBe(false);
    }
  });

  it('godtyckliga byte och text (fast-check, 150 fall)', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.string({ maxLength: 500 }).map((s) => new TextEncoder().encode(s))),
      async (b) => clear('bank', await bankTarget(b)).length === 0), { seed: SEED, numRuns: 150 });
  });
});

describe('beloppstolkarna', () => {
  it('godtyckliga strängar: inget kast, bara säkra heltal i öre (fast-check, 600 fall)', () => {
    const amountish = fc.stringMatching(/^[-\u2212+]?[0-9 \u00a0.,]{0,30}$/);
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 60 }), amountish, fc.constant('9'.repeat(400))), (s) => clear('amount', amountTarget(s)).length === 0), { seed: SEED, numRuns: 600 });
  });

  it('enorma tal vägras i stället för att bli flyttal', () => {
    expect(amountTarget('9'.repeat(40)).accepted).toBe(false);
    expect(amountTarget('90071992547409,91').accepted).toBe(false);
    expect(amountTarget('1,005').accepted).toBe(false);
  });
});

describe('kvittotolkarna', () => {
  const receiptText = (rnd: () => number) => {
    const n = 1 + Math.floor(rnd() * 14);
    const lines = Array.from({ length: n }, () => RECEIPT_LINES[Math.floor(rnd() * RECEIPT_LINES.length)]!);
    return new TextDecoder().decode(mutate(Buffer.from(lines.join('\n')), rnd));
  };

  it('200 muterade kvittotexter: inget kast, bara välformade värden', () => {
    const rnd = rng(SEED + 2);
    let read = 0;
    for (let i = 0; i < 200; i++) {
      const text = receiptText(rnd);
      const o = receiptTarget(text);
      expect(clear('receipt', o), `${i}: ${JSON.stringify(text).slice(0, 300)}`).toEqual([]);
      if (o.accepted) read++;
    }
    expect(read).toBeGreaterThan(10);
  });

  it('godtycklig text och elaka rader (fast-check, 300 fall)', () => {
    const receiptish = fc.array(fc.oneof(fc.constantFrom(...RECEIPT_LINES), fc.stringMatching(/^[0-9 .,:%\-\u2212\u2013\u00a0OIl|krSEKMomsSuma]{0,40}$/)), { maxLength: 30 }).map((l) => l.join('\n'));
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 400 }), receiptish, fc.constant('9'.repeat(5000)), fc.constant('1,00 '.repeat(500))),
      (t) => clear('receipt', receiptTarget(t)).length === 0), { seed: SEED, numRuns: 300 });
  });

  it('ett känt kvitto läses med rätt summa och moms', () => {
    expect(receiptTarget(RECEIPT_LINES.slice(0, 12).join('\n'))).toEqual({ accepted: true, unclear: [] });
  });
});
