import type { VatReportDto } from '../../../shared/api/dto/vat.js';
import { BOX_IDS, BOX_LABELS } from '../../../shared/domain/vat/boxIds.js';
import { Notice } from '../../components/Notice.js';
import { sv } from '../../i18n/sv.js';
import { fmtDelta, fmtKronor } from './momsForm.js';

const t = sv.moms;

/** The checks with their severity, and "ändrat efter rapportering" with the delta per box. */
export function MomsChecks({ report }: { report: VatReportDto }) {
  const changed = report.changedAfterReport;
  const filed = report.reported?.boxes;
  return (
    <>
      {changed ? (
        <Notice kind="warn">
          <div data-testid="moms-changed">
            <p className="moms-changed-text">{changed.message}</p>
            <table className="report compact">
              <thead><tr><th scope="col">{t.changedCols.box}</th><th scope="col" className="num">{t.changedCols.filed}</th><th scope="col" className="num">{t.changedCols.now}</th><th scope="col" className="num">{t.changedCols.delta}</th></tr></thead>
              <tbody>
                {BOX_IDS.filter((b) => changed.delta[b] !== undefined).map((b) => (
                  <tr key={b} data-box={b}>
                    <td>{b} {BOX_LABELS[b]}</td>
                    <td className="num">{filed ? fmtKronor(filed[b]) : ''}</td>
                    <td className="num">{fmtKronor(report.boxes[b])}</td>
                    <td className="num">{fmtDelta(changed.delta[b] ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Notice>
      ) : null}
      <section className="moms-checks" aria-labelledby="moms-checks-title" data-testid="moms-checks">
        <h2 id="moms-checks-title">{t.checks}</h2>
        {report.checks.length === 0 ? <p className="muted">{t.noChecks}</p> : (
          <ul className="checks">
            {report.checks.map((c, i) => (
              <li key={`${c.code}-${i}`} className={`check check-${c.severity}`} data-code={c.code}>
                <span className={`severity severity-${c.severity}`}>{t.severity[c.severity]}</span>
                <span className="check-text">{c.message}{c.boxes.length ? <span className="muted small"> · {t.checkBoxes(c.boxes.join(', '))}</span> : null}</span>
              </li>
            ))}
          </ul>
        )}
        {!report.canFile ? <p className="field-error" role="alert">{t.blocked}</p> : null}
      </section>
    </>
  );
}
