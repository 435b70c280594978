import { Amount } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';
import type { BankUnmatchedDto } from '../../../shared/api/dto/bank.js';

const t = sv.bank.reconcile;

/** The items that keep a month from reconciling: bank rows not in the books, and book lines not in the bank. */
export function UnmatchedTables({ items, onOpenVoucher }: { items: readonly BankUnmatchedDto[]; onOpenVoucher: (ref: string, date: string) => void }) {
  const bank = items.filter((u): u is Extract<BankUnmatchedDto, { side: 'bank' }> => u.side === 'bank');
  const ledger = items.filter((u): u is Extract<BankUnmatchedDto, { side: 'ledger' }> => u.side === 'ledger');
  if (items.length === 0) return <p className="muted">{t.allMatched}</p>;
  return (
    <div className="unmatched">
      <div>
        <h3>{t.bankSide(bank.length)}</h3>
        {bank.length ? (
          <table className="report compact" data-testid="unmatched-bank">
            <tbody>{bank.map((u) => <tr key={u.rowId}><td>{u.date}</td><td>{u.text}</td><td className="num"><Amount value={u.amount} /></td></tr>)}</tbody>
          </table>
        ) : <p className="muted small">{t.none}</p>}
      </div>
      <div>
        <h3>{t.ledgerSide(ledger.length)}</h3>
        {ledger.length ? (
          <table className="report compact" data-testid="unmatched-ledger">
            <tbody>{ledger.map((u) => (
              <tr key={`${u.voucherId}-${u.lineNo}`}><td>{u.date}</td>
                <td><button type="button" className="link" onClick={() => onOpenVoucher(u.voucher, u.date)}>{u.voucher}</button></td>
                <td>{u.text}</td><td className="num"><Amount value={u.amount} /></td></tr>
            ))}</tbody>
          </table>
        ) : <p className="muted small">{t.none}</p>}
      </div>
    </div>
  );
}
