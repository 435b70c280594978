import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useApi } from '../../api/index.js';
import { Combobox, type Option } from '../../components/Combobox.js';
import { searchOptions } from '../../components/search.js';
import { Field } from '../../components/Field.js';
import { Amount, fmt } from '../../components/Amount.js';
import { Notice } from '../../components/Notice.js';
import { Modal } from '../../components/Modal.js';
import { advanceOnEnter } from '../../components/enter.js';
import { focusFirstError } from '../../components/focusError.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { BankBookDto, BankCandidateDto, BankQueueItemDto } from '../../../shared/api/dto/bank.js';
import type { ReceiptSummaryDto } from '../../../shared/api/dto/receipts.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { bookPlan, fieldOfBookError, previewAccount, previewTemplate, type BookChoice, type Preview } from './bookPlan.js';
import { Candidates } from './Candidates.js';

const t = sv.bank.queue;
const EMPTY: BookChoice = { template: '', account: '', text: '' };

interface Props {
  item: BankQueueItemDto;
  templates: Option[];
  accounts: Option[];
  names: ReadonlyMap<string, string>;
  templateRef: RefObject<HTMLInputElement | null>;
  /** `receipt` is the attached receipt's file name, or null. */
  onBooked: (r: BankBookDto, receipt: string | null) => void;
  onLinked: (voucher: string) => void;
  /** Alt+↑/↓: the previous or next row without booking. */
  onMove: (step: 1 | -1) => void;
}

