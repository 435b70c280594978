import type { SieImportReport } from '../../../shared/api/dto/sie.js';
import { Amount } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';

const t = sv.sie.report;

/** What an SIE import did (or, in the preview, would do): counts, differences, warnings. */
export function SieReport({ r, hideFile = false }: { r: SieImportReport; hideFile?: boolean }) {
  const diffs = [...r.differences, ...r.booksDifferences];
  return (
    <>
      <dl className="facts">
        <div><dt>{t.company}</dt><dd>{r.company.name ?? '–'}{r.company.orgnr ? ` (${r.company.orgnr})` : ''}</dd></div>
        <div><dt>{t.kind}</dt><dd>SIE {r.kind}{r.program ? ` · ${r.program}` : ''}</dd></div>
        <div><dt>{t.years}</dt><dd>{r.fiscalYears.map((y) => `${y.start} – ${y.end}${y.created ? ` (${t.newYear})` : ''}`).join(', ') || '–'}</dd></div>
        <div><dt>{t.vouchers}</dt><dd data-testid="sie-vouchers">{r.vouchers}</dd></div>
        <div><dt>{t.skipped}</dt><dd>{r.skipped}</dd></div>
        <div><dt>{t.accounts}</dt><dd>{r.accounts}</dd></div>
        <div><dt>{t.opening}</dt><dd>{r.openingBalances}</dd></div>
        {hideFile ? null : <div><dt>{t.file}</dt><dd className="path">{r.file}</dd></div>}
        {r.backup ? <div><dt>{t.backup}</dt><dd className="path">{r.backup}</dd></div> : null}
      </dl>
      {diffs.length ? (
        <table className="report">
          <caption>{t.differences}</caption>
          <thead><tr><th scope="col">{sv.reports.cols.account}</th><th scope="col">{t.kindCol}</th><th scope="col" className="num">{t.stated}</th><th scope="col" className="num">{t.computed}</th><th scope="col" className="num">{t.difference}</th></tr></thead>
          <tbody>{diffs.map((d, i) => <tr key={i}><td>{d.account}</td><td>{d.kind}{d.line ? ` (rad ${d.line})` : ''}</td><td className="num"><Amount value={d.stated} /></td><td className="num"><Amount value={d.computed} /></td><td className="num"><Amount value={d.difference} /></td></tr>)}</tbody>
        </table>
      ) : r.balancesRecomputed ? <p className="field-ok">{t.noDifferences}</p> : <p className="muted">{t.notRecomputed}</p>}
      {r.statedBalances.some((b) => b.kept) ? (
        <p className="muted" data-testid="sie-stated">{t.statedKept(r.statedBalances.filter((b) => b.kept).map((b) => `${b.start} – ${b.end}`).join(', '))}</p>
      ) : null}
      {r.suggestedCorrection ? <p className="notice notice-warn">{t.suggested(r.suggestedCorrection.account)} <Amount value={r.suggestedCorrection.amount} /> – {r.suggestedCorrection.reason}</p> : null}
      {r.warnings.length ? (
        <><h3>{sv.sie.problems}</h3><ul className="notes">{r.warnings.map((w, i) => <li key={i}>{w.message}{w.line ? ` (rad ${w.line})` : ''}</li>)}</ul></>
      ) : null}
    </>
  );
}
