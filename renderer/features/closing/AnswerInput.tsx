import { Field } from '../../components/Field.js';
import { sv } from '../../i18n/sv.js';
import type { AnswerFieldDto } from '../../../shared/api/dto/closing.js';

const t = sv.bokslut;

export const fieldId = (key: string) => `ans-${key.replace(/[^\w]+/g, '-')}`;

interface Props { field: AnswerFieldDto; value: unknown; onChange: (v: unknown) => void }

/** One answer that is a single value: a checkbox for yes/no, a choice where the file has one, a text box otherwise. */
export function AnswerInput({ field, value, onChange }: Props) {
  const id = fieldId(field.key);
  if (typeof value === 'boolean') {
    return (
      <div className="field">
        <label className="check-label" htmlFor={id}><input id={id} type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} /> {field.label}</label>
        <p className="field-hint">{t.defaultIs(field.default === 'true' ? t.yes : field.default === 'false' ? 'nej' : field.default)}</p>
      </div>
    );
  }
  if (field.key === 'ab.purchases') {
    return (
      <Field id={id} label={field.label} hint={t.defaultIs(field.default)}>
        {(a) => <select {...a} value={String(value)} onChange={(e) => onChange(e.target.value)}>{Object.entries(t.purchases).map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select>}
      </Field>
    );
  }
  const numeric = typeof value === 'number';
  const long = field.key === 'annualReport.activity' || field.key === 'annualReport.significantEvents';
  return (
    <Field id={id} label={field.label} hint={t.defaultIs(field.default)}>
      {(a) => long
        ? <textarea {...a} rows={3} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />
        : <input {...a} value={String(value ?? '')} inputMode={numeric ? 'numeric' : undefined}
          onChange={(e) => onChange(numeric && /^\d+$/.test(e.target.value) ? Number(e.target.value) : e.target.value)} />}
    </Field>
  );
}
