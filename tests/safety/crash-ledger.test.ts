/**
 * Crash safety in `npm test`, part 1: SIGKILLs at seeded moments while posting and while
 * importing a SIE file (into an open company and as a new company), on small inputs. After each
 * kill the books are reopened and must verify (integrity, balance, gapless numbering, hash
 * chain), and an import must be all or nothing. The long run is scripts/safety/crash.ts.
 */
import { describe, it, expect } from 'vitest';
import { runCrashHarness } from './crash/harness.js';

describe('krascher (SIGKILL) under bokföring och SIE-import', () => {
  it('överlever 5 dödningar per skrivtyp (15), frö 20260101', async () => {
    const s = await runCrashHarness({ seed: 20260101, kills: 5, sieVouchers: 300, only: ['post', 'sie-import', 'sie-new'] });
    expect(s.scenarios.flatMap((x) => x.failures.map((f) => `${x.name}: ${f}`))).toEqual([]);
    expect(s.scenarios.map((x) => [x.name, x.kills])).toEqual([['post', 5], ['sie-import', 5], ['sie-new', 5]]);
    expect(s.survived).toBe(15);
    // Posting never finishes, so every one of its kills lands mid-write.
    expect(s.scenarios[0]?.during).toBe(5);
  });
});
