import { sv } from '../../i18n/sv.js';
import { ROW_COLUMNS, emptyRow } from './rowColumns.js';

const t = sv.bokslut;

interface Props { arrayKey: string; defaultText: string; rows: Record<string, unknown>[]; onChange: (rows: Record<string, unknown>[]) => void }

/** One of the answers file's arrays as an editable table: a row per item, add and remove by keyboard. */
export function RowsEditor({ arrayKey, defaultText, rows, onChange }: Props) {
  const cols = ROW_COLUMNS[arrayKey] ?? [];
  const title = t.rowsTitle[arrayKey] ?? arrayKey;
  const hint = t.rowsHint[arrayKey];
  const set = (i: number, k: string, v: string) => onChange(rows.map((r, n) => (n === i ? { ...r, [k]: v } : r)));
  const id = `rows-${arrayKey.replace(/\W+/g, '-')}`;
  return (
    <fieldset className="rows-editor" aria-labelledby={`${id}-legend`} data-testid={id}>
      <legend id={`${id}-legend`}>{title}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {rows.length === 0 ? <p className="muted small">{t.noRows} {t.defaultIs(defaultText)}</p> : (
        <table>
          <thead><tr>{cols.map((c) => <th key={c.key} scope="col">{t.cols[c.label ?? c.key] ?? c.key}{c.optional ? ` ${t.optional}` : ''}</th>)}<th><span className="sr-only">{sv.app.close}</span></th></tr></thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {cols.map((c) => {
                  const label = `${t.cols[c.label ?? c.key] ?? c.key} rad ${i + 1}`;
                  const v = String(r[c.key] ?? '');
                  return (
                    <td key={c.key}>
                      {c.kind === 'select'
                        ? <select aria-label={label} value={v} onChange={(e) => set(i, c.key, e.target.value)}>{c.options?.map((o) => <option key={o} value={o}>{t.methods[o] ?? o}</option>)}</select>
                        : <input aria-label={label} value={v} inputMode={c.kind === 'text' || c.kind === 'date' ? undefined : 'decimal'} placeholder={c.kind === 'date' ? 'ÅÅÅÅ-MM-DD' : undefined}
                          onChange={(e) => set(i, c.key, e.target.value)} />}
                    </td>
                  );
                })}
                <td><button type="button" className="icon" aria-label={t.removeRow(i + 1)} onClick={() => onChange(rows.filter((_, n) => n !== i))}>×</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => onChange([...rows, emptyRow(cols)])}>{t.addRow}</button>
    </fieldset>
  );
}
