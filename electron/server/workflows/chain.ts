import { createHash } from 'node:crypto';
import { chainInput, type CanonicalVoucher } from '../../../shared/domain/ledger/canonical.js';

/** SHA-256 of the previous hash and the voucher's canonical text (hex). */
export function chainHash(prevHash: string, v: CanonicalVoucher): string {
  return createHash('sha256').update(chainInput(prevHash, v), 'utf8').digest('hex');
}