/** Booking one bank row: a template, a counter-account or the suggestion; the lines are shown before posting. */
export function BookPanel({ item, templates, accounts, names, templateRef, onBooked, onLinked, onMove }: Props) {
  const api = useApi();
  const row = item.row;
  const [choice, setChoice] = useState<BookChoice>(EMPTY);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [errors, setErrors] = useState<Partial<Record<'template' | 'account' | 'text' | 'form', string>>>({});
  const [busy, setBusy] = useState(false);
  const plan = bookPlan(row, choice, item.suggestion !== null);
  /** The receipt to attach ('' = none): the queue's proposal unless the user picks another. */
  const [receiptId, setReceiptId] = useState(item.receipt ? String(item.receipt.id) : '');
  const [receipts, setReceipts] = useState<{ same: ReceiptSummaryDto[]; rest: ReceiptSummaryDto[] } | null>(null);
  const receiptRef = useRef<HTMLSelectElement>(null);
  const latestReceipt = useRef(receiptId);
  latestReceipt.current = receiptId;
  /** The receipt queue is read when the user goes to the field (not for every row passed by). */
  const loadReceipts = () => {
    if (receipts) return;
    setReceipts({ same: [], rest: [] });
    void Promise.all([
      api.call('receipts.queue', { amount: Math.abs(row.amount), near: row.date, limit: 50 }),
      api.call('receipts.queue', { limit: 100 }),
    ]).then(([same, all]) => {
      const s = same.ok ? same.value.receipts : [];
      const ids = new Set(s.map((r) => r.id));
      setReceipts({ same: s, rest: all.ok ? all.value.receipts.filter((r) => !ids.has(r.id)) : [] });
    });
  };

  useEffect(() => {
    let live = true;
    if (plan.kind === 'template') {
      void api.call('templates.apply', { name: choice.template, total: Math.abs(row.amount) }).then((r) => {
        if (live) setPreview(r.ok ? previewTemplate(r.value.lines, row) : { ok: false, message: errorText(r.error) });
      });
    } else if (plan.kind === 'account') setPreview(previewAccount(choice.account, row));
    else if (plan.kind === 'suggestion' && item.suggestion) setPreview({ ok: true, lines: item.suggestion.lines });
    else setPreview(null);
    return () => { live = false; };
  }, [api, plan.kind, choice.template, choice.account, row, item.suggestion]);

  const set = (k: keyof BookChoice, v: string) => { setChoice((c) => ({ ...c, [k]: v })); setErrors({}); };

  const latest = useRef(choice);
  latest.current = choice;

  /** A row that looks like a voucher already in the books is booked only after the user confirms. */
  const [confirming, setConfirming] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!confirming && refocus.current) { refocus.current = false; templateRef.current?.focus(); }
  });
  const cancelConfirm = () => { refocus.current = true; setConfirming(false); };
  const link = async (c: BankCandidateDto) => {
    setLinkError(null);
    const r = await api.call('bank.link', { rowId: row.id, voucherId: c.voucherId, lineNo: c.lineNo });
    if (r.ok) { setConfirming(false); onLinked(c.voucher); } else setLinkError(errorText(r.error));
  };

  const book = async (confirmed = false) => {
    const p = bookPlan(row, latest.current, item.suggestion !== null);
    if (p.kind === 'none') { setErrors({ template: t.needChoice }); templateRef.current?.focus(); return; }
    if (!confirmed && item.candidates.length) { setLinkError(null); setConfirming(true); return; }
    setConfirming(false);
    setBusy(true);
    const rid = latestReceipt.current;
    const r = await api.call('bank.book', { ...p.input, ...(rid ? { receiptId: Number(rid) } : {}) });
    setBusy(false);
    if (r.ok) return onBooked(r.value, rid ? receiptName(rid) : null);
    const problems = r.error.problems ?? [{ code: r.error.code, message: r.error.message, ...(r.error.path ? { path: r.error.path } : {}) }];
    const next: typeof errors = {};
    for (const pr of problems) next[fieldOfBookError(pr.path)] ??= errorText(pr);
    setErrors(next);
    // Focus goes to the first field in error (or the form's message) instead of falling to the page.
    focusFirstError(document.querySelector('[data-testid="book-panel"]'));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.altKey && e.code === 'KeyU') {
      e.preventDefault();
      receiptRef.current?.focus();
      return;
    }
    // Enter moves on as the hint says: from the receipt list, as from the last field, to "Bokför raden".
    if (e.key === 'Enter' && e.target === receiptRef.current && !e.altKey && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      submitRef.current?.focus();
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      (document.activeElement as HTMLElement | null)?.blur();
      setTimeout(() => void book(), 0);
      return;
    }
    if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      onMove(e.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    advanceOnEnter(e, () => submitRef.current?.focus());
  };

  const s = item.suggestion;
  const proposed = item.receipt;
  const loaded = [...(receipts?.same ?? []), ...(receipts?.rest ?? [])];
  function receiptName(id: string): string {
    if (proposed && String(proposed.id) === id) return proposed.fileName;
    return loaded.find((r) => String(r.id) === id)?.fileName ?? `#${id}`;
  }
  const label = (r: { fileName: string; date: string | null; total: number | null }) => t.receiptOption(r.fileName, r.date, r.total === null ? null : fmt(r.total));
  const others = (list: readonly ReceiptSummaryDto[]) => list.filter((r) => r.id !== proposed?.id).map((r) => <option key={r.id} value={String(r.id)}>{label(r)}</option>);
  return (
    <>
    <form className="book-panel card" data-testid="book-panel" onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); void book(); }} noValidate aria-label={t.panel}>
      <div className="book-row">
        <div>
          <div className="book-date">{row.date}</div>
          <div className="book-text">{row.text}</div>
          <div className="muted small">
            {row.counterparty ? <span>{row.counterparty} · </span> : null}
            {row.reference ? <span>{t.reference} {row.reference} · </span> : null}
            {t.fileLine(row.account, row.line)}
          </div>
        </div>
        <div className="book-amount"><Amount value={row.amount} />{row.originalCurrency && row.originalAmount !== null ? <div className="muted small"><Amount value={row.originalAmount} /> {row.originalCurrency}</div> : null}</div>
      </div>
      {s ? <p className="suggestion" data-testid="suggestion">{t.suggestion(t.sources[s.source] ?? '', s.template ?? s.text)}</p> : null}
      {proposed ? <p className="suggestion" data-testid="receipt-suggestion">{t.receiptFound(proposed.fileName, proposed.date, t.receiptDays(proposed.days))}</p> : null}
      {errors.form ? <Notice kind="error" focus>{errors.form}</Notice> : null}
      <div className="book-fields">
        <Field id="book-template" label={t.template} error={errors.template}>
          {(a) => <Combobox {...a} value={choice.template} options={templates} search={(q) => searchOptions(templates, q)} onChange={(v) => set('template', v)} placeholder={s ? t.templateOrSuggestion : t.templatePlaceholder} inputRef={templateRef} listOnFocus />}
        </Field>
        <Field id="book-account" label={t.account} error={errors.account}>
          {(a) => <Combobox {...a} value={choice.account} options={accounts} search={(q) => searchOptions(accounts, q)} onChange={(v) => set('account', v)} placeholder={t.accountPlaceholder} />}
        </Field>
        <Field id="book-text" label={t.text} error={errors.text}>
          {(a) => <input {...a} value={choice.text} placeholder={s?.text || row.text} onChange={(e) => set('text', e.target.value)} />}
        </Field>
      </div>
      <div className="field book-receipt" data-enter-skip>
        <label htmlFor="book-receipt">{t.receipt}</label>
        <select id="book-receipt" ref={receiptRef} value={receiptId} onChange={(e) => setReceiptId(e.target.value)} onFocus={loadReceipts} onMouseDown={loadReceipts}>
          {proposed ? <option value={String(proposed.id)}>{t.receiptSuggested}{label(proposed)}</option> : null}
          <option value="">{t.receiptNone}</option>
          {receipts?.same.some((r) => r.id !== proposed?.id) ? <optgroup label={t.receiptSame}>{others(receipts.same)}</optgroup> : null}
          {receipts?.rest.some((r) => r.id !== proposed?.id) ? <optgroup label={t.receiptOthers}>{others(receipts.rest)}</optgroup> : null}
        </select>
      </div>
      {preview ? (
        preview.ok ? (
          <table className="report compact book-lines" data-testid="book-lines">
            <caption className="muted small">{t.linesCaption[plan.kind === 'none' ? 'suggestion' : plan.kind]}</caption>
            <thead><tr><th scope="col">{sv.bokfor.account}</th><th scope="col" className="num">{sv.bokfor.debit}</th><th scope="col" className="num">{sv.bokfor.credit}</th></tr></thead>
            <tbody>
              {preview.lines.map((l, i) => (
                <tr key={`${l.account}-${i}`} data-account={l.account}><td>{l.account} {names.get(l.account) ?? ''}</td>
                  <td className="num">{l.amount > 0 ? <Amount value={ore(l.amount)} /> : null}</td><td className="num">{l.amount < 0 ? <Amount value={ore(-l.amount)} /> : null}</td></tr>
              ))}
            </tbody>
          </table>
        ) : <p className="field-error" role="alert">{preview.message}</p>
      ) : <p className="muted small">{t.chooseHint}</p>}
      <div className="actions">
        <button type="submit" ref={submitRef} className="primary" disabled={busy}>{t.book}</button>
        <span className="hint">{t.keys} {t.receiptKeys}</span>
      </div>
      {item.candidates.length ? <Candidates rowId={row.id} candidates={item.candidates} onLinked={onLinked} /> : null}
    </form>
    {confirming ? (
      <Modal title={sv.bank.match.candidatesTitle} onClose={cancelConfirm}>
        <div data-testid="book-confirm">
          <p>{t.looksLike(item.candidates.map((c) => t.likeVoucher(c.voucher, c.date, sv.bank.match.kinds[c.kind] ?? '')))}</p>
          <div className="actions">
            <button type="button" onClick={cancelConfirm}>{t.cancel}</button>
            {item.candidates.map((c) => <button type="button" key={`${c.voucherId}-${c.lineNo}`} className="secondary" onClick={() => void link(c)}>{sv.bank.match.link(c.voucher)}</button>)}
            <button type="button" className="primary" onClick={() => void book(true)}>{t.bookAnyway}</button>
          </div>
          {linkError ? <p className="field-error" role="alert">{linkError}</p> : null}
        </div>
      </Modal>
    ) : null}
    </>
  );
}
