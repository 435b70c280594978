/** Test helper: VAT lines from `[account, amount in kr text]`, codes from the BAS defaults unless given. */
import { parseAmount } from '../../../shared/domain/money/parse.js';
import type { VatLine } from '../../../shared/domain/vat/boxes.js';
import { type VatCode, defaultVatCode } from '../../../shared/domain/vat/codes.js';

export function vatLines(rows: readonly (readonly [string, string] | readonly [string, string, VatCode | null])[]): VatLine[] {
  return rows.map((r) => {
    const amount = parseAmount(r[1]);
    if (!amount.ok) throw new Error(`bad amount ${r[1]}`);
    return { account: r[0], vatCode: r.length === 3 ? r[2] : defaultVatCode(r[0]), amount: amount.value };
  });
}
