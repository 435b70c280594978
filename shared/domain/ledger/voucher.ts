import type { Ore } from '../money/ore.js';
import type { IsoDate } from '../dates/isoDate.js';

export interface DraftLine {
  account: string;
  amount: Ore;
  text?: string;
  quantity?: string;
}

/** A voucher before posting: no number, may be wrong in every way; `checkVoucher` says how. */
export interface DraftVoucher {
  readonly kind: 'draft';
  date: IsoDate;
  text: string;
  series: string;
  counterparty?: string;
  reference?: string;
  lines: DraftLine[];
}

/** A draft that passed every check; only `checkVoucher` makes one. */
export interface CheckedVoucher extends Omit<DraftVoucher, 'kind'> {
  readonly kind: 'checked';
  fiscalYearId: number;
}

/** A voucher as it stands in the books: numbered, hashed, immutable. */
export interface PostedVoucher extends Omit<CheckedVoucher, 'kind'> {
  readonly kind: 'posted';
  id: number;
  number: number;
  fiscalYearStart: IsoDate;
  registeredAt: string;
  createdBy: string;
  origin: 'kontera' | 'import';
  correctsId: number | null;
  hash: string;
  prevHash: string;
}
