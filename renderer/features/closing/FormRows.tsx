import { useState } from 'react';
import { sv } from '../../i18n/sv.js';
import type { YearEndPreviewDto } from '../../../shared/api/dto/closing.js';
import { type Blankett, rowLabel } from './rowLabel.js';

const t = sv.bokslut;
export const kr = (n: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(n);

function Rows({ id, form, title, rows, showZero }: { id: string; form: Blankett; title: string; rows: Record<string, number>; showZero: boolean }) {
  const all = Object.entries(rows);
  const shown = showZero ? all : all.filter(([, v]) => v !== 0);
  return (
    <section className="form-block" data-testid={`form-${id}`} aria-labelledby={`form-${id}-title`}>
      <h3 id={`form-${id}-title`}>{title}</h3>
      <dl className="form-rows">
        {shown.map(([k, v]) => {
          const l = rowLabel(form, k);
          return (
            <div key={k} data-row={k}>
              <dt><span className="form-code">{l.row}</span>{l.name ? <span className="form-name" title={l.name}>{l.name}</span> : null}</dt>
              <dd>{kr(v)}</dd>
            </div>
          );
        })}
      </dl>
      {!showZero && all.length > shown.length ? <p className="muted small">{t.zeroHidden(all.length - shown.length)}</p> : null}
    </section>
  );
}

/** The NE or INK2/INK2R/INK2S rows in whole kronor, as they go into the SRU file. */
export function FormRows({ forms }: { forms: YearEndPreviewDto['forms'] }) {
  const [showZero, setShowZero] = useState(false);
  return (
    <section className="panel" aria-labelledby="forms-title">
      <div className="panel-head">
        <h2 id="forms-title">{forms.ne ? t.formsTitle.ne : `${t.formsTitle.ink2}, INK2R, INK2S`}</h2>
        <label className="check-label"><input type="checkbox" checked={showZero} onChange={(e) => setShowZero(e.target.checked)} /> {t.showZero}</label>
      </div>
      {forms.ne ? <><Rows id="ne-1" form="NE" title={`${t.formsTitle.ne}, ${t.nePage(1)}`} rows={forms.ne.page1} showZero={showZero} /><Rows id="ne-2" form="NE" title={`${t.formsTitle.ne}, ${t.nePage(2)}`} rows={forms.ne.page2} showZero={showZero} /></> : null}
      {forms.ink2 ? <Rows id="ink2" form="INK2" title={t.formsTitle.ink2!} rows={forms.ink2} showZero={showZero} /> : null}
      {forms.ink2r ? <Rows id="ink2r" form="INK2R" title={t.formsTitle.ink2r!} rows={forms.ink2r} showZero={showZero} /> : null}
      {forms.ink2s ? <Rows id="ink2s" form="INK2S" title={t.formsTitle.ink2s!} rows={forms.ink2s} showZero={showZero} /> : null}
    </section>
  );
}
