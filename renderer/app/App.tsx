import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/index.js';
import type { HostInfo, MenuAction, RecentCompany } from '../api/host.js';
import type { CompanyDto } from '../../shared/api/dto.js';
import { Notice } from '../components/Notice.js';
import { sv, errorText } from '../i18n/sv.js';
import { StartScreen, type StartView } from '../features/start/StartScreen.js';
import { MissingFileDialog } from '../features/start/MissingFileDialog.js';
import { BokforScreen } from '../features/bokfor/BokforScreen.js';
import { VouchersScreen } from '../features/vouchers/VouchersScreen.js';
import { VoucherView, type VoucherKey } from '../features/vouchers/VoucherView.js';
import { ReportsScreen } from '../features/reports/ReportsScreen.js';
import { VatCalculator } from '../features/vat/VatCalculator.js';
import { ReceiptsScreen } from '../features/receipts/ReceiptsScreen.js';
import { MomsScreen } from '../features/moms/MomsScreen.js';
import { BankScreen } from '../features/bank/BankScreen.js';
import { CloseMonthScreen, type ClosingTarget } from '../features/closing/CloseMonthScreen.js';
import { BokslutScreen } from '../features/closing/BokslutScreen.js';
import { SafetyScreen } from '../features/safety/SafetyScreen.js';
import { YearsScreen } from '../features/years/YearsScreen.js';
import { UnlockDialog } from '../features/start/UnlockDialog.js';
import { exportSieFile, latestFiscalYear } from '../features/reports/sieExportFile.js';
import { offerDownload } from '../features/moms/download.js';

export type Screen = 'start' | 'bokfor' | 'bank' | 'vouchers' | 'reports' | 'moms' | 'closing' | 'bokslut' | 'vat' | 'receipts' | 'safety' | 'years';
const SCREENS: Screen[] = ['start', 'bokfor', 'receipts', 'bank', 'vouchers', 'reports', 'moms', 'closing', 'bokslut', 'years', 'safety', 'vat'];
const NEEDS_COMPANY: Screen[] = ['bokfor', 'receipts', 'bank', 'vouchers', 'reports', 'moms', 'closing', 'bokslut', 'years', 'safety'];

