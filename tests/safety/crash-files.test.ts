/**
 * Crash safety in `npm test`, part 2: SIGKILLs at seeded moments while creating a company file,
 * importing a bank statement, writing a backup and encrypting the file. A new company's target is
 * absent or complete; a bank import is all its rows or none; a finished backup is whole and the
 * books untouched; an interrupted encryption leaves the plain file or a whole encrypted one.
 */
import { describe, it, expect } from 'vitest';
import { runCrashHarness } from './crash/harness.js';

describe('krascher (SIGKILL) när filer skapas, bank importeras, säkerhetskopior skrivs och filen krypteras', () => {
  it('överlever 5 dödningar per skrivtyp (20), frö 20260102', async () => {
    const s = await runCrashHarness({ seed: 20260102, kills: 5, sieVouchers: 300, only: ['create', 'bank-import', 'backup', 'encrypt'] });
    expect(s.scenarios.flatMap((x) => x.failures.map((f) => `${x.name}: ${f}`))).toEqual([]);
    expect(s.scenarios.map((x) => [x.name, x.kills])).toEqual([['create', 5], ['bank-import', 5], ['backup', 5], ['encrypt', 5]]);
    expect(s.survived).toBe(20);
  });
});
