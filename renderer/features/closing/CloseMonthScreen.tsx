import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText, monthName } from '../../i18n/sv.js';
import { todaySv } from '../../app/today.js';
import type { CompanyDto, PeriodDto } from '../../../shared/api/dto.js';
import type { MonthCloseDto } from '../../../shared/api/dto/closing.js';
import type { ChecklistLink } from '../../../shared/domain/closing/checklist.js';
import { parseVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import type { VoucherKey } from '../moms/voucherKey.js';
import { defaultMonth, fiscalMonths } from './closingMonths.js';
import { Checklist } from './Checklist.js';
import { withoutCli } from './cliText.js';
import { ReopenDialog } from './ReopenDialog.js';
import { DeadlineCalendar } from './DeadlineCalendar.js';
import './closing.css';
import { swedishDateOf } from '../../../shared/domain/dates/swedishDate.js';

const t = sv.closing;

/** Where a checklist link leads outside this screen. */
export type ClosingTarget = { screen: 'bank'; account: string; month: string } | { screen: 'moms'; period: string } | { screen: 'bokfor' } | { screen: 'safety' };

interface Props { company: CompanyDto; refreshKey: number; onOpenVoucher: (k: VoucherKey) => void; onGo: (t: ClosingTarget) => void; onChanged: () => void }

/** Stäng månad: the checklist computed from the books, the chain head, close (optionally strict), reopen with a reason, and the deadlines. */
export function CloseMonthScreen({ company, refreshKey, onOpenVoucher, onGo, onChanged }: Props) {
  const api = useApi();
  const today = todaySv();
  const months = useMemo(() => fiscalMonths(company.fiscalYears), [company.fiscalYears]);
  const [month, setMonth] = useState<string | null>(() => defaultMonth(months, today));
  const [dto, setDto] = useState<MonthCloseDto | null>(null);
  const [periods, setPeriods] = useState<Map<string, PeriodDto>>(new Map());
  const [error, setError] = useState<string | null>(null);
  // Every refusal of the close is shown here: the open items of a strict close, or a single error
  // (e.g. the VAT period ending in the month is not booked yet) with a link to where it is fixed.
  const [refusal, setRefusal] = useState<{ title: string | null; items: string[]; vatPeriod: string | null } | null>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [strict, setStrict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [tick, setTick] = useState(0);
  const years = useMemo(() => [...new Set(months.map((m) => Number(m.slice(0, 4))))], [months]);
  const [calYear, setCalYear] = useState<number>(() => Number((month ?? today).slice(0, 4)));

  useEffect(() => {
    void api.call('periods.list', {}).then((r) => { if (r.ok) setPeriods(new Map(r.value.map((p) => [p.month, p]))); });
  }, [api, refreshKey, tick]);
  useEffect(() => {
    if (!month) return;
    let live = true;
    setError(null);
    void api.call('closing.checklist', { month }).then((r) => {
      if (!live) return;
      if (r.ok) setDto(r.value); else { setDto(null); setError(errorText(r.error)); }
    });
    return () => { live = false; };
  }, [api, month, refreshKey, tick]);

  useEffect(() => { if (refusal) refusalRef.current?.focus(); }, [refusal]);

  const reload = () => { setTick((x) => x + 1); onChanged(); };
  const pick = (m: string) => { setMonth(m); setNotice(null); setRefusal(null); };

  const close = async () => {
    if (!month) return;
    setBusy(true); setNotice(null); setRefusal(null); setError(null);
    const r = await api.call('closing.closeMonth', { month, strict });
    setBusy(false);
    if (!r.ok) {
      // The refusal names each open item as the checklist does, without the command line's wording.
      if (r.error.code === 'closing-open-items') {
        setRefusal({ title: t.refused(monthName(month)), vatPeriod: null, items: (r.error.problems ?? [r.error]).map((p) => {
          const i = dto?.items.find((x) => x.key === p.path);
          return i ? `${i.title}: ${withoutCli(i.detail)}` : withoutCli(p.message);
        }) });
      } else {
        const text = withoutCli(errorText(r.error));
        const vatPeriod = r.error.code === 'closing-vat-not-reported' ? (/momsperioden (\S+)/.exec(r.error.message)?.[1] ?? null) : null;
        setRefusal({ title: null, items: [text], vatPeriod });
      }
    } else setNotice(r.value.closed ? t.closed(monthName(month)) : t.alreadyClosed(monthName(month)));
    reload();
  };

  const onLink = useCallback((l: ChecklistLink) => {
    if (l.kind === 'bank-reconcile') onGo({ screen: 'bank', account: l.account, month: l.month });
    else if (l.kind === 'vat') onGo({ screen: 'moms', period: l.period });
    else if (l.kind === 'draft') onGo({ screen: 'bokfor' });
    else if (l.kind === 'verify') onGo({ screen: 'safety' });
    else if (l.kind === 'month') pick(l.month);
    else if (l.kind === 'voucher') {
      const k = parseVoucherRef(l.ref);
      if (k) onOpenVoucher({ series: k.series, number: k.number, fiscalYear: k.fiscalYear ?? l.fiscalYear });
    }
  }, [onGo, onOpenVoucher]);

  const shown = dto && dto.month === month ? dto : null;
  const period = month ? periods.get(month) : undefined;
  const state = shown?.state ?? period?.state ?? 'open';
  const label = (m: string) => { const s = periods.get(m)?.state; return `${monthName(m)}${s && s !== 'open' ? ` – ${t.states[s]}` : ''}`; };

  return (
    <section className="screen closing" aria-labelledby="closing-title">
      <h1 id="closing-title">{t.title}</h1>
      {months.length === 0 ? <p className="muted">{t.noMonths}</p> : null}
      <div className="report-controls">
        <div className="field compact">
          <label htmlFor="closing-month">{t.month}</label>
          <select id="closing-month" value={month ?? ''} onChange={(e) => pick(e.target.value)}>
            {months.map((m) => <option key={m} value={m}>{label(m)}</option>)}
          </select>
        </div>
        {month ? (
          <p className="closing-state" data-testid="month-state" data-state={state}>
            {t.state(t.states[state] ?? state)} {period?.changedAt && state === period.state ? <span className="muted small">{t.changed(swedishDateOf(period.changedAt), period.reason)}</span> : null}
          </p>
        ) : null}
      </div>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {notice ? <Notice kind="ok" onClose={() => setNotice(null)}><span data-testid="closing-notice">{notice}</span></Notice> : null}
      {refusal && month ? (
        <Notice kind="error" onClose={() => setRefusal(null)}>
          <div data-testid="closing-refusal" ref={refusalRef} tabIndex={-1}>
            {refusal.title ? <><p>{refusal.title}</p><ul>{refusal.items.map((m, n) => <li key={n}>{m}</li>)}</ul></> : refusal.items.map((m, n) => <p key={n}>{m}</p>)}
            {refusal.vatPeriod ? <button type="button" className="link" onClick={() => onGo({ screen: 'moms', period: refusal.vatPeriod! })}>{t.links.vat(refusal.vatPeriod)}</button> : null}
          </div>
        </Notice>
      ) : null}
      {shown ? (
        <div className="closing-layout">
          <Checklist dto={shown} onLink={onLink} />
          <aside className="panel closing-actions">
            <h2>{t.chainHead}</h2>
            <code className="chain-head" data-testid="chain-head">{shown.chainHead}</code>
            <p className="hint">{t.chainHint}</p>
            <div className="closing-close">
              <label className="check-label"><input type="checkbox" checked={strict} onChange={(e) => setStrict(e.target.checked)} /> {t.strict}</label>
              <button type="button" className="primary" onClick={() => void close()} disabled={busy || state === 'closed'}>{t.close}</button>
              <p className="hint">{t.closeHint}</p>
            </div>
            {state !== 'open' ? <button type="button" onClick={() => setReopening(true)}>{t.reopen}</button> : null}
          </aside>
        </div>
      ) : null}
      {years.length ? <DeadlineCalendar years={years} year={calYear} onYear={setCalYear} today={today} refreshKey={refreshKey + tick} /> : null}
      {reopening && month ? (
        <ReopenDialog month={month} onClose={() => setReopening(false)}
          onReopened={() => { setReopening(false); setRefusal(null); setNotice(t.reopened(monthName(month))); reload(); }} />
      ) : null}
    </section>
  );
}
