import { useEffect, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/index.js';
import { Notice } from '../../components/Notice.js';
import { Combobox, type Option } from '../../components/Combobox.js';
import { searchOptions } from '../../components/search.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { CompanyDto, GeneralLedgerDto, JournalDto, StatementDto, TrialBalanceDto } from '../../../shared/api/dto.js';
import { parseVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import { type Period, defaultPeriod, rangeOf, monthsOf } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';
import { TrialBalanceView } from './TrialBalanceView.js';
import { GeneralLedgerView } from './GeneralLedgerView.js';
import { StatementView } from './StatementView.js';
import { JournalView } from './JournalView.js';
import type { VoucherKey } from '../vouchers/VoucherView.js';
import type { HostInfo } from '../../api/host.js';
import { exportSieFile } from './sieExportFile.js';
import { offerDownload } from '../moms/download.js';

export type ReportTab = 'trialBalance' | 'generalLedger' | 'incomeStatement' | 'balanceSheet' | 'journal';
const TABS: ReportTab[] = ['trialBalance', 'generalLedger', 'incomeStatement', 'balanceSheet', 'journal'];
const t = sv.reports;

type Data = { tab: 'trialBalance'; r: TrialBalanceDto } | { tab: 'generalLedger'; r: GeneralLedgerDto } | { tab: 'incomeStatement' | 'balanceSheet'; r: StatementDto } | { tab: 'journal'; r: JournalDto };

interface Props { company: CompanyDto; host: Pick<HostInfo, 'mode'>; onOpenVoucher: (k: VoucherKey) => void; refreshKey: number }

/** Rapporter: the five reports for a period, each figure drilling down to huvudbok and vouchers; the chosen year as SIE 4. */
export function ReportsScreen({ company, host, onOpenVoucher, refreshKey }: Props) {
  const api = useApi();
  const [tab, setTab] = useState<ReportTab>('trialBalance');
  const [period, setPeriod] = useState<Period | null>(() => defaultPeriod(company.fiscalYears));
  const [account, setAccount] = useState('');
  const [accounts, setAccounts] = useState<Option[]>([]);
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    void api.call('accounts.list', {}).then((r) => { if (r.ok) setAccounts(r.value.map((a) => ({ value: a.number, label: `${a.number} ${a.name}` }))); });
  }, [api, company.file]);

  useEffect(() => {
    if (!period) return;
    let live = true;
    setError(null);
    const range = rangeOf(period);
    const done = (d: Data | null, e?: { code: string; message: string }) => { if (live) { setData(d); if (e) setError(errorText(e)); } };
    const run = async () => {
      if (tab === 'trialBalance') { const r = await api.call('reports.trialBalance', range); return r.ok ? done({ tab, r: r.value }) : done(null, r.error); }
      if (tab === 'generalLedger') { const r = await api.call('reports.generalLedger', { ...range, ...(account ? { account } : {}) }); return r.ok ? done({ tab, r: r.value }) : done(null, r.error); }
      if (tab === 'incomeStatement') { const r = await api.call('reports.incomeStatement', range); return r.ok ? done({ tab, r: r.value }) : done(null, r.error); }
      if (tab === 'balanceSheet') { const r = await api.call('reports.balanceSheet', range); return r.ok ? done({ tab, r: r.value }) : done(null, r.error); }
      const r = await api.call('reports.journal', range);
      return r.ok ? done({ tab: 'journal', r: r.value }) : done(null, r.error);
    };
    void run();
    return () => { live = false; };
  }, [api, tab, period, account, refreshKey]);

  if (!period) return <section className="screen"><h1>{t.title}</h1><p className="muted">{sv.app.needCompany}</p></section>;

  /** Drill-down to huvudbok: a balance-sheet figure is cumulative, so its huvudbok starts at the year's start. */
  const toLedger = (acct: string) => {
    if (tab === 'balanceSheet') {
      const fy = company.fiscalYears.find((y) => y.start === period.fiscalYear);
      if (fy) setPeriod({ ...period, fromMonth: monthsOf(fy)[0] ?? period.fromMonth });
    }
    setAccount(acct);
    setTab('generalLedger');
  };
  const toVoucher = (ref: string) => {
    const k = parseVoucherRef(ref);
    if (k) onOpenVoucher({ series: k.series, number: k.number, fiscalYear: k.fiscalYear ?? period.fiscalYear });
  };
  const exportSie = async () => {
    setExported(null);
    setExporting(true);
    const r = await exportSieFile(api, host, company, period.fiscalYear, offerDownload);
    setExporting(false);
    if (r.kind !== 'cancelled') setExported({ kind: r.kind === 'done' ? 'ok' : 'error', text: r.text });
  };
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : -1);
    const next = TABS[(i + TABS.length) % TABS.length] as ReportTab;
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <section className="screen" aria-labelledby="reports-title">
      <h1 id="reports-title">{t.title}</h1>
      <div className="tabs" role="tablist" aria-label={t.title} onKeyDown={onTabKey}>
        {TABS.map((x) => (
          <button key={x} id={`tab-${x}`} type="button" role="tab" aria-selected={tab === x} aria-controls="report-panel" tabIndex={tab === x ? 0 : -1} onClick={() => setTab(x)}>{t.tabs[x]}</button>
        ))}
      </div>
      <div className="report-controls">
        <PeriodPicker years={company.fiscalYears} value={period} onChange={setPeriod} />
        {tab === 'generalLedger' ? (
          <div className="field compact account-filter">
            <label htmlFor="gl-account">{t.account}</label>
            <Combobox id="gl-account" value={account} options={accounts} search={(q) => searchOptions(accounts, q)} onChange={setAccount} placeholder={t.allAccounts} />
            {account ? <button type="button" className="link" onClick={() => setAccount('')}>{t.showAll}</button> : null}
          </div>
        ) : null}
        <button type="button" className="secondary sie-export" onClick={() => void exportSie()} disabled={exporting}>{exporting ? t.exportingSie : t.exportSie}</button>
      </div>
      {exported ? <Notice kind={exported.kind} onClose={() => setExported(null)}><span data-testid="reports-notice">{exported.text}</span></Notice> : null}
      <div id="report-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="report-panel">
        {error ? <Notice kind="error">{error}</Notice> : null}
        {data && data.tab === tab ? <p className="muted small">{t.period(data.r.from, data.r.to)}</p> : null}
        {data?.tab === 'trialBalance' && tab === 'trialBalance' ? (
          <>{data.r.openingStale ? <Notice kind="warn">{t.stale}</Notice> : null}<TrialBalanceView r={data.r} onAccount={toLedger} /></>
        ) : null}
        {data?.tab === 'generalLedger' && tab === 'generalLedger' ? <GeneralLedgerView r={data.r} onVoucher={toVoucher} onAccount={setAccount} /> : null}
        {data?.tab === 'incomeStatement' && tab === 'incomeStatement' ? <StatementView r={data.r} onAccount={toLedger} testId="income-statement" resultLabel={t.result} /> : null}
        {data?.tab === 'balanceSheet' && tab === 'balanceSheet' ? <StatementView r={data.r} onAccount={toLedger} testId="balance-sheet" /> : null}
        {data?.tab === 'journal' && tab === 'journal' ? <JournalView r={data.r} onVoucher={toVoucher} /> : null}
      </div>
    </section>
  );
}