/** The shell: navigation, the open company, the voucher view and the dialogs every screen shares. */
export function App() {
  const api = useApi();
  const [host, setHost] = useState<HostInfo | null>(null);
  const [company, setCompany] = useState<CompanyDto | null>(null);
  const [recent, setRecent] = useState<RecentCompany[]>([]);
  const [screen, setScreen] = useState<Screen>('start');
  const [startView, setStartView] = useState<StartView>('home');
  const [voucher, setVoucher] = useState<VoucherKey | null>(null);
  /** A file that did not open: gone (C22) or damaged; both get the locate-or-restore dialog. */
  const [missing, setMissing] = useState<{ path: string; damaged: boolean } | null>(null);
  /** An encrypted file waiting for its password (company.open said company-encrypted). */
  const [locked, setLocked] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error' | 'info'; text: string } | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  /**
   * Where the next opening of a company lands, and what it says there (a restore from Säkerhet
   * lands back on Säkerhet with its message, also when an encrypted file first asks its password).
   */
  const landing = useRef<{ screen: Screen; notice: { kind: 'ok' | 'error' | 'info'; text: string } } | null>(null);
  /** Where a month-close checklist link asked to land (bank reconciliation, VAT period). */
  const [target, setTarget] = useState<ClosingTarget | null>(null);

  const loadRecent = useCallback(async () => { const r = await api.host('host.recent.list', {}); if (r.ok) setRecent(r.value); }, [api]);
  useEffect(() => {
    void loadRecent();
    void (async () => {
      const info = await api.host('host.info', {});
      setHost(info.ok ? info.value : { mode: 'browser', defaultDir: '.', platform: 'okänd' });
      const open = await api.call('company.info', {});
      if (open.ok) { setCompany(open.value); setScreen('bokfor'); } else if (info.ok && info.value.startupFile) void openRef.current(info.value.startupFile);
    })();
  }, [api, loadRecent]);

  /** After company.open or safety.openEncrypted: show the company, remember it, go to Bokför (or the landing asked for). */
  const opened = useCallback(async (c: CompanyDto): Promise<CompanyDto> => {
    setMissing(null);
    setLocked(null);
    setCompany(c);
    setRefreshKey((k) => k + 1);
    setStartView('home');
    const rec = await api.host('host.recent.add', { path: c.file, name: c.name });
    if (rec.ok) setRecent(rec.value);
    const land = landing.current;
    landing.current = null;
    setScreen(land?.screen ?? 'bokfor');
    if (land) setNotice(land.notice);
    return c;
  }, [api]);

  const openCompany = useCallback(async (path: string): Promise<CompanyDto | null> => {
    setNotice(null);
    const r = await api.call('company.open', { path });
    if (r.ok) return opened(r.value);
    if (r.error.code === 'file-not-found' || r.error.code === 'not-a-company-file') setMissing({ path, damaged: r.error.code !== 'file-not-found' });
    else if (r.error.code === 'company-encrypted') setLocked(path);
    else setNotice({ kind: 'error', text: errorText(r.error) });
    if (r.error.code !== 'company-encrypted') landing.current = null;
    return null;
  }, [api, opened]);

  const openRef = useRef(openCompany);
  openRef.current = openCompany;

  const pickOpen = useCallback(async () => {
    const r = await api.host('host.pickFile', { kind: 'open-company' });
    if (r.ok && r.value) void openCompany(r.value);
  }, [api, openCompany]);

  const closeCompany = useCallback(async () => {
    await api.call('company.close', {});
    setCompany(null);
    setScreen('start');
  }, [api]);

  const exportBackup = useCallback(async () => {
    const target = await api.host('host.pickFile', { kind: 'save-backup' });
    if (target.ok && target.value === null && host?.mode === 'desktop') return;
    const r = await api.call('backup.create', target.ok && target.value ? { to: target.value } : {});
    setNotice(r.ok ? { kind: 'ok', text: `Säkerhetskopian är sparad: ${r.value.path}` } : { kind: 'error', text: errorText(r.error) });
  }, [api, host]);

  /** Arkiv → Exportera SIE: the latest fiscal year (the Rapporter screen's button exports the chosen one). */
  const exportSie = useCallback(async () => {
    const fy = company ? latestFiscalYear(company) : null;
    if (!company || !host || !fy) { setNotice({ kind: 'info', text: sv.app.needCompany }); return; }
    const r = await exportSieFile(api, host, company, fy, offerDownload);
    if (r.kind !== 'cancelled') setNotice({ kind: r.kind === 'done' ? 'ok' : 'error', text: r.text });
  }, [api, host, company]);

  useEffect(() => api.onEvent((e) => {
    if (e.type !== 'menu') return;
    const go: Record<MenuAction, () => void> = {
      'new-company': () => { setScreen('start'); setStartView('new'); },
      'open-company': () => { if (host?.mode === 'desktop') void pickOpen(); else { setScreen('start'); setStartView('open'); } },
      'import-sie': () => { setScreen('start'); setStartView('sie'); },
      'export-sie': () => void exportSie(),
      'export-backup': () => void exportBackup(),
      'close-company': () => void closeCompany(),
      about: () => setNotice({ kind: 'info', text: sv.app.about }),
    };
    go[e.action]?.();
  }), [api, host, pickOpen, exportSie, exportBackup, closeCompany]);

  const reloadCompany = async () => {
    const r = await api.call('company.info', {});
    setCompany(r.ok ? r.value : null);
    setRefreshKey((k) => k + 1);
    setStartView('home');
    setScreen(r.ok ? 'bokfor' : 'start');
  };

  /** After a write that changes the company itself (year-end closes a year, opens the next): read it again, stay on the screen. */
  const refreshCompany = async () => {
    const r = await api.call('company.info', {});
    if (r.ok) setCompany(r.value);
    setRefreshKey((k) => k + 1);
  };
  const goTarget = (x: ClosingTarget) => { setTarget(x); setNotice(null); setScreen(x.screen); };
  const bankTarget = target?.screen === 'bank' ? target : null;
  const momsTarget = target?.screen === 'moms' ? target : null;

  if (!host) return <p className="loading">{sv.app.loading}</p>;
  const needs = NEEDS_COMPANY.includes(screen) && !company;
  return (
    <div className="app">
      <a className="skip" href="#main">{sv.app.skip}</a>
      <header className="top">
        <span className="brand">{sv.app.name}</span>
        <span className="company-name" data-testid="company-name">{company ? company.name : sv.app.noCompany}</span>
        {host.mode === 'browser' ? <span className="badge">{sv.app.browserMode}</span> : null}
      </header>
      <nav className="side" aria-label="Huvudmeny">
        {SCREENS.map((s) => (
          <button key={s} type="button" className="nav-item" aria-current={screen === s ? 'page' : undefined} onClick={() => { setScreen(s); setTarget(null); setNotice(null); }}>{sv.app.nav[s]}</button>
        ))}
      </nav>
      <main id="main" tabIndex={-1}>
        {notice ? <Notice kind={notice.kind} onClose={() => setNotice(null)}>{notice.text}</Notice> : null}
        {needs ? <section className="screen"><h1>{sv.app.nav[screen]}</h1><p>{sv.app.needCompany}</p><button type="button" className="primary" onClick={() => setScreen('start')}>{sv.app.nav.start}</button></section> : null}
        {screen === 'start' ? (
          <StartScreen host={host} company={company} recent={recent} view={startView} onView={setStartView} onOpen={(p) => void openCompany(p)} onPickOpen={() => void pickOpen()}
            onForget={async (p) => { const r = await api.host('host.recent.remove', { path: p }); if (r.ok) setRecent(r.value); }}
            onCreated={(file) => { void openCompany(file).then((c) => { if (c) setNotice({ kind: 'ok', text: sv.company.created(c.name) }); }); }}
            onClose={() => void closeCompany()} onImported={(file) => void (company?.file === file ? reloadCompany() : openCompany(file))} onGo={() => setScreen('bokfor')} />
        ) : null}
        {screen === 'bokfor' && company ? <BokforScreen key={company.file} company={company} onOpenVoucher={(v) => setVoucher({ series: v.series, number: v.number, fiscalYear: v.fiscalYear })} /> : null}
        {screen === 'bank' && company ? <BankScreen key={`${company.file}${bankTarget ? `#${bankTarget.account}${bankTarget.month}` : ''}`} company={company} host={host} reconcile={bankTarget} refreshKey={refreshKey} onOpenVoucher={setVoucher} onChanged={() => setRefreshKey((k) => k + 1)} /> : null}
        {screen === 'vouchers' && company ? <VouchersScreen onOpenVoucher={setVoucher} refreshKey={refreshKey} /> : null}
        {screen === 'reports' && company ? <ReportsScreen company={company} host={host} onOpenVoucher={setVoucher} refreshKey={refreshKey} /> : null}
        {screen === 'moms' && company ? <MomsScreen key={`${company.file}${momsTarget ? `#${momsTarget.period}` : ''}`} company={company} host={host} initialPeriod={momsTarget?.period} refreshKey={refreshKey} onOpenVoucher={setVoucher} onChanged={() => setRefreshKey((k) => k + 1)} /> : null}
        {screen === 'closing' && company ? <CloseMonthScreen key={company.file} company={company} refreshKey={refreshKey} onOpenVoucher={setVoucher} onGo={goTarget} onChanged={() => setRefreshKey((k) => k + 1)} /> : null}
        {screen === 'bokslut' && company ? <BokslutScreen key={company.file} company={company} refreshKey={refreshKey} onOpenVoucher={setVoucher} onCompanyChanged={() => void refreshCompany()} /> : null}
        {screen === 'years' && company ? <YearsScreen key={company.file} company={company} refreshKey={refreshKey} onCompanyChanged={() => void refreshCompany()} /> : null}
        {screen === 'receipts' && company ? <ReceiptsScreen key={company.file} host={host} /> : null}
        {screen === 'safety' && company ? <SafetyScreen key={company.file} company={company} host={host} onRestored={(file, text) => { landing.current = { screen: 'safety', notice: { kind: 'ok', text } }; void openCompany(file); }} /> : null}
        {screen === 'vat' ? <VatCalculator /> : null}
      </main>
      {voucher ? <VoucherView key={`${voucher.series}${voucher.number}@${voucher.fiscalYear ?? ''}`} voucher={voucher} onClose={() => setVoucher(null)} onOpen={setVoucher} onChanged={() => setRefreshKey((k) => k + 1)} /> : null}
      {missing ? (
        <MissingFileDialog key={missing.path} path={missing.path} damaged={missing.damaged} host={host} onOpen={(p) => void openCompany(p)} onClose={() => setMissing(null)}
          onForget={async () => { const r = await api.host('host.recent.remove', { path: missing.path }); if (r.ok) setRecent(r.value); setMissing(null); }} />
      ) : null}
      {locked ? <UnlockDialog key={locked} path={locked} onOpened={(c) => void opened(c)} onClose={() => { landing.current = null; setLocked(null); }} /> : null}
    </div>
  );
}
