import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import { todaySv } from '../../app/today.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import type { VatReportDto, VatReportListItemDto } from '../../../shared/api/dto/vat.js';
import type { BoxId } from '../../../shared/domain/vat/boxIds.js';
import { defaultVatPeriod, vatPeriodLabel, vatPeriodOptions } from './momsPeriods.js';
import { voucherKeyOf, type VoucherKey } from './voucherKey.js';
import { BoxForm } from './BoxForm.js';
import { MomsChecks } from './MomsChecks.js';
import { BoxDetailDialog } from './BoxDetailDialog.js';
import { SettlementDialog } from './SettlementDialog.js';
import { EskdButton } from './EskdButton.js';
import './moms.css';
import { swedishDateOf } from '../../../shared/domain/dates/swedishDate.js';
import { vatDueDate } from '../../../shared/domain/vat/calendar.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';

const t = sv.moms;

/** `M1@2026-01-01` → `M1`: the period already says which year. */
const shortRef = (ref: string) => ref.replace(/@.*$/, '');

interface Props { company: CompanyDto; host: HostInfo; refreshKey: number; onOpenVoucher: (k: VoucherKey) => void; onChanged: () => void; initialPeriod?: string | undefined }

/** Moms: the momsdeklaration of a period as Skatteverket's form, its checks, the eSKD file and the momsomföring. */
export function MomsScreen({ company, host, refreshKey, onOpenVoucher, onChanged, initialPeriod }: Props) {
  const api = useApi();
  const options = useMemo(() => vatPeriodOptions(company.vatPeriod, company.fiscalYears), [company]);
  const [period, setPeriod] = useState<string | null>(() => (initialPeriod && options.some((o) => o.value === initialPeriod) ? initialPeriod : defaultVatPeriod(options, todaySv())));
  const [report, setReport] = useState<VatReportDto | null>(null);
  const [filed, setFiled] = useState<VatReportListItemDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** An action's error (Skapa fil) takes the focus; a period that cannot be read does not (the user is in the list). */
  const [errorFocus, setErrorFocus] = useState(false);
  const [notice, setNotice] = useState<{ text: string; voucher?: string } | null>(null);
  const [box, setBox] = useState<BoxId | null>(null);
  const [booking, setBooking] = useState(false);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [tick, setTick] = useState(0);

  useEffect(() => {
    void api.call('accounts.list', {}).then((r) => { if (r.ok) setNames(new Map(r.value.map((a) => [a.number, a.name]))); });
  }, [api, company.file]);
  useEffect(() => {
    void api.call('vat.reports', {}).then((r) => { if (r.ok) setFiled(r.value); });
  }, [api, company.file, refreshKey, tick]);
  useEffect(() => {
    if (!period) return;
    let live = true;
    setError(null);
    void api.call('vat.report', { period }).then((r) => {
      if (!live) return;
      if (r.ok) setReport(r.value);
      else { setReport(null); setErrorFocus(false); setError(errorText(r.error)); }
    });
    return () => { live = false; };
  }, [api, period, refreshKey, tick]);

  const openVoucher = useCallback((ref: string, date: string) => {
    const k = voucherKeyOf(ref, date, company.fiscalYears);
    if (k) onOpenVoucher(k);
  }, [company.fiscalYears, onOpenVoucher]);

  const reportedSet = new Set((filed ?? []).map((f) => f.period));
  const today = todaySv();
  /**
   * A period not reported whose last day to file has passed. The list has no turnover or EU facts,
   * so the latest rule's date is used (a period is never called late too early); the shown period
   * uses the backend's own due date.
   */
  const overdue = (o: { value: string; to: string }) => filed !== null && !reportedSet.has(o.value)
    && vatDueDate(company.vatPeriod, o.to as IsoDate, { form: company.form, over40M: false, euTrade: false }).due < today;
  const flagged = new Set(report?.checks.flatMap((c) => c.boxes) ?? []);
  const shown = report && report.period === period ? report : null;

  return (
    <section className="screen moms" aria-labelledby="moms-title">
      <h1 id="moms-title">{t.title}</h1>
      <div className="report-controls">
        <div className="field compact">
          <label htmlFor="moms-period">{t.period}</label>
          <select id="moms-period" value={period ?? ''} onChange={(e) => { setPeriod(e.target.value); setNotice(null); }}>
            {options.map((o) => <option key={o.value} value={o.value}>{vatPeriodLabel(o)}{reportedSet.has(o.value) ? ` – ${t.reportedTag}` : overdue(o) ? ` – ${t.overdueTag}` : ''}</option>)}
          </select>
        </div>
        <p className="muted small moms-kind">{t.periodKinds[company.vatPeriod]} {t.methodLine(sv.company.vatMethods[company.vatMethod])}</p>
      </div>
      {options.length === 0 ? <p className="muted">{t.noPeriods}</p> : null}
      {error ? <Notice kind="error" focus={errorFocus} key={error}>{error}</Notice> : null}
      {notice ? (
        <Notice kind="ok" onClose={() => setNotice(null)} focus key={notice.text}>
          <span data-testid="moms-notice">{notice.text}</span>
          {notice.voucher && shown ? <> <button type="button" className="link" onClick={() => openVoucher(notice.voucher!, shown.to)}>{sv.voucher.title(notice.voucher)}</button></> : null}
        </Notice>
      ) : null}
      {shown ? (
        <>
          <div className="moms-status" data-testid="moms-status">
            <span>{t.range(shown.from, shown.to)}</span>
            <span>{t.due(shown.due.date)}{shown.due.uncertain ? ` ${t.dueUncertain}` : ''}</span>
            {!shown.reported && shown.due.date < today ? <span className="moms-overdue" data-testid="moms-overdue">{t.overdue(shown.due.date)}</span> : null}
            {shown.reported ? (
              <span className="moms-reported">
                {t.reported(swedishDateOf(shown.reported.at), shown.reported.by)}
                {shown.reported.voucher ? <> {t.settlementVoucher} <button type="button" className="link" onClick={() => openVoucher(shown.reported!.voucher!, shown.to)}>{shortRef(shown.reported.voucher)}</button>.</> : null}
              </span>
            ) : null}
          </div>
          <MomsChecks report={shown} />
          <BoxForm report={shown} flagged={flagged} onBox={setBox} aside={(
            <div className="moms-actions">
              <EskdButton report={shown} host={host} identity={company.identity} onDone={(text) => setNotice({ text })} onError={(text) => { setErrorFocus(true); setError(text); }} />
              <div className="moms-book">
                <button type="button" onClick={() => setBooking(true)} disabled={!shown.canFile || shown.reported !== null}>{t.book}</button>
                <p className="hint">{shown.reported ? t.alreadyReported : t.bookHint}</p>
              </div>
            </div>
          )} />
          {shown.excludedVouchers.length ? <p className="muted small">{t.excluded(shown.excludedVouchers.map(shortRef).join(', '))}</p> : null}
        </>
      ) : null}
      {box && shown ? <BoxDetailDialog period={shown.period} box={box} onClose={() => setBox(null)} onVoucher={openVoucher} /> : null}
      {booking && shown ? (
        <SettlementDialog report={shown} accountNames={names} onClose={() => setBooking(false)}
          onBooked={(r) => {
            setBooking(false);
            setNotice(r.voucher ? { text: t.booked(r.voucher.ref), voucher: r.voucher.ref } : { text: t.bookedNoVoucher });
            setTick((x) => x + 1);
            onChanged();
          }} />
      ) : null}
    </section>
  );
}
