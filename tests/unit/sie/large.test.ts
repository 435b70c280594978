import { describe, expect, it } from 'vitest';
import { largeSieText } from '../../fixtures/sie/generateLarge.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';
import { readSieBytes } from '../../../electron/server/sie/read.js';
import { buildImportPlan } from '../../../shared/domain/sie/plan.js';

describe('a generated SIE 4E file of 100 000 vouchers', () => {
  it('is read, checksummed and recomputed exactly, in seconds', () => {
    const t0 = performance.now();
    const bytes = encodeSieText(largeSieText(100_000));
    const t1 = performance.now();
    const progress: number[] = [];
    const r = readSieBytes(bytes, { onProgress: (n, total) => progress.push(n / total) });
    const t2 = performance.now();
    const plan = buildImportPlan(r.doc);
    const t3 = performance.now();
    console.log(`[sie] 100 000 verifikationer, ${r.doc.lineCount} rader, ${(bytes.length / 1e6).toFixed(1)} MB: ` +
      `skriva ${(t1 - t0).toFixed(0)} ms, läsa+tolka ${(t2 - t1).toFixed(0)} ms, importplan ${(t3 - t2).toFixed(0)} ms`);
    expect(r.errors).toEqual([]);
    expect(r.encoding).toBe('cp437');
    expect(r.doc.vouchers.length).toBe(100_000);
    expect(r.doc.vouchers.reduce((n, v) => n + v.rows.length, 0)).toBe(300_000);
    expect(r.doc.ksumma!.declared).toBe(r.doc.ksumma!.computed);
    expect(plan.recomputation).toMatchObject({ checked: true, differences: [], ibSum: 0 });
    expect(plan.recomputation.ubSum + plan.recomputation.resSum).toBe(0);
    expect(progress.length).toBe(31); // every 20 000 of 600 044 lines, then the end
    expect(progress.at(-1)).toBe(1);
    expect(t2 - t1).toBeLessThan(15_000);
  });
});
