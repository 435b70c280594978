/**
 * What must hold after any crash: the file opens through the program's own door, `verify`
 * (integrity_check, guard triggers, balance, gapless numbering, hash chain) finds nothing, and
 * plain SQL agrees that every voucher balances. Each check returns the problems it found as
 * sentences, so a failing run says exactly what broke.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';

export interface Opened {
  problems: string[];
  vouchers: number;
  count(sql: string): number;
}

/**
 * Opens a company file with dispatch (so WAL recovery and migrations run as for a user), runs
 * `verify` and a few independent SQL checks, and leaves a counting function for the caller's
 * own all-or-nothing questions. The file is closed again before returning.
 */
export async function openAndVerify(file: string, use: (o: Opened) => void = () => {}, encrypted?: { password: string }): Promise<string[]> {
  const session = new Session();
  const opened = encrypted ? await dispatch(session, 'safety.openEncrypted', { path: file, password: encrypted.password }) : await dispatch(session, 'company.open', { path: file });
  if (!opened.ok) return [`${path.basename(file)} öppnas inte: ${opened.error.code}: ${opened.error.message}`];
  const problems: string[] = [];
  try {
    const v = await dispatch(session, 'verify', {});
    if (!v.ok) problems.push(`verify: ${v.error.code}`);
    else for (const p of v.value.problems) problems.push(`verify ${p.code}: ${p.message}`);
    const raw = session.db?.raw;
    if (!raw) throw new Error('no db after open');
    const count = (sql: string) => (raw.prepare(sql).get() as { n: number }).n;
    const unbalanced = count('SELECT count(*) AS n FROM (SELECT voucher_id FROM voucher_lines GROUP BY voucher_id HAVING sum(amount) <> 0)');
    if (unbalanced > 0) problems.push(`${unbalanced} verifikationer balanserar inte (SQL)`);
    const orphans = count('SELECT count(*) AS n FROM voucher_lines l WHERE NOT EXISTS (SELECT 1 FROM vouchers v WHERE v.id = l.voucher_id)');
    if (orphans > 0) problems.push(`${orphans} rader utan verifikation`);
    const vouchers = count('SELECT count(*) AS n FROM vouchers');
    use({ problems, vouchers, count });
  } finally {
    await dispatch(session, 'company.close', {});
  }
  return problems;
}

/** A new company's target: absent, or a complete company that verifies with `vouchers` vouchers. */
export async function checkTarget(target: string, vouchers: number, mustExist: boolean): Promise<string[]> {
  if (!existsSync(target)) return mustExist ? [`${path.basename(target)} saknas fast arbetet var klart`] : [];
  return openAndVerify(target, (o) => {
    if (o.vouchers !== vouchers) o.problems.push(`halvskapad fil: ${o.vouchers} verifikationer, väntade ${vouchers}`);
  });
}

/** Temp files a killed company creation left beside the target (harmless, but counted). */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.skapas') || f.includes('.skapas-'));
}

/**
 * Every backup that carries its JSON sidecar (written only after the copy was verified) must be
 * whole: integrity ok and the voucher count and chain head the sidecar states. A copy without a
 * sidecar is an interrupted one and is counted separately: it must never be offered for restore.
 */
export function checkBackups(dir: string): { problems: string[]; verified: number; interrupted: number } {
  const out = { problems: [] as string[], verified: 0, interrupted: 0 };
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.kontera-backup'))) {
    const full = path.join(dir, f);
    if (!existsSync(`${full}.json`)) {
      out.interrupted++;
      continue;
    }
    const meta = JSON.parse(readFileSync(`${full}.json`, 'utf8')) as { vouchers: number; chainHead: string };
    const db = new Database(full, { readonly: true, fileMustExist: true });
    try {
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') out.problems.push(`${f}: integrity_check`);
      const n = (db.prepare('SELECT count(*) AS n FROM vouchers').get() as { n: number }).n;
      if (n !== meta.vouchers) out.problems.push(`${f}: ${n} verifikationer, sidofilen säger ${meta.vouchers}`);
      out.verified++;
    } finally {
      db.close();
    }
  }
  return out;
}
