import { useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import { SIZE_CLASS_SV } from '../../../shared/domain/closing/timeLimits.js';
import type { CalendarDto } from '../../../shared/api/dto/closing.js';

const t = sv.closing;

interface Props { years: readonly number[]; year: number; onYear: (y: number) => void; today: string; refreshKey: number }

/** The year's deadlines (bookkeeping, VAT, filings) from closing.calendar. */
export function DeadlineCalendar({ years, year, onYear, today, refreshKey }: Props) {
  const api = useApi();
  const [cal, setCal] = useState<CalendarDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    void api.call('closing.calendar', { year }).then((r) => {
      if (!live) return;
      if (r.ok) setCal(r.value); else { setCal(null); setError(errorText(r.error)); }
    });
    return () => { live = false; };
  }, [api, year, refreshKey]);

  const shown = cal && cal.year === year ? cal : null;
  return (
    <section className="panel closing-calendar" aria-labelledby="calendar-title">
      <div className="panel-head">
        <h2 id="calendar-title">{t.calendar}</h2>
        <div className="field compact">
          <label htmlFor="calendar-year">{t.calendarYear}</label>
          <select id="calendar-year" value={year} onChange={(e) => onYear(Number(e.target.value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
      </div>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {shown ? (
        <>
          <p className="hint">{t.calendarHint(SIZE_CLASS_SV[shown.sizeClass])}</p>
          <table className="report compact" data-testid="calendar">
            <thead><tr><th scope="col">{t.cols.date}</th><th scope="col">{t.cols.title}</th><th scope="col">{t.cols.period}</th><th scope="col">{t.cols.rule}</th></tr></thead>
            <tbody>
              {shown.items.map((d, n) => (
                <tr key={n} data-kind={d.kind} className={d.date < today ? 'is-past' : undefined}>
                  <td className="nowrap">{d.date}{d.weekend ? <span className="tag warn">{t.weekend}</span> : null}{d.uncertain ? <span className="tag warn">{t.uncertain}</span> : null}{d.date < today ? <span className="tag">{t.past}</span> : null}</td>
                  <td>{d.title}</td>
                  <td className="nowrap">{d.period}</td>
                  <td className="small muted">{d.rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
