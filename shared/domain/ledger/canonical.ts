/**
 * The versioned canonical text of a posted voucher that its hash covers. Any change to a stored
 * voucher or line (amount, account, date, text, number, registration time, correction link)
 * changes this text and so breaks the chain at that voucher.
 */
export const HASH_VERSION = 1;

export interface CanonicalVoucher {
  fiscalYearStart: string;
  series: string;
  number: number;
  date: string;
  registeredAt: string;
  text: string;
  counterparty: string | null;
  reference: string | null;
  /** Hash of the voucher this one corrects (stable, unlike row ids). */
  correctsHash: string | null;
  origin: string;
  createdBy: string;
  lines: { account: string; amount: number; text: string | null; quantity: string | null }[];
  /** Source details of an imported voucher (objects, transaction dates, history), as stored. */
  extras: string | null;
}

/**
 * Deterministic JSON of the voucher, version-tagged.
 * @example canonicalText(v).startsWith('[1,') // true
 */
export function canonicalText(v: CanonicalVoucher): string {
  return JSON.stringify([
    HASH_VERSION, v.fiscalYearStart, v.series, v.number, v.date, v.registeredAt, v.text,
    v.counterparty, v.reference, v.correctsHash, v.origin, v.createdBy,
    v.lines.map((l) => [l.account, l.amount, l.text, l.quantity]), v.extras,
  ]);
}

/** The text that is hashed: the previous voucher's hash, a newline, the canonical text. */
export function chainInput(prevHash: string, v: CanonicalVoucher): string {
  return `${prevHash}\n${canonicalText(v)}`;
}

export const GENESIS_HASH = '0'.repeat(64);
