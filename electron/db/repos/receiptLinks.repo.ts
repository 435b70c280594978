import { type Db, all, exec, first } from '../connection.js';

export interface LinkRow { id: number; receipt_id: number; voucher_id: number; at: string; by: string }

export function insertLink(db: Db, receiptId: number, voucherId: number, at: string, by: string): void {
  exec(db, db.q.insertInto('receipt_links').values({ receipt_id: receiptId, voucher_id: voucherId, at, by }));
}

export function linkExists(db: Db, receiptId: number, voucherId: number): boolean {
  return first(db, db.q.selectFrom('receipt_links').select('id').where('receipt_id', '=', receiptId).where('voucher_id', '=', voucherId)) !== undefined;
}

export function linksOfReceipt(db: Db, receiptId: number): LinkRow[] {
  return all(db, db.q.selectFrom('receipt_links').selectAll().where('receipt_id', '=', receiptId).orderBy('id')) as LinkRow[];
}

export function linksOfVoucher(db: Db, voucherId: number): LinkRow[] {
  return all(db, db.q.selectFrom('receipt_links').selectAll().where('voucher_id', '=', voucherId).orderBy('id')) as LinkRow[];
}

export function allLinks(db: Db): LinkRow[] {
  return all(db, db.q.selectFrom('receipt_links').selectAll().orderBy('id')) as LinkRow[];
}

/**
 * The latest voucher linked to a receipt with this merchant (or chain) key: where the last
 * receipt from the same seller was booked.
 */
export function lastVoucherForKey(db: Db, column: 'merchant_key' | 'chain_key', key: string): number | null {
  const r = first(db, db.q.selectFrom('receipt_links').innerJoin('receipts', 'receipts.id', 'receipt_links.receipt_id')
    .select('receipt_links.voucher_id').where(`receipts.${column}`, '=', key).orderBy('receipt_links.voucher_id', 'desc').limit(1));
  return r?.voucher_id ?? null;
}
