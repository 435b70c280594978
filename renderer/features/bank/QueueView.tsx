import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/index.js';
import type { Option } from '../../components/Combobox.js';
import { Amount, fmt } from '../../components/Amount.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { BankQueueDto } from '../../../shared/api/dto/bank.js';
import { BookPanel } from './BookPanel.js';

const t = sv.bank.queue;

interface Props {
  accounts: Option[];
  names: ReadonlyMap<string, string>;
  refreshKey: number;
  onOpenVoucher: (ref: string, date: string) => void;
  onCount: (n: number) => void;
  onChanged: () => void;
}

/** The daily work queue: unbooked bank rows, oldest first; book one and the next is ready, keyboard only. */
export function QueueView({ accounts, names, refreshKey, onOpenVoucher, onCount, onChanged }: Props) {
  const api = useApi();
  const [queue, setQueue] = useState<BankQueueDto | null>(null);
  const [active, setActive] = useState(0);
  /** Templates per bank account, loaded once: a list that changed under the user's typing would reset the field. */
  const [templates, setTemplates] = useState<ReadonlyMap<string, Option[]>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ text: string; ref: string; date: string } | null>(null);
  const templateRef = useRef<HTMLInputElement>(null);
  const focusTemplate = useRef(true);

  useEffect(() => {
    let live = true;
    void api.call('bank.queue', { limit: 200 }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(errorText(r.error));
      setQueue(r.value);
      onCount(r.value.total);
      setActive((a) => Math.max(0, Math.min(a, r.value.rows.length - 1)));
    });
    return () => { live = false; };
  }, [api, refreshKey, onCount]);

  const item = queue?.rows[active] ?? null;
  const wanted = [...new Set(queue?.rows.map((q) => q.row.account) ?? [])].filter((a) => !templates.has(a)).join(',');
  useEffect(() => {
    for (const account of wanted ? wanted.split(',') : []) {
      void api.call('bank.templates', { account }).then((r) => {
        const list = r.ok ? r.value.map((x) => ({ value: x.name, label: x.name, hint: x.description })) : [];
        setTemplates((m) => (m.has(account) ? m : new Map(m).set(account, list)));
      });
    }
  }, [api, wanted]);
  const itemTemplates = item ? templates.get(item.row.account) : undefined;

  useEffect(() => {
    if (focusTemplate.current && templateRef.current) {
      templateRef.current.focus();
      focusTemplate.current = false;
    }
  });

  const select = useCallback((i: number, focusForm: boolean) => {
    if (!queue || queue.rows.length === 0) return;
    const n = Math.max(0, Math.min(queue.rows.length - 1, i));
    setActive(n);
    if (focusForm) focusTemplate.current = true;
    else document.querySelector<HTMLElement>(`[data-queue-row="${n}"]`)?.focus();
  }, [queue]);

  const onListKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); select(i + (e.key === 'ArrowDown' ? 1 : -1), false); }
    else if (e.key === 'Home' || e.key === 'End') { e.preventDefault(); select(e.key === 'Home' ? 0 : (queue?.rows.length ?? 1) - 1, false); }
  };

  /** The row leaves the queue at once (the next one is ready to book); `onChanged` then reloads it (suggestions learn from the booking). */
  const after = (rowId: number, text: string, ref: string, date: string) => {
    setDone({ text, ref, date });
    setQueue((q) => (q ? { ...q, total: q.total - 1, rows: q.rows.filter((x) => x.row.id !== rowId) } : q));
    setActive((a) => Math.max(0, Math.min(a, (queue?.rows.length ?? 1) - 2)));
    focusTemplate.current = true;
    onChanged();
  };

  if (error) return <Notice kind="error">{error}</Notice>;
  const several = new Set(queue?.rows.map((q) => q.row.account)).size > 1;
  if (!queue) return <p className="muted">{sv.app.loading}</p>;
  return (
    <div className="bank-queue">
      {done ? (
        <Notice kind="ok" onClose={() => setDone(null)}>
          <span data-testid="bank-booked">{done.text}</span>{' '}
          <button type="button" className="link" onClick={() => onOpenVoucher(done.ref, done.date)}>{sv.voucher.title(done.ref)}</button>
        </Notice>
      ) : null}
      {queue.rows.length === 0 ? <p className="muted" data-testid="queue-empty">{t.empty}</p> : (
        <div className="queue-grid">
          <div className="queue-list" role="list" aria-label={t.listLabel}>
            <p className="muted small queue-count" data-testid="queue-count" aria-live="polite">{t.count(queue.total, queue.rows.length)}</p>
            {queue.rows.map((q, i) => (
              <div role="listitem" key={q.row.id}>
                <button type="button" className="queue-row" data-queue-row={i} aria-current={i === active ? 'true' : undefined} tabIndex={i === active ? 0 : -1}
                  aria-label={`${q.row.date} ${q.row.text} ${fmt(q.row.amount)}`} onClick={() => select(i, true)} onKeyDown={(e) => onListKey(e, i)}
>
                  <span className="q-date">{q.row.date}{several ? <small className="q-account">{q.row.account}</small> : null}</span>
                  <span className="q-text">{q.row.text}{q.suggestion ? <em className="tag">{t.hasSuggestion}</em> : null}{q.candidates.length ? <em className="tag warn">{t.hasCandidates}</em> : null}{q.receipt ? <em className="tag" data-testid="queue-receipt">{t.hasReceipt}</em> : null}</span>
                  <span className="q-amount num"><Amount value={q.row.amount} /></span>
                </button>
              </div>
            ))}
          </div>
          {item && itemTemplates ? (
            <BookPanel key={item.row.id} item={item} templates={itemTemplates} accounts={accounts} names={names} templateRef={templateRef}
              onMove={(step) => select(active + step, true)}
              onBooked={(r, receipt) => after(item.row.id, receipt ? t.bookedWith(r.row.date, r.voucher.ref, receipt) : t.booked(r.row.date, r.voucher.ref), r.voucher.ref, r.voucher.date)}
              onLinked={(ref) => after(item.row.id, t.linked(item.row.date, ref), ref, item.row.date)} />
          ) : null}
        </div>
      )}
    </div>
  );
}
