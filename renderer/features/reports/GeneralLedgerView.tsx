import type { GeneralLedgerDto } from '../../../shared/api/dto.js';
import { Amount } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';

const c = sv.reports.cols;

/** Huvudbok: per account its opening balance, each voucher row with the running balance, closing. */
export function GeneralLedgerView({ r, onVoucher, onAccount }: { r: GeneralLedgerDto; onVoucher: (ref: string) => void; onAccount: (a: string) => void }) {
  if (r.accounts.length === 0) return <p className="muted">{sv.reports.empty}</p>;
  return (
    <div className="ledger" data-testid="general-ledger">
      {r.accounts.map((a) => (
        <table className="report" key={a.number} data-account={a.number}>
          <caption><button type="button" className="link" onClick={() => onAccount(a.number)}>{a.number}</button> {a.name}</caption>
          <thead><tr><th scope="col">{c.date}</th><th scope="col">{c.voucher}</th><th scope="col">{c.text}</th><th scope="col" className="num">{c.debit}</th><th scope="col" className="num">{c.credit}</th><th scope="col" className="num">{c.balance}</th></tr></thead>
          <tbody>
            <tr className="sub"><td /><td /><td>{sv.reports.openingBalance}</td><td /><td /><td className="num"><Amount value={a.opening} /></td></tr>
            {a.rows.map((row, i) => (
              <tr key={`${row.voucher}-${i}`}>
                <td>{row.date}</td>
                <td><button type="button" className="link" onClick={() => onVoucher(row.voucher)} aria-label={`Öppna verifikation ${row.voucher}`}>{row.voucher}</button></td>
                <td>{row.text}</td>
                <td className="num">{row.amount > 0 ? <Amount value={row.amount} /> : null}</td>
                <td className="num">{row.amount < 0 ? <Amount value={-row.amount} /> : null}</td>
                <td className="num"><Amount value={row.balance} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot><tr><th scope="row" colSpan={5}>{sv.reports.closingBalance}</th><td className="num"><Amount value={a.closing} /></td></tr></tfoot>
        </table>
      ))}
    </div>
  );
}
