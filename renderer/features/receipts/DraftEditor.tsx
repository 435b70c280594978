import { useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Field } from '../../components/Field.js';
import { fmt } from '../../components/Amount.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { ReceiptDto, ReceiptSuggestionDto } from '../../../shared/api/dto/receipts.js';
import { linesFromRows, newRow, rowsFromLines, type DraftRow } from './draft.js';

const t = sv.receipts;
type Pay = 'bank' | 'cash' | 'private';

interface Props { receipt: ReceiptDto; suggestion: ReceiptSuggestionDto; onPosted: (ref: string) => void }

/** The suggested voucher, editable, posted with the receipt attached in one step. Nothing is posted without the button. */
export function DraftEditor({ receipt, suggestion, onPosted }: Props) {
  const api = useApi();
  const [s, setS] = useState(suggestion);
  const [rows, setRows] = useState<DraftRow[]>(() => [...rowsFromLines(suggestion.lines), newRow()]);
  const [date, setDate] = useState(suggestion.date ?? '');
  const [text, setText] = useState(suggestion.text);
  const [pay, setPay] = useState<Pay | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    void api.call('accounts.list', { includeInactive: true }).then((r) => { if (r.ok) setNames(new Map(r.value.map((a) => [a.number, a.name]))); });
  }, [api]);
  const nameOf = (account: string) => {
    const a = account.trim();
    if (!/^\d{4}$/.test(a) || names.size === 0) return '';
    return names.get(a) ?? t.unknownAccount;
  };
  const parsed = linesFromRows(rows);
  const change = (key: number, patch: Partial<DraftRow>) => setRows((rs) => {
    const out = rs.map((r) => (r.key === key ? { ...r, ...patch } : r));
    return out[out.length - 1]?.account ? [...out, newRow()] : out;
  });
  const repay = async (p: Pay) => {
    setPay(p);
    const r = await api.call('receipts.suggest', { id: receipt.id, pay: p });
    if (r.ok) { setS(r.value); setRows([...rowsFromLines(r.value.lines), newRow()]); }
  };
  const post = async () => {
    setError(null);
    if (!parsed.ok) return setError(parsed.message);
    setBusy(true);
    const r = await api.call('receipts.post', { receiptId: receipt.id, date, text, lines: parsed.lines, ...(receipt.fields.merchant ? { counterparty: receipt.fields.merchant } : {}) });
    setBusy(false);
    if (r.ok) onPosted(r.value.voucher.ref); else setError(errorText(r.error));
  };
  return (
    <form className="receipt-draft" aria-label={t.draft} onSubmit={(e) => { e.preventDefault(); void post(); }}>
      <h3>{t.draft}</h3>
      <p className="muted small" data-testid="suggestion-source">{s.source === 'history' ? t.fromHistory(s.basedOn ?? '') : s.source === 'keyword' ? t.fromKeyword : t.fromDefault}</p>
      {s.notes.map((n, i) => <p key={i} className="field-hint">{n}</p>)}
      <div className="row">
        <Field id="receipt-date" label={t.date}>{(a) => <input {...a} value={date} onChange={(e) => setDate(e.target.value)} placeholder="ÅÅÅÅ-MM-DD" />}</Field>
        <Field id="receipt-text" label={t.text}>{(a) => <input {...a} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
        <Field id="receipt-pay" label={t.paidWith}>{(a) => (
          <select {...a} value={pay} onChange={(e) => void repay(e.target.value as Pay)}>
            <option value="" disabled>{t.payChoose}</option>
            <option value="bank">{t.pay.bank}</option><option value="cash">{t.pay.cash}</option><option value="private">{t.pay.private}</option>
          </select>
        )}</Field>
      </div>
      {/* Each line on two rows (account, debit, credit; then its text), so that the account's name and the text fit beside the picture. */}
      <table className="lines" data-testid="receipt-lines">
        <colgroup><col className="col-account" /><col className="col-amount" /><col className="col-amount" /></colgroup>
        <thead><tr><th scope="col">{t.account}</th><th scope="col" className="num">{t.debit}</th><th scope="col" className="num">{t.credit}</th></tr></thead>
        {rows.map((r, i) => (
          <tbody key={r.key} className="draft-line">
            <tr>
              <td>
                <div className="account-cell">
                  <input aria-label={`${t.account} rad ${i + 1}`} className="account-input" value={r.account} onChange={(e) => change(r.key, { account: e.target.value })} />
                  {nameOf(r.account) ? <span className="account-name" data-testid={`account-name-${i + 1}`} title={`${r.account.trim()} ${nameOf(r.account)}`}>{nameOf(r.account)}</span> : null}
                </div>
              </td>
              <td><input aria-label={`${t.debit} rad ${i + 1}`} className="amount-input" inputMode="decimal" value={r.debit} onChange={(e) => change(r.key, { debit: e.target.value, credit: e.target.value ? '' : r.credit })} /></td>
              <td><input aria-label={`${t.credit} rad ${i + 1}`} className="amount-input" inputMode="decimal" value={r.credit} onChange={(e) => change(r.key, { credit: e.target.value, debit: e.target.value ? '' : r.debit })} /></td>
            </tr>
            <tr className="line-text">
              <td colSpan={3}><input aria-label={`${t.lineText} rad ${i + 1}`} placeholder={t.lineText} value={r.text} title={r.text || undefined} onChange={(e) => change(r.key, { text: e.target.value })} /></td>
            </tr>
          </tbody>
        ))}
      </table>
      <p className={parsed.ok && parsed.difference === 0 ? 'field-ok' : 'field-error'} data-testid="receipt-difference">
        {parsed.ok ? (parsed.difference === 0 ? t.balanced : t.difference(fmt(parsed.difference))) : parsed.message}
      </p>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <button type="submit" className="primary" disabled={busy || !parsed.ok || parsed.difference !== 0}>{t.post}</button>
    </form>
  );
}
