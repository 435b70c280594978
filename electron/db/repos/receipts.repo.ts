import { type Db, all, exec, first } from '../connection.js';
import type { ReceiptTable } from '../tables/receipts.table.js';

export type ReceiptRow = Omit<ReceiptTable, 'id'> & { id: number };
export type NewReceipt = Omit<ReceiptTable, 'id'>;

const LIST_COLUMNS = ['id', 'sha256', 'file_name', 'media_type', 'size', 'pages', 'reader', 'merchant', 'merchant_key', 'chain_key', 'orgnr',
  'receipt_date', 'total', 'currency', 'added_at', 'added_by'] as const;
export type ReceiptListRow = Pick<ReceiptRow, (typeof LIST_COLUMNS)[number]>;

export function insertReceipt(db: Db, r: NewReceipt): number {
  return Number(exec(db, db.q.insertInto('receipts').values(r)).lastInsertRowid);
}

export function receiptById(db: Db, id: number): ReceiptRow | undefined {
  return first(db, db.q.selectFrom('receipts').selectAll().where('id', '=', id)) as ReceiptRow | undefined;
}

export function receiptBySha(db: Db, sha256: string): ReceiptRow | undefined {
  return first(db, db.q.selectFrom('receipts').selectAll().where('sha256', '=', sha256)) as ReceiptRow | undefined;
}

export function receiptExists(db: Db, id: number): boolean {
  return first(db, db.q.selectFrom('receipts').select('id').where('id', '=', id)) !== undefined;
}

/** Receipts no voucher is linked to yet, oldest first. */
export function unbookedReceipts(db: Db, offset: number, limit: number): ReceiptListRow[] {
  return all(db, db.q.selectFrom('receipts').select([...LIST_COLUMNS])
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('receipt_links').select('receipt_links.id').whereRef('receipt_links.receipt_id', '=', 'receipts.id'))))
    .orderBy('id').offset(offset).limit(limit)) as ReceiptListRow[];
}

/** Unbooked receipts whose total is one of these amounts (either sign): the ones a bank row can use. */
export function unbookedWithTotals(db: Db, totals: readonly number[]): ReceiptListRow[] {
  const wanted = [...new Set(totals.flatMap((t) => [Math.abs(t), -Math.abs(t)]))].filter((t) => t !== 0);
  const out: ReceiptListRow[] = [];
  for (let i = 0; i < wanted.length; i += 500) {
    out.push(...(all(db, db.q.selectFrom('receipts').select([...LIST_COLUMNS]).where('total', 'in', wanted.slice(i, i + 500))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('receipt_links').select('receipt_links.id').whereRef('receipt_links.receipt_id', '=', 'receipts.id'))))
      .orderBy('id')) as ReceiptListRow[]));
  }
  return out;
}

export function countUnbooked(db: Db): number {
  return first(db, db.q.selectFrom('receipts').select((eb) => eb.fn.countAll<number>().as('n'))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('receipt_links').select('receipt_links.id').whereRef('receipt_links.receipt_id', '=', 'receipts.id')))))?.n ?? 0;
}

export function allReceipts(db: Db): ReceiptListRow[] {
  return all(db, db.q.selectFrom('receipts').select([...LIST_COLUMNS]).orderBy('id')) as ReceiptListRow[];
}

export function receiptHashes(db: Db): { id: number; sha256: string; size: number }[] {
  return all(db, db.q.selectFrom('receipts').select(['id', 'sha256', 'size']).orderBy('id'));
}

export function thumbnailOf(db: Db, id: number): Buffer | null {
  return first(db, db.q.selectFrom('receipts').select('thumbnail').where('id', '=', id))?.thumbnail ?? null;
}
