import type { Db } from '../../../db/connection.js';
import { lastHash, nextVoucherId } from '../../../db/repos/vouchers.repo.js';
import { GENESIS_HASH, HASH_VERSION } from '../../../../shared/domain/ledger/canonical.js';
import { chainHash } from '../chain.js';

export interface ImportVoucher {
  fiscalYearId: number;
  fiscalYearStart: string;
  series: string;
  number: number;
  date: string;
  text: string;
  extras: string | null;
  lines: { account: string; amount: number; text: string | null; quantity: string | null }[];
}

/**
 * Writes many imported vouchers in the caller's transaction with statements prepared once. Each
 * still goes through the database's voucher trigger (balance, year, period state) and into the
 * hash chain, exactly like a voucher posted by hand.
 */
export function writeImportedVouchers(db: Db, vouchers: readonly ImportVoucher[], meta: { now: string; user: string; importId: number }, progress: (done: number) => void): void {
  const insLine = db.raw.prepare(`INSERT INTO voucher_lines (voucher_id, line_no, fiscal_year_id, date, account, amount, text, quantity)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insVoucher = db.raw.prepare(`INSERT INTO vouchers (id, fiscal_year_id, series, number, date, registered_at, text, counterparty, reference,
    corrects_id, origin, created_by, hash_version, prev_hash, hash, extras, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, 'import', ?, ?, ?, ?, ?, ?)`);
  let id = nextVoucherId(db);
  let prev = lastHash(db) ?? GENESIS_HASH;
  vouchers.forEach((v, i) => {
    v.lines.forEach((l, n) => insLine.run(id, n + 1, v.fiscalYearId, v.date, l.account, l.amount, l.text, l.quantity));
    const hash = chainHash(prev, {
      fiscalYearStart: v.fiscalYearStart, series: v.series, number: v.number, date: v.date, registeredAt: meta.now, text: v.text,
      counterparty: null, reference: null, correctsHash: null, origin: 'import', createdBy: meta.user, lines: v.lines, extras: v.extras,
    });
    insVoucher.run(id, v.fiscalYearId, v.series, v.number, v.date, meta.now, v.text, meta.user, HASH_VERSION, prev, hash, v.extras, meta.importId);
    prev = hash;
    id++;
    if ((i + 1) % 2000 === 0) progress(i + 1);
  });
  progress(vouchers.length);
}
