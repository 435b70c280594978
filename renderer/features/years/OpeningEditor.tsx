import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/index.js';
import { Combobox, type Option } from '../../components/Combobox.js';
import { searchOptions } from '../../components/search.js';
import { Notice } from '../../components/Notice.js';
import { fmt } from '../../components/Amount.js';
import { advanceOnEnter } from '../../components/enter.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { FiscalYearDto } from '../../../shared/api/dto.js';
import { type LineDraft, emptyLine, isBlank, prepareLines, rowsFromAmounts, totals as sumLines } from '../bokfor/lines.js';
import { openingErrorField } from './opening.js';

const t = sv.years;
const b = sv.bokfor;
let nextKey = 1;

/** Form rows from stored opening balances, with one empty row to go on with. */
function rowsOf(opening: readonly { account: string; amount: number }[]): LineDraft[] {
  const rows = rowsFromAmounts(opening, nextKey);
  nextKey += rows.length;
  return rows.length ? [...rows, emptyLine(nextKey++)] : [emptyLine(nextKey++), emptyLine(nextKey++)];
}

interface Props {
  year: FiscalYearDto;
  opening: readonly { account: string; amount: number }[];
  /** Options for the picker (active accounts) and every account number the chart has. */
  accounts: Option[];
  known: ReadonlySet<string>;
  onSaved: (y: FiscalYearDto) => void;
}

/**
 * Ingående balanser by hand, for a year not carried from a previous one: account (Bokför's
 * picker), debit and credit, the live sum that must be zero; opening.set; each refusal on the row
 * or the sum it concerns.
 */
