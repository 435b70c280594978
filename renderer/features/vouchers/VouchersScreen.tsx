import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/index.js';
import { VirtualList } from '../../components/VirtualList.js';
import { scrollTopFor } from '../../components/virtualRange.js';
import { Amount, fmt } from '../../components/Amount.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import { parseAmount } from '../../../shared/domain/money/parse.js';
import { parseVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import type { VoucherListDto } from '../../../shared/api/dto.js';
import { PageCache } from './pageCache.js';
import type { VoucherKey } from './VoucherView.js';

type Row = VoucherListDto['rows'][number];
const PAGE = 100;
const ROW_H = 36;
const t = sv.vouchers;

interface Filters { text: string; account: string; amount: string; from: string; to: string }
const EMPTY: Filters = { text: '', account: '', amount: '', from: '', to: '' };

/** Verifikationer: search, a virtualised list paged from the backend, jump to any row. */
export function VouchersScreen({ onOpenVoucher, refreshKey }: { onOpenVoucher: (k: VoucherKey) => void; refreshKey: number }) {
  const api = useApi();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const [jump, setJump] = useState('');
  const [scrollTo, setScrollTo] = useState<{ top: number; key: number } | null>(null);
  const focusRow = useRef<number | null>(null);
  const generation = useRef(0);
  const cache = useMemo(() => new PageCache<Row>(PAGE), [filters, refreshKey]);
  const height = Math.max(240, Math.min(640, typeof window === 'undefined' ? 600 : window.innerHeight - 330));

  const query = useCallback((offset: number, limit: number) => {
    const amount = filters.amount.trim() ? parseAmount(filters.amount) : null;
    return api.call('vouchers.list', {
      offset, limit, ...(filters.text.trim() ? { text: filters.text.trim() } : {}), ...(filters.account.trim() ? { account: filters.account.trim() } : {}),
      ...(amount?.ok ? { amount: Math.abs(amount.value) } : {}), ...(filters.from.trim() ? { from: filters.from.trim() } : {}), ...(filters.to.trim() ? { to: filters.to.trim() } : {}),
    });
  }, [api, filters]);

  useEffect(() => {
    const g = ++generation.current;
    setTotal(null);
    setError(null);
    cache.markPending(0);
    void query(0, PAGE).then((r) => {
      if (g !== generation.current) return;
      if (!r.ok) return setError(errorText(r.error));
      cache.put(0, r.value.rows);
      setTotal(r.value.total);
    });
  }, [query, cache]);

  const onRange = useCallback((start: number, end: number) => {
    for (const p of cache.missing(start, end)) {
      cache.markPending(p);
      const g = generation.current;
      void query(p * PAGE, PAGE).then((r) => {
        if (g !== generation.current) return;
        if (r.ok) cache.put(p, r.value.rows);
        else cache.drop(p);
        setTick((x) => x + 1);
      });
    }
  }, [cache, query]);

  useEffect(() => {
    if (focusRow.current === null) return;
    const el = document.querySelector<HTMLElement>(`[data-row="${focusRow.current}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      focusRow.current = null;
    }
  });

  const goTo = (index: number) => {
    if (total === null || total === 0) return;
    const i = Math.max(0, Math.min(total - 1, index));
    focusRow.current = i;
    setScrollTo({ top: scrollTopFor(i, ROW_H, total, height), key: Date.now() });
  };

  const open = (r: Row) => {
    const k = parseVoucherRef(r.ref);
    if (k) onOpenVoucher({ series: k.series, number: k.number, fiscalYear: r.fiscalYear });
  };

  const renderRow = (i: number) => {
    const r = cache.row(i);
    return (
      <div className="vcells" role="button" tabIndex={0} data-row={i} aria-label={r ? `${r.ref} ${r.date} ${r.text} ${fmt(r.amount)}` : t.row(String(i + 1))}
        onClick={() => r && open(r)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && r) { e.preventDefault(); open(r); }
          else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); goTo(i + (e.key === 'ArrowDown' ? 1 : -1)); }
        }}>
        <span className="c-n muted">{(i + 1).toLocaleString('sv-SE')}</span>
        <span className="c-ref">{r?.ref ?? '…'}</span>
        <span className="c-date">{r?.date ?? ''}</span>
        <span className="c-text">{r?.text ?? ''}{r?.corrects ? <em className="tag">{t.correction}</em> : null}</span>
        <span className="c-amount num">{r ? <Amount value={r.amount} /> : ''}</span>
      </div>
    );
  };

  const [amountError, setAmountError] = useState<string | null>(null);
  /** Enter in any field searches (as a search form does); an amount that is not one is said on its field, not ignored. */
  const search = () => {
    if (draft.amount.trim() && !parseAmount(draft.amount).ok) {
      setAmountError(t.badAmount);
      document.getElementById('vf-amount')?.focus();
      return;
    }
    setAmountError(null);
    setFilters(draft);
  };
  const field = (k: keyof Filters, label: string, extra: { placeholder?: string; inputMode?: 'decimal' | 'numeric' } = {}) => {
    const err = k === 'amount' ? amountError : null;
    return (
      <div className={`field compact${err ? ' has-error' : ''}`}><label htmlFor={`vf-${k}`}>{label}</label>
        <input id={`vf-${k}`} value={draft[k]} {...extra} aria-invalid={!!err} {...(err ? { 'aria-describedby': `vf-${k}-msg` } : {})}
          onChange={(e) => { setDraft((d) => ({ ...d, [k]: e.target.value })); if (err) setAmountError(null); }} />
        {err ? <p id={`vf-${k}-msg`} className="field-error" role="alert">{err}</p> : null}
      </div>
    );
  };

  return (
    <section className="screen" aria-labelledby="vouchers-title">
      <h1 id="vouchers-title">{t.title}</h1>
      <form className="filters" role="search" noValidate onSubmit={(e) => { e.preventDefault(); search(); }}>
        {field('text', t.text, { placeholder: t.textHint })}
        {field('account', t.account, { inputMode: 'numeric' })}
        {field('amount', t.amount, { inputMode: 'decimal' })}
        {field('from', t.from, { placeholder: 'ÅÅÅÅ-MM-DD' })}
        {field('to', t.to, { placeholder: 'ÅÅÅÅ-MM-DD' })}
        <div className="actions inline">
          <button type="submit" className="primary">{t.search}</button>
          <button type="button" onClick={() => { setDraft(EMPTY); setFilters(EMPTY); setAmountError(null); }}>{t.clear}</button>
        </div>
      </form>
      {error ? <Notice kind="error">{error}</Notice> : null}
      <div className="list-bar">
        <span data-testid="voucher-count" aria-live="polite">{total === null ? sv.app.loading : t.count(total.toLocaleString('sv-SE'))}</span>
        <form className="jump" onSubmit={(e) => { e.preventDefault(); const n = Number(jump.replace(/\s/g, '')); if (Number.isInteger(n) && n > 0) goTo(n - 1); }}>
          <label htmlFor="jump-row">{t.jump}</label>
          <input id="jump-row" inputMode="numeric" value={jump} onChange={(e) => setJump(e.target.value)} />
          <button type="submit">{t.go}</button>
        </form>
      </div>
      {total === 0 ? <p className="muted">{t.empty}</p> : null}
      {total ? (
        <VirtualList total={total} rowHeight={ROW_H} height={height} scrollTo={scrollTo} renderRow={renderRow} onRange={onRange} label={t.title}
          header={<div className="vhead" role="row"><span className="c-n" /><span className="c-ref" role="columnheader">{t.cols.ref}</span><span className="c-date" role="columnheader">{t.cols.date}</span><span className="c-text" role="columnheader">{t.cols.text}</span><span className="c-amount num" role="columnheader">{t.cols.amount}</span></div>} />
      ) : null}
    </section>
  );
}
