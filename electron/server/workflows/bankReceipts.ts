/** The receipt (underlag) the bank queue proposes for each row: unbooked, same total, dated near the row. */
import type { Db } from '../../db/connection.js';
import type { BankRowRow } from '../../db/repos/bank.repo.js';
import { unbookedWithTotals } from '../../db/repos/receipts.repo.js';
import { pickReceipts } from '../../../shared/domain/bank/receiptPick.js';
import type { BankReceiptDto } from '../../../shared/api/dto/bank.js';

/** Row id → the proposed receipt; rows without one are absent. Each receipt is proposed for one row only. */
export function receiptSuggestions(db: Db, rows: readonly BankRowRow[]): Map<number, BankReceiptDto> {
  const receipts = unbookedWithTotals(db, rows.map((r) => r.amount));
  const byId = new Map(receipts.map((r) => [r.id, r]));
  const picked = pickReceipts(rows.map((r) => ({ id: r.id, date: r.booking_date, amount: r.amount })),
    receipts.map((r) => ({ id: r.id, date: r.receipt_date, total: r.total })));
  const out = new Map<number, BankReceiptDto>();
  for (const [rowId, p] of picked) {
    const r = byId.get(p.receiptId)!;
    out.set(rowId, { id: r.id, fileName: r.file_name, merchant: r.merchant, date: r.receipt_date!, total: r.total!, days: p.days });
  }
  return out;
}
