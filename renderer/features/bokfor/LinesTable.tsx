import type { Ref } from 'react';
import { Combobox, type Option } from '../../components/Combobox.js';
import { searchOptions } from '../../components/search.js';
import { fmt } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';
import type { LineDraft } from './lines.js';

interface Props {
  rows: LineDraft[];
  accounts: Option[];
  errors: Record<string, string>;
  totals: { debit: number; credit: number; difference: number };
  linesError?: string | undefined;
  onChange: (key: number, patch: Partial<LineDraft>) => void;
  onRemove: (key: number) => void;
  onAdd: () => void;
  accountRef: (key: number) => Ref<HTMLInputElement>;
}

const t = sv.bokfor;

/** The voucher lines: account picker, debit and credit columns, and the live difference. */
export function LinesTable({ rows, accounts, errors, totals, linesError, onChange, onRemove, onAdd, accountRef }: Props) {
  const err = (key: number, col: string) => errors[`line:${key}:${col}`];
  const cellMsg = (key: number) => ['account', 'debit', 'credit', 'text'].map((c) => err(key, c)).find(Boolean);
  return (
    <table className="lines">
      <caption className="sr-only">Verifikationens rader</caption>
      <thead>
        <tr><th scope="col">{t.account}</th><th scope="col" className="num">{t.debit}</th><th scope="col" className="num">{t.credit}</th><th scope="col">{t.lineText}</th><th scope="col"><span className="sr-only">Åtgärd</span></th></tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const msg = cellMsg(r.key);
          const msgId = `line-${r.key}-msg`;
          const aria = (col: string) => ({ 'aria-invalid': !!err(r.key, col), ...(err(r.key, col) ? { 'aria-describedby': msgId } : {}) });
          return [
            <tr key={r.key} className={msg ? 'row-error' : undefined}>
              <td className="col-account">
                <Combobox id={`line-${r.key}-account`} value={r.account} options={accounts} search={(q) => searchOptions(accounts, q)}
                  onChange={(v) => onChange(r.key, { account: v })} placeholder={t.accountPlaceholder} inputRef={accountRef(r.key)}
                  aria-label={`${t.lineLabel(i + 1)}: ${t.account}`} {...aria('account')} />
              </td>
              <td className="num"><input id={`line-${r.key}-debit`} inputMode="decimal" className="amount-input" value={r.debit} aria-label={`${t.lineLabel(i + 1)}: ${t.debit}`} {...aria('debit')} onChange={(e) => onChange(r.key, { debit: e.target.value })} /></td>
              <td className="num"><input id={`line-${r.key}-credit`} inputMode="decimal" className="amount-input" value={r.credit} aria-label={`${t.lineLabel(i + 1)}: ${t.credit}`} {...aria('credit')} onChange={(e) => onChange(r.key, { credit: e.target.value })} /></td>
              <td><input id={`line-${r.key}-text`} value={r.text} aria-label={`${t.lineLabel(i + 1)}: ${t.lineText}`} {...aria('text')} onChange={(e) => onChange(r.key, { text: e.target.value })} /></td>
              <td data-enter-skip><button type="button" className="icon" onClick={() => onRemove(r.key)} aria-label={t.removeLine(i + 1)} disabled={rows.length <= 1}>×</button></td>
            </tr>,
            msg ? <tr key={`${r.key}-msg`} className="row-msg"><td colSpan={5}><p id={msgId} className="field-error" role="alert">{msg}</p></td></tr> : null,
          ];
        })}
      </tbody>
      <tfoot>
        <tr>
          <td><button type="button" className="secondary" onClick={onAdd}>{t.addLine}</button></td>
          <td className="num"><span className="sr-only">{t.sum} {t.debit}</span>{fmt(totals.debit)}</td>
          <td className="num"><span className="sr-only">{t.sum} {t.credit}</span>{fmt(totals.credit)}</td>
          <td colSpan={2}>
            <output className={`difference ${totals.difference !== 0 ? 'is-off' : totals.debit > 0 ? 'is-zero' : ''}`} aria-live="polite" data-testid="difference">
              {totals.difference !== 0 ? `${t.difference} ${fmt(totals.difference)}` : totals.debit > 0 ? t.balanced : ''}
            </output>
          </td>
        </tr>
        {linesError ? <tr className="row-msg"><td colSpan={5}><p className="field-error" role="alert" data-testid="lines-error">{linesError}</p></td></tr> : null}
      </tfoot>
    </table>
  );
}
