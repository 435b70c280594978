/**
 * Crash safety in `npm test`, part 3: SIGKILLs at seeded moments while receipts are archived
 * (original bytes into the companion archive, metadata into the company file). The archive opens,
 * `verify` finds every receipt's original whole, and a receipt is all there or not at all.
 */
import { describe, it, expect } from 'vitest';
import { runCrashHarness } from './crash/harness.js';

describe('krascher (SIGKILL) när underlag arkiveras', () => {
  it('överlever 5 dödningar, frö 20260103', async () => {
    const s = await runCrashHarness({ seed: 20260103, kills: 5, sieVouchers: 50, only: ['receipt'] });
    expect(s.scenarios.flatMap((x) => x.failures.map((f) => `${x.name}: ${f}`))).toEqual([]);
    expect(s.scenarios.map((x) => [x.name, x.kills])).toEqual([['receipt', 5]]);
    expect(s.survived).toBe(5);
  });
});
