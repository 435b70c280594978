import type { TrialBalanceDto } from '../../../shared/api/dto.js';
import { Amount, fmt } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';

const c = sv.reports.cols;

/** Saldobalans: every account's opening, movements and closing; any figure opens its huvudbok. */
export function TrialBalanceView({ r, onAccount }: { r: TrialBalanceDto; onAccount: (account: string) => void }) {
  if (r.accounts.length === 0) return <p className="muted">{sv.reports.empty}</p>;
  const fig = (account: string, v: number, what: string) => (
    <button type="button" className="figure" onClick={() => onAccount(account)} aria-label={`${sv.reports.drill(`${what} ${fmt(v)} på konto ${account}`)}`}><Amount value={v} blankZero /></button>
  );
  return (
    <table className="report" data-testid="trial-balance">
      <thead><tr><th scope="col">{c.account}</th><th scope="col">{c.name}</th><th scope="col" className="num">{c.opening}</th><th scope="col" className="num">{c.debit}</th><th scope="col" className="num">{c.credit}</th><th scope="col" className="num">{c.closing}</th></tr></thead>
      <tbody>
        {r.accounts.map((a) => (
          <tr key={a.number} data-account={a.number}>
            <td><button type="button" className="link" onClick={() => onAccount(a.number)}>{a.number}</button></td>
            <td>{a.name}</td>
            <td className="num">{fig(a.number, a.opening, c.opening)}</td>
            <td className="num">{fig(a.number, a.debit, c.debit)}</td>
            <td className="num">{fig(a.number, a.credit, c.credit)}</td>
            <td className="num">{fig(a.number, a.closing, c.closing)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot><tr><th scope="row" colSpan={2}>{sv.reports.total}</th><td className="num"><Amount value={r.totals.opening} /></td><td className="num"><Amount value={r.totals.debit} /></td><td className="num"><Amount value={r.totals.credit} /></td><td className="num"><Amount value={r.totals.closing} /></td></tr></tfoot>
    </table>
  );
}
