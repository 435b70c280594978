import { Amount } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';
import type { YearEndPreviewDto } from '../../../shared/api/dto/closing.js';
import { PlannedVouchers } from './PlannedVouchers.js';
import { FormRows, kr } from './FormRows.js';
import { DocumentView } from './DocumentView.js';

const t = sv.bokslut;

/** Everything the year-end will post and write, before anything is: vouchers, form rows, blockers, SRU text and the document. */
export function YearEndPreview({ p }: { p: YearEndPreviewDto }) {
  return (
    <div className="year-end-preview" data-testid="year-end-preview">
      <section className="panel" aria-labelledby="ye-summary">
        <h2 id="ye-summary">{t.summary}</h2>
        <dl className="facts">
          <div><dt>{t.fiscalYear}</dt><dd>{p.fiscalYear.start} – {p.fiscalYear.end}</dd></div>
          <div><dt>{t.result}</dt><dd data-testid="ye-result"><Amount value={p.result} /> kr</dd></div>
          {p.tax ? <div><dt>{t.taxBase}</dt><dd>{kr(p.tax.taxBase)} kr</dd></div> : null}
          {p.tax ? <div><dt>{t.tax}</dt><dd data-testid="ye-tax">{kr(p.tax.tax)} kr</dd></div> : null}
          {p.tax ? <div><dt>{t.allocation}</dt><dd>{kr(p.tax.allocation)} kr</dd></div> : null}
          {p.statslaneranta ? <div><dt>{t.statslaneranta}</dt><dd>{p.statslaneranta.replace('.', ',')} %</dd></div> : null}
          {p.taxRate ? <div><dt>{t.taxRate}</dt><dd>{p.taxRate.replace('.', ',')} %</dd></div> : null}
        </dl>
      </section>
      <section className="panel" aria-labelledby="ye-problems" data-testid="ye-problems">
        <h2 id="ye-problems">{t.problems}</h2>
        {p.problems.length === 0 ? <p className="muted">{t.noProblems}</p> : (
          <ul className="checks">{p.problems.map((x, n) => <li key={n} className="check" data-code={x.code}><span className="status status-open">Fel</span><span>{x.message}</span></li>)}</ul>
        )}
        {p.warnings.length || p.tax?.warnings.length ? (
          <>
            <h3>{t.warnings}</h3>
            <ul className="checks">{[...p.warnings, ...(p.tax?.warnings ?? [])].map((w, n) => <li key={n} className="check"><span className="status status-warning">Varning</span><span>{w}</span></li>)}</ul>
          </>
        ) : null}
      </section>
      {p.unmapped.length ? (
        <section className="panel" aria-labelledby="ye-unmapped" data-testid="ye-unmapped">
          <h2 id="ye-unmapped">{t.unmapped}</h2>
          <p className="hint">{t.unmappedHint}</p>
          <table className="report compact">
            <thead><tr><th scope="col">{t.cols.account}</th><th scope="col">{t.cols.name}</th><th scope="col" className="num">{t.cols.balance}</th></tr></thead>
            <tbody>{p.unmapped.map((u) => <tr key={u.account} data-account={u.account}><td>{u.account}</td><td>{u.name}</td><td className="num"><Amount value={u.balance} /></td></tr>)}</tbody>
          </table>
        </section>
      ) : null}
      <div className="preview-grid">
        <PlannedVouchers title={t.vouchers} vouchers={p.vouchers} testId="ye-vouchers" />
        {p.reversals.length ? <PlannedVouchers title={t.reversals} vouchers={p.reversals} testId="ye-reversals" /> : null}
      </div>
      {p.assets.length ? (
        <section className="panel" aria-labelledby="ye-assets">
          <h2 id="ye-assets">{t.assets}</h2>
          <table className="report compact">
            <thead><tr><th scope="col">{t.cols.id}</th><th scope="col">{t.cols.name}</th><th scope="col">{t.cols.method}</th><th scope="col" className="num">{t.cols.cost}</th><th scope="col" className="num">{t.cols.depreciation}</th><th scope="col" className="num">{t.cols.bookValue}</th></tr></thead>
            <tbody>{p.assets.map((a) => (
              <tr key={a.id}><td>{a.id}</td><td>{a.name}</td><td>{t.methods[a.method]}</td><td className="num"><Amount value={a.cost} /></td><td className="num"><Amount value={a.amount} /></td><td className="num"><Amount value={a.bookValueAfter} /></td></tr>
            ))}</tbody>
          </table>
        </section>
      ) : null}
      <FormRows forms={p.forms} />
      <section className="panel" aria-labelledby="ye-sru">
        <h2 id="ye-sru">{t.sru}</h2>
        {p.sru ? (
          <>
            <details><summary>INFO.SRU</summary><pre className="sru-text" data-testid="sru-info">{p.sru.info}</pre></details>
            <details><summary>BLANKETTER.SRU</summary><pre className="sru-text" data-testid="sru-blanketter">{p.sru.blanketter}</pre></details>
          </>
        ) : <p className="muted">{t.sruBlocked}</p>}
      </section>
      <section className="panel" aria-labelledby="ye-doc">
        <h2 id="ye-doc">{t.document(p.document.title)}</h2>
        <p className="muted small">{p.document.fileName}</p>
        <DocumentView html={p.document.html} label={t.documentLabel} />
      </section>
    </div>
  );
}
