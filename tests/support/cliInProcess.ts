/**
 * The `kontera` CLI run in the test process (runCli with a captured Io: the same code path as the
 * binary, without a child process), and the row counts a test checks to prove nothing was written.
 */
import Database from 'better-sqlite3';
import { runCli } from '../../electron/cli/main.js';

export async function cliInProcess(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`) });
  return { code, out: out.trim(), err: err.trim() };
}

/** Vouchers, bank matches and receipt links in a company file, read from a separate connection. */
export function writeCounts(file: string): { vouchers: number; matches: number; links: number } {
  const db = new Database(file, { readonly: true });
  try {
    const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { vouchers: n('vouchers'), matches: n('bank_matches'), links: n('receipt_links') };
  } finally {
    db.close();
  }
}
