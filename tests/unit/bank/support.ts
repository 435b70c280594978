import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { BankStatement } from '../../../shared/domain/bank/types.js';
import { type BankFileRead, readBankFile } from '../../../electron/server/bank/readBankFile.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/bank');

export function fixtureBytes(rel: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, rel));
}

/** Reads a fixture through the real byte door and fails the test on any problem. */
export async function readOk(bytes: Uint8Array): Promise<BankFileRead> {
  const r = await readBankFile(bytes);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.problems)}`);
  return r.value;
}

/**
 * Independent re-check of the running balance: walking the chronological rows, every printed
 * balance equals the previous printed balance plus the amounts since. Returns how many rows
 * were verified that way.
 */
export function verifiedAgainstBalance(st: BankStatement): number {
  let prev: number | undefined;
  let since = 0;
  let verified = 0;
  for (const r of st.rows) {
    since += r.amount;
    if (r.balance === undefined) continue;
    if (prev !== undefined) {
      expect(prev + since, `rad ${r.line}`).toBe(r.balance);
      verified++;
    }
    prev = r.balance;
    since = 0;
  }
  return verified;
}

export function only<T>(xs: readonly T[]): T {
  expect(xs).toHaveLength(1);
  return xs[0]!;
}
