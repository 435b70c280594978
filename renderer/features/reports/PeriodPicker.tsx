import type { FiscalYearDto } from '../../../shared/api/dto.js';
import { sv, monthName } from '../../i18n/sv.js';
import { type Period, monthsOf, withYear } from './period.js';

/** Fiscal year and from/to month, as three lists (all keyboard-operable). */
export function PeriodPicker({ years, value, onChange }: { years: readonly FiscalYearDto[]; value: Period; onChange: (p: Period) => void }) {
  const fy = years.find((y) => y.start === value.fiscalYear) ?? years[0];
  const months = fy ? monthsOf(fy) : [];
  return (
    <fieldset className="period">
      <legend className="sr-only">Period</legend>
      <div className="field compact">
        <label htmlFor="p-year">{sv.reports.fiscalYear}</label>
        <select id="p-year" value={value.fiscalYear} onChange={(e) => { const y = years.find((x) => x.start === e.target.value); if (y) onChange(withYear(value, y)); }}>
          {years.map((y) => <option key={y.start} value={y.start}>{y.start} – {y.end}{y.state === 'closed' ? ' (avslutat)' : ''}</option>)}
        </select>
      </div>
      <div className="field compact">
        <label htmlFor="p-from">{sv.reports.fromMonth}</label>
        <select id="p-from" value={value.fromMonth} onChange={(e) => onChange({ ...value, fromMonth: e.target.value })}>
          {months.map((m) => <option key={m} value={m}>{monthName(m)}</option>)}
        </select>
      </div>
      <div className="field compact">
        <label htmlFor="p-to">{sv.reports.toMonth}</label>
        <select id="p-to" value={value.toMonth} onChange={(e) => onChange({ ...value, toMonth: e.target.value })}>
          {months.map((m) => <option key={m} value={m}>{monthName(m)}</option>)}
        </select>
      </div>
    </fieldset>
  );
}
