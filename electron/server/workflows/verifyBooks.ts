import type { Db } from '../../db/connection.js';
import { chainHash } from './chain.js';
import { GENESIS_HASH } from '../../../shared/domain/ledger/canonical.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import type { VerifyDto } from '../../../shared/api/dto.js';
import { numberingFindings } from '../../../shared/domain/ledger/numbering.js';
import { verifyArchive } from '../receipts/verifyArchive.js';

/** Triggers that guard the ledger; a missing one means someone dropped it behind our back. */
export const GUARD_TRIGGERS = [
  'vouchers_no_update', 'vouchers_no_delete', 'lines_no_update', 'lines_no_delete',
  'vouchers_check', 'period_states_no_delete', 'period_states_lower_needs_reason', 'audit_no_update', 'audit_no_delete',
  'accounts_no_delete_with_history',
] as const;

type Problem = VerifyDto['problems'][number];

interface V { id: number; fiscal_year_id: number; start_date: string; series: string; number: number; date: string; registered_at: string; text: string;
  counterparty: string | null; reference: string | null; corrects_id: number | null; origin: string; created_by: string; prev_hash: string; hash: string; extras: string | null }
interface L { voucher_id: number; account: string; amount: number; text: string | null; quantity: string | null; date: string; fiscal_year_id: number }

/**
 * Recomputes everything the books promise: SQLite's own integrity, the guard triggers, each
 * voucher's balance and lines, gapless numbering of Kontera's series, and the hash chain.
 */
export function verifyBooks(db: Db): VerifyDto {
  const problems: Problem[] = [];
  const integrity = db.raw.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push({ code: 'integrity', message: `SQLite rapporterar fel i filen: ${String(integrity)}. Återställ från en säkerhetskopia.` });
  const present = new Set((db.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((r) => r.name));
  for (const t of GUARD_TRIGGERS) if (!present.has(t)) problems.push({ code: 'trigger-missing', message: `Skyddet ${t} saknas i filen: någon har ändrat databasen utanför Kontera.` });

  const vouchers = db.raw.prepare(`SELECT v.*, f.start_date FROM vouchers v JOIN fiscal_years f ON f.id = v.fiscal_year_id ORDER BY v.id`).all() as V[];
  const byId = new Map(vouchers.map((v) => [v.id, v]));
  const lines = db.raw.prepare('SELECT voucher_id, account, amount, text, quantity, date, fiscal_year_id FROM voucher_lines ORDER BY voucher_id, line_no').iterate() as IterableIterator<L>;
  const linesOf = new Map<number, L[]>();
  for (const l of lines) {
    let a = linesOf.get(l.voucher_id);
    if (!a) linesOf.set(l.voucher_id, (a = []));
    a.push(l);
  }
  let prev = GENESIS_HASH;
  for (const v of vouchers) {
    const name = `${formatVoucherRef(v.series, v.number)}@${v.start_date}`;
    const ls = linesOf.get(v.id) ?? [];
    linesOf.delete(v.id);
    const sum = ls.reduce((s, l) => s + l.amount, 0);
    if (ls.length < 2) problems.push({ code: 'too-few-lines', voucher: name, message: `Verifikation ${name} har ${ls.length} rader.` });
    if (sum !== 0) problems.push({ code: 'unbalanced', voucher: name, message: `Verifikation ${name} balanserar inte (differens ${sum} öre).` });
    if (ls.some((l) => l.date !== v.date || l.fiscal_year_id !== v.fiscal_year_id)) problems.push({ code: 'line-mismatch', voucher: name, message: `Raderna i ${name} har annat datum eller år än verifikationen.` });
    if (v.prev_hash !== prev) problems.push({ code: 'chain-broken', voucher: name, message: `Kedjan bryts vid ${name}: föregående verifikation har ändrats eller tagits bort.` });
    const corrects = v.corrects_id ? byId.get(v.corrects_id) : undefined;
    const expected = chainHash(v.prev_hash, {
      fiscalYearStart: v.start_date, series: v.series, number: v.number, date: v.date, registeredAt: v.registered_at, text: v.text,
      counterparty: v.counterparty, reference: v.reference, correctsHash: corrects?.hash ?? null, origin: v.origin, createdBy: v.created_by,
      lines: ls.map((l) => ({ account: l.account, amount: l.amount, text: l.text, quantity: l.quantity })), extras: v.extras,
    });
    if (expected !== v.hash) problems.push({ code: 'hash-mismatch', voucher: name, message: `Verifikation ${name} har ändrats efter att den bokfördes (kontrollsumman stämmer inte).` });
    prev = v.hash;
  }
  for (const [id] of linesOf) problems.push({ code: 'orphan-lines', message: `Det finns rader utan verifikation (id ${id}).` });
  const numbering = numberingFindings(vouchers.map((v) => ({ year: v.start_date, series: v.series, number: v.number, origin: v.origin as 'kontera' | 'import' })));
  problems.push(...numbering.problems);
  problems.push(...verifyArchive(db)); // underlag: guards, archive bytes by hash, links
  return { ok: problems.length === 0, chainHead: prev, vouchers: vouchers.length, problems, importedGaps: numbering.importedGaps };
}
