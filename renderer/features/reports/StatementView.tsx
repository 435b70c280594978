import type { StatementDto } from '../../../shared/api/dto.js';
import { Amount, fmt } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';

/** Resultat- or balansräkning: sections, groups and accounts; an account's figure opens its huvudbok. */
export function StatementView({ r, onAccount, testId, resultLabel }: { r: StatementDto; onAccount: (account: string) => void; testId: string; resultLabel?: string }) {
  const any = r.sections.some((s) => s.groups.some((g) => g.lines.length > 0));
  if (!any && r.unplaced.length === 0) return <p className="muted">{sv.reports.empty}</p>;
  // The last section's subtotal already is årets resultat (Skatter → "Årets resultat"): not repeated in the foot.
  const last = [...r.sections].reverse().find((s) => s.subtotal)?.subtotal;
  const showResult = !!resultLabel && !(last && last.label === resultLabel && last.amount === r.result);
  return (
    <table className="report statement" data-testid={testId}>
      <thead><tr><th scope="col">{sv.reports.cols.account}</th><th scope="col">{sv.reports.cols.name}</th><th scope="col" className="num">{sv.reports.cols.amount}</th></tr></thead>
      {r.sections.map((s) => (
        <tbody key={s.title}>
          <tr className="section"><th scope="rowgroup" colSpan={3}>{s.title}</th></tr>
          {s.groups.filter((g) => g.lines.length > 0).map((g, _i, shown) => [
            <tr key={`${g.title}-h`} className="group"><td /><td colSpan={2}>{g.title}</td></tr>,
            ...g.lines.map((l) => (
              <tr key={`${g.title}-${l.account || l.name}`} data-account={l.account || undefined}>
                <td>{l.account}</td><td>{l.name}</td>
                <td className="num">{l.account
                  ? <button type="button" className="figure" onClick={() => onAccount(l.account)} aria-label={sv.reports.drill(`${fmt(l.amount)} på konto ${l.account}`)}><Amount value={l.amount} /></button>
                  : <Amount value={l.amount} />}</td>
              </tr>
            )),
            shown.length > 1 ? <tr key={`${g.title}-t`} className="group-total"><td /><td>{sv.reports.total} {g.title.toLocaleLowerCase('sv-SE')}</td><td className="num"><Amount value={g.total} /></td></tr> : null,
          ])}
          <tr className="section-total"><td /><th scope="row">{sv.reports.total} {s.title.toLocaleLowerCase('sv-SE')}</th><td className="num"><Amount value={s.total} /></td></tr>
          {s.subtotal ? <tr className={`subtotal${s.subtotal.label === resultLabel ? ' result' : ''}`}><td /><th scope="row">{s.subtotal.label}</th><td className="num"><Amount value={s.subtotal.amount} /></td></tr> : null}
        </tbody>
      ))}
      {showResult ? <tfoot><tr className="result"><td /><th scope="row">{resultLabel}</th><td className="num"><Amount value={r.result} /></td></tr></tfoot> : null}
      {r.unplaced.length ? (
        <tbody><tr className="section"><th scope="rowgroup" colSpan={3}>{sv.reports.unplaced}</th></tr>
          {r.unplaced.map((l) => <tr key={l.account}><td>{l.account}</td><td>{l.name}</td><td className="num"><button type="button" className="figure" onClick={() => onAccount(l.account)}><Amount value={l.amount} /></button></td></tr>)}
        </tbody>
      ) : null}
    </table>
  );
}