export function OpeningEditor({ year, opening, accounts, known, onSaved }: Props) {
  const api = useApi();
  const [rows, setRows] = useState<LineDraft[]>(() => rowsOf(opening));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const refs = useRef(new Map<number, HTMLInputElement | null>());
  const focusKey = useRef<number | null>(null);
  const latest = useRef(rows);
  latest.current = rows;

  useEffect(() => {
    if (focusKey.current !== null) {
      refs.current.get(focusKey.current)?.focus();
      focusKey.current = null;
    }
  });

  const change = (key: number, patch: Partial<LineDraft>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(`line:${key}:`) && k !== 'sum')));
  };
  const addRow = () => {
    const key = nextKey++;
    focusKey.current = key;
    setRows((rs) => [...rs, emptyLine(key)]);
  };
  const removeRow = (key: number) => setRows((rs) => (rs.length > 1 ? rs.filter((r) => r.key !== key) : rs));

  const save = async () => {
    const rs = latest.current;
    const prep = prepareLines(rs, b);
    if (prep.problems.length > 0) {
      setErrors(Object.fromEntries(prep.problems.map((p) => [p.field, p.message])));
      return;
    }
    if (prep.lines.length === 0) {
      setErrors({ sum: t.needLine });
      return;
    }
    setBusy(true);
    const r = await api.call('opening.set', { fiscalYear: year.start, lines: prep.lines.map((l) => ({ account: l.account, amount: l.amount })) });
    setBusy(false);
    if (!r.ok) {
      const field = openingErrorField(r.error, prep.keys, rs, known);
      const row = field.startsWith('line:') ? rs.find((x) => field === `line:${x.key}:account`) : undefined;
      const text = r.error.code === 'opening-unbalanced' ? t.unbalanced(fmt(sumLines(rs).difference))
        : r.error.code === 'unknown-account' && row ? t.unknownAccount(row.account.trim())
          : r.error.code === 'opening-carried' ? t.carried
            : r.error.code === 'fiscal-year-closed' ? t.closed
              : errorText(r.error);
      setErrors({ [field]: text });
      return;
    }
    setErrors({});
    onSaved(r.value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      (document.activeElement as HTMLElement | null)?.blur();
      setTimeout(() => void save(), 0);
      return;
    }
    const last = rows[rows.length - 1];
    advanceOnEnter(e, () => { if (last && !isBlank(last)) addRow(); });
  };

  const tot = sumLines(rows);
  const err = (key: number, col: string) => errors[`line:${key}:${col}`];
  const sumText = errors.sum ?? (tot.difference !== 0 ? `${t.sumIs(fmt(tot.difference))} ${t.mustBeZero}` : tot.debit > 0 ? t.balanced : '');
  return (
    <form className="opening-editor" onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="opening-editor">
      <p className="hint">{t.editorHint}</p>
      {errors.form ? <Notice kind="error"><span data-testid="opening-error">{errors.form}</span></Notice> : null}
      <table className="lines">
        <caption className="sr-only">{t.editorCaption}</caption>
        <thead>
          <tr><th scope="col">{t.account}</th><th scope="col" className="num">{b.debit}</th><th scope="col" className="num">{b.credit}</th><th scope="col"><span className="sr-only">Åtgärd</span></th></tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const msg = ['account', 'debit', 'credit'].map((c) => err(r.key, c)).find(Boolean);
            const msgId = `opening-${r.key}-msg`;
            const aria = (col: string) => ({ 'aria-invalid': !!err(r.key, col), ...(err(r.key, col) ? { 'aria-describedby': msgId } : {}) });
            return [
              <tr key={r.key} className={msg ? 'row-error' : undefined} data-testid="opening-row">
                <td className="col-account">
                  <Combobox id={`opening-${r.key}-account`} value={r.account} options={accounts} search={(q) => searchOptions(accounts, q)}
                    onChange={(v) => change(r.key, { account: v })} placeholder={b.accountPlaceholder} inputRef={(el) => { refs.current.set(r.key, el); }}
                    aria-label={`${b.lineLabel(i + 1)}: ${t.account}`} {...aria('account')} />
                </td>
                <td className="num"><input id={`opening-${r.key}-debit`} inputMode="decimal" className="amount-input" value={r.debit} aria-label={`${b.lineLabel(i + 1)}: ${b.debit}`} {...aria('debit')} onChange={(e) => change(r.key, { debit: e.target.value })} /></td>
                <td className="num"><input id={`opening-${r.key}-credit`} inputMode="decimal" className="amount-input" value={r.credit} aria-label={`${b.lineLabel(i + 1)}: ${b.credit}`} {...aria('credit')} onChange={(e) => change(r.key, { credit: e.target.value })} /></td>
                <td data-enter-skip><button type="button" className="icon" onClick={() => removeRow(r.key)} aria-label={b.removeLine(i + 1)} disabled={rows.length <= 1}>×</button></td>
              </tr>,
              msg ? <tr key={`${r.key}-msg`} className="row-msg"><td colSpan={4}><p id={msgId} className="field-error" role="alert">{msg}</p></td></tr> : null,
            ];
          })}
        </tbody>
        <tfoot>
          <tr>
            <td><button type="button" className="secondary" onClick={addRow}>{b.addLine}</button></td>
            <td className="num"><span className="sr-only">{t.sum} {b.debit}</span>{fmt(tot.debit)}</td>
            <td className="num"><span className="sr-only">{t.sum} {b.credit}</span>{fmt(tot.credit)}</td>
            <td />
          </tr>
          <tr className="row-msg">
            <td colSpan={4}>
              <output id="opening-sum" className={`difference ${errors.sum || tot.difference !== 0 ? 'is-off' : tot.debit > 0 ? 'is-zero' : ''}`} aria-live="polite" data-testid="opening-sum"
                role={errors.sum ? 'alert' : undefined}>
                {sumText}
              </output>
            </td>
          </tr>
        </tfoot>
      </table>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? t.saving : t.save}</button>
        <button type="button" onClick={() => { setRows(rowsOf(opening)); setErrors({}); }}>{t.reset}</button>
      </div>
    </form>
  );
}
