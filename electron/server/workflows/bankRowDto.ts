/** Stored bank rows → the rows the API shows, with the link in force (if any). */
import type { Db } from '../../db/connection.js';
import type { BankRowRow } from '../../db/repos/bank.repo.js';
import { linksOfRows } from '../../db/repos/bankMatches.repo.js';
import type { BankRowDto } from '../../../shared/api/dto/bank.js';
import { refOf } from './voucherDto.js';

export function bankRowDtos(db: Db, rows: readonly BankRowRow[]): BankRowDto[] {
  const links = new Map(linksOfRows(db, rows.map((r) => r.id)).map((l) => [l.bank_row_id, l]));
  return rows.map((r) => {
    const l = links.get(r.id);
    return {
      id: r.id, account: r.account, statementId: r.statement_id, date: r.booking_date, valueDate: r.value_date, transactionDate: r.transaction_date,
      amount: r.amount, balance: r.balance, text: r.text, reference: r.reference, counterparty: r.counterparty, bankId: r.bank_id, currency: r.currency,
      originalAmount: r.original_amount, originalCurrency: r.original_currency, line: r.source_line,
      link: l ? { matchId: l.id, kind: l.kind, voucherId: l.voucher_id, voucher: refOf(db, l), lineNo: l.line_no, at: l.at, by: l.by } : null,
    };
  });
}

export function bankRowDto(db: Db, row: BankRowRow): BankRowDto {
  return bankRowDtos(db, [row])[0]!;
}
