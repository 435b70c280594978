import type { Db } from '../../db/connection.js';
import { insertVoucher, lastHash, nextNumber, nextVoucherId, type VoucherRow, voucherById } from '../../db/repos/vouchers.repo.js';
import { accountsByNumbers } from '../../db/repos/accounts.repo.js';
import { fiscalYearContaining } from '../../db/repos/fiscalYears.repo.js';
import { periodState } from '../../db/repos/periods.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { GENESIS_HASH, HASH_VERSION } from '../../../shared/domain/ledger/canonical.js';
import { checkVoucher, type PostingFacts } from '../../../shared/domain/ledger/checks.js';
import type { CheckedVoucher, DraftVoucher } from '../../../shared/domain/ledger/voucher.js';
import { isIsoDate, monthOf } from '../../../shared/domain/dates/isoDate.js';
import type { Result } from '../../../shared/domain/result.js';
import { chainHash } from './chain.js';

/** Reads, inside the write transaction, every fact the posting checks depend on. */
export function loadPostingFacts(db: Db, draft: DraftVoucher): PostingFacts {
  const accounts = new Map(accountsByNumbers(db, draft.lines.map((l) => l.account))
    .map((a) => [a.number, { active: a.active === 1, vatCode: a.vat_code }]));
  const fy = isIsoDate(draft.date) ? fiscalYearContaining(db, draft.date) : undefined;
  return {
    accounts,
    fiscalYear: fy ? { id: fy.id, start: fy.start_date as never, end: fy.end_date as never, state: fy.state } : null,
    periodState: isIsoDate(draft.date) ? periodState(db, monthOf(draft.date)) : 'open',
  };
}

export function checkDraft(db: Db, draft: DraftVoucher): Result<CheckedVoucher> {
  return checkVoucher(draft, loadPostingFacts(db, draft));
}

export interface PostMeta {
  now: string;
  user: string;
  correctsId?: number | null;
  origin?: 'kontera' | 'import';
  /** Imported vouchers keep the number their old program gave them. */
  number?: number;
  extras?: string | null;
  importId?: number | null;
}

/**
 * Numbers, hashes and writes a checked voucher. Must run inside a BEGIN IMMEDIATE transaction:
 * the next number and the previous hash are read in it, so two processes stay gapless.
 */
export function writeChecked(db: Db, v: CheckedVoucher, meta: PostMeta): VoucherRow {
  const id = nextVoucherId(db);
  const number = meta.number ?? nextNumber(db, v.fiscalYearId, v.series);
  const fyStart = (db.raw.prepare('SELECT start_date FROM fiscal_years WHERE id = ?').get(v.fiscalYearId) as { start_date: string }).start_date;
  const prev = lastHash(db) ?? GENESIS_HASH;
  const corrects = meta.correctsId ? voucherById(db, meta.correctsId) : undefined;
  const origin = meta.origin ?? 'kontera';
  const lines = v.lines.map((l, i) => ({
    voucher_id: id, line_no: i + 1, fiscal_year_id: v.fiscalYearId, date: v.date, account: l.account,
    amount: l.amount, text: l.text ?? null, quantity: l.quantity ?? null,
  }));
  const hash = chainHash(prev, {
    fiscalYearStart: fyStart, series: v.series, number, date: v.date, registeredAt: meta.now, text: v.text,
    counterparty: v.counterparty ?? null, reference: v.reference ?? null, correctsHash: corrects?.hash ?? null,
    origin, createdBy: meta.user, lines: lines.map((l) => ({ account: l.account, amount: l.amount, text: l.text, quantity: l.quantity })),
    extras: meta.extras ?? null,
  });
  const row: VoucherRow = {
    id, fiscal_year_id: v.fiscalYearId, series: v.series, number, date: v.date, registered_at: meta.now, text: v.text,
    counterparty: v.counterparty ?? null, reference: v.reference ?? null, corrects_id: corrects?.id ?? null, origin,
    created_by: meta.user, hash_version: HASH_VERSION, prev_hash: prev, hash,
    extras: meta.extras ?? null, import_id: meta.importId ?? null,
  };
  insertVoucher(db, row, lines);
  if (origin === 'kontera') appendAudit(db, meta.now, meta.user, 'voucher.posted', { id, series: v.series, number, fiscalYear: fyStart, date: v.date, corrects: corrects?.id ?? null });
  return row;
}
