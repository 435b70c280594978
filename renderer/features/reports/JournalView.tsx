import type { JournalDto } from '../../../shared/api/dto.js';
import { Amount } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';

/** Verifikationslista: every voucher of the period with its lines. */
export function JournalView({ r, onVoucher }: { r: JournalDto; onVoucher: (ref: string) => void }) {
  if (r.vouchers.length === 0) return <p className="muted">{sv.reports.empty}</p>;
  const c = sv.reports.cols;
  return (
    <table className="report journal" data-testid="journal">
      <thead><tr><th scope="col">{c.voucher}</th><th scope="col">{c.date}</th><th scope="col">{c.account}</th><th scope="col">{c.text}</th><th scope="col" className="num">{c.debit}</th><th scope="col" className="num">{c.credit}</th></tr></thead>
      {r.vouchers.map((v) => (
        <tbody key={v.id}>
          <tr className="group">
            <td><button type="button" className="link" onClick={() => onVoucher(v.ref)}>{v.ref}</button></td><td>{v.date}</td><td colSpan={4}>{v.text}</td>
          </tr>
          {v.lines.map((l) => (
            <tr key={l.lineNo}><td /><td /><td>{l.account} {l.accountName}</td><td>{l.text ?? ''}</td>
              <td className="num">{l.amount > 0 ? <Amount value={l.amount} /> : null}</td><td className="num">{l.amount < 0 ? <Amount value={-l.amount} /> : null}</td></tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
