/** Applies an import plan: exactly the plan's new rows, one statement record per imported part. */
import type { Db } from '../../db/connection.js';
import { bankAccount, insertBankAccount, insertStatementWithRows, statementBySha, type NewBankRow } from '../../db/repos/bank.repo.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import type { ImportPlan } from './bankImportPlan.js';
import type { LoadedBankFile } from './bankFile.js';

export interface ImportWritten {
  statementIds: number[];
  imported: number;
  duplicates: number;
  skipped: number;
}

function toRow(account: string, r: ImportPlan['incoming'][number]): NewBankRow {
  const b = r.row;
  return {
    account, seq: r.seq, booking_date: b.bookingDate, value_date: b.valueDate ?? null, transaction_date: b.transactionDate ?? null,
    amount: b.amount, balance: b.balance ?? null, text: b.text, reference: b.reference ?? null, counterparty: b.counterparty ?? null,
    bank_id: b.bankId ?? null, currency: b.currency, original_amount: b.originalAmount ?? null, original_currency: b.originalCurrency ?? null,
    source_line: b.line,
  };
}

/** Must run inside the import's write transaction, with a plan computed in that same transaction. */
export function writeImport(db: Db, p: ImportPlan, file: LoadedBankFile, now: string, user: string): ImportWritten {
  if (!bankAccount(db, p.account)) {
    const currency = file.read.statements[p.selected[0]!]?.currency ?? 'SEK';
    insertBankAccount(db, { account: p.account, name: p.accountName, currency, created_at: now, created_by: user });
  }
  const isNew = new Set(p.plan.newRows);
  const statementIds: number[] = [];
  let imported = 0;
  for (const i of p.selected) {
    const part = i + 1;
    if (statementBySha(db, p.account, file.sha256, part)) continue;
    const st = file.read.statements[i]!;
    const mine = p.incoming.map((r, k) => ({ r, k })).filter((x) => x.r.part === part);
    const rows = mine.filter((x) => isNew.has(x.k)).map((x) => toRow(p.account, x.r));
    imported += rows.length;
    const dates = st.rows.map((r) => r.bookingDate).sort();
    statementIds.push(insertStatementWithRows(db, {
      account: p.account, sha256: file.sha256, part, format: st.format, file_name: file.name, source_account: st.account ?? null,
      currency: st.currency, first_date: dates[0] ?? null, last_date: dates.at(-1) ?? null,
      opening_balance: st.openingBalance ?? null, closing_balance: st.closingBalance ?? null,
      rows_in_file: mine.length, rows_imported: rows.length, duplicates: mine.length - rows.length,
      skipped: p.skipped.filter((s) => s.part === part).length, imported_at: now, imported_by: user,
    }, rows));
  }
  const out = { statementIds, imported, duplicates: p.incoming.length - imported, skipped: p.skipped.length };
  appendAudit(db, now, user, 'bank.imported', { account: p.account, file: file.name, sha256: file.sha256, format: p.format, ...out });
  return out;
}
