/**
 * `verify` for the underlag (called from workflows/verifyBooks.ts): the receipt guards are in
 * place, every receipt's original is in the archive with the bytes its SHA-256 names, the archive
 * belongs to this company and still refuses changes, and no link points at a missing voucher.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/connection.js';
import { receiptHashes } from '../../db/repos/receipts.repo.js';
import { allLinks } from '../../db/repos/receiptLinks.repo.js';
import { archiveInfo, archiveIterate, archiveTriggers } from '../../db/repos/receiptArchive.repo.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { ARCHIVE_TRIGGERS, archivePathOf, ensureArchive, isAttached } from './archive.js';

export const RECEIPT_GUARDS = ['receipts_no_update', 'receipts_no_delete', 'receipt_links_no_update', 'receipt_links_no_delete'] as const;

type Problem = { code: string; message: string };

export function verifyArchive(db: Db, now = new Date().toISOString()): Problem[] {
  const problems: Problem[] = [];
  const present = new Set((db.raw.prepare("SELECT name FROM main.sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((r) => r.name));
  for (const t of RECEIPT_GUARDS) if (!present.has(t)) problems.push({ code: 'trigger-missing', message: `Skyddet ${t} saknas i filen: någon har ändrat databasen utanför Kontera.` });
  const receipts = receiptHashes(db);
  const vouchers = new Set((db.raw.prepare('SELECT id FROM vouchers').all() as { id: number }[]).map((v) => v.id));
  for (const l of allLinks(db)) if (!vouchers.has(l.voucher_id)) problems.push({ code: 'receipt-link-broken', message: `Underlag ${l.receipt_id} är kopplat till en verifikation som saknas (id ${l.voucher_id}).` });
  if (receipts.length === 0) return problems;
  if (!isAttached(db)) {
    if (db.raw.inTransaction) return problems;
    const state = ensureArchive(db, now, false);
    if (state === 'missing') return [...problems, { code: 'archive-missing', message: `Arkivfilen ${archivePathOf(db.path)} saknas: ${receipts.length} underlag har inget original. Lägg tillbaka filen bredvid företagsfilen.` }];
    if (state === 'foreign') return [...problems, { code: 'archive-foreign', message: `Arkivfilen ${archivePathOf(db.path)} hör inte till det här företaget.` }];
  }
  const company = getCompany(db);
  const info = archiveInfo(db);
  if (company && info.identity && info.identity !== company.identity) problems.push({ code: 'archive-foreign', message: 'Arkivfilen hör till ett annat företag.' });
  const triggers = new Set(archiveTriggers(db));
  for (const t of ARCHIVE_TRIGGERS) if (!triggers.has(t)) problems.push({ code: 'trigger-missing', message: `Arkivets skydd ${t} saknas: någon har ändrat arkivfilen utanför Kontera.` });
  const seen = new Map<string, boolean>();
  for (const f of archiveIterate(db)) {
    const actual = createHash('sha256').update(f.bytes).digest('hex');
    seen.set(f.sha256, actual === f.sha256 && f.bytes.length === f.size);
  }
  for (const r of receipts) {
    const ok = seen.get(r.sha256);
    if (ok === undefined) problems.push({ code: 'archive-file-missing', message: `Originalet till underlag ${r.id} (${r.sha256.slice(0, 12)}…) saknas i arkivfilen.` });
    else if (!ok) problems.push({ code: 'archive-file-changed', message: `Originalet till underlag ${r.id} har ändrats: kontrollsumman stämmer inte.` });
  }
  return problems;
}
