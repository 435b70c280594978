import { Amount } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';
import type { PlannedVoucherDto } from '../../../shared/api/dto/closing.js';

const t = sv.bokslut;

/** The vouchers the year-end will post, each with its lines in debit and credit columns. */
export function PlannedVouchers({ title, vouchers, testId }: { title: string; vouchers: readonly PlannedVoucherDto[]; testId: string }) {
  return (
    <section className="panel" data-testid={testId} aria-label={title}>
      <h2>{title}</h2>
      {vouchers.length === 0 ? <p className="muted">{t.noVouchers}</p> : vouchers.map((v, n) => (
        <table key={n} className="report compact planned" data-kind={v.kind}>
          <caption>{t.voucherHead(v.series, v.date, v.text)}</caption>
          <thead><tr><th scope="col">{t.cols.account}</th><th scope="col">{t.cols.name}</th><th scope="col" className="num">{t.cols.debit}</th><th scope="col" className="num">{t.cols.credit}</th></tr></thead>
          <tbody>
            {v.lines.map((l, i) => (
              <tr key={i} data-account={l.account}>
                <td>{l.account}</td><td>{l.name}{l.text ? <span className="muted small"> – {l.text}</span> : null}</td>
                <td className="num">{l.amount > 0 ? <Amount value={l.amount} /> : null}</td>
                <td className="num">{l.amount < 0 ? <Amount value={-l.amount} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
