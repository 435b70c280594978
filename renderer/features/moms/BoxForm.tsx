import type { ReactNode } from 'react';
import type { VatReportDto } from '../../../shared/api/dto/vat.js';
import { BOX_LABELS, type BoxId } from '../../../shared/domain/vat/boxIds.js';
import { sv } from '../../i18n/sv.js';
import { LEFT_SECTIONS, RIGHT_SECTIONS, fmtDelta, fmtKronor, type FormSection } from './momsForm.js';

const t = sv.moms;

interface Props {
  report: VatReportDto;
  /** Boxes a check points at. */
  flagged: ReadonlySet<string>;
  onBox: (box: BoxId) => void;
  /** Shown under section G, where the form has room (the file and booking actions). */
  aside?: ReactNode;
}

/** The momsdeklaration as Skatteverket's form: sections A–I, box numbers, labels, whole kronor; each figure drills down. */
export function BoxForm({ report, flagged, onBox, aside }: Props) {
  const delta = report.changedAfterReport?.delta ?? {};
  const section = (s: FormSection) => (
    <table className="moms-section" key={s.letter} data-section={s.letter}>
      <caption><span className="moms-letter">{s.letter}</span> {s.title}</caption>
      <tbody>
        {s.boxes.map((b) => {
          const v = report.boxes[b];
          const d = delta[b];
          const is49 = b === '49';
          return (
            <tr key={b} data-box={b} className={`${flagged.has(b) ? 'is-flagged' : ''}${is49 ? ' is-total' : ''}`}>
              <th scope="row" className="moms-no">{b}</th>
              <td className="moms-label">{BOX_LABELS[b]}{d !== undefined ? <em className="tag warn" title={t.changed}>{t.changedTag(fmtDelta(d))}</em> : null}</td>
              <td className="moms-value num">
                {v !== 0 || is49 ? (
                  <button type="button" className="figure" onClick={() => onBox(b)} aria-label={t.drill(b, fmtKronor(v))}>{fmtKronor(v)}</button>
                ) : <span className="moms-empty" aria-label={t.emptyBox} />}
                {is49 && v !== 0 ? <span className="moms-sign">{v > 0 ? t.pay : t.refund}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return (
    <div className="moms-form" data-testid="moms-form">
      <div className="moms-col">{LEFT_SECTIONS.map(section)}</div>
      <div className="moms-col">{RIGHT_SECTIONS.map(section)}{aside}</div>
    </div>
  );
}
