import { useState } from 'react';
import type { HostInfo, RecentCompany } from '../../api/host.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import { Field } from '../../components/Field.js';
import { sv } from '../../i18n/sv.js';
import { NewCompanyForm } from './NewCompanyForm.js';
import { SieImportWizard } from './SieImportWizard.js';

export type StartView = 'home' | 'new' | 'open' | 'sie';
const t = sv.start;

interface Props {
  host: HostInfo;
  company: CompanyDto | null;
  recent: RecentCompany[];
  view: StartView;
  onView: (v: StartView) => void;
  onOpen: (path: string) => void;
  onPickOpen: () => void;
  onForget: (path: string) => void;
  onCreated: (file: string) => void;
  onClose: () => void;
  onImported: (file: string) => void;
  onGo: () => void;
}

/** Start: the open company, recent companies, Nytt företag, Öppna and Importera SIE. */
export function StartScreen(p: Props) {
  const [openPath, setOpenPath] = useState('');
  return (
    <section className="screen" aria-labelledby="start-title">
      <h1 id="start-title">{p.company ? p.company.name : t.title}</h1>
      <div className="start-grid">
        <div className="start-main">
          {p.view === 'new' ? <NewCompanyForm host={p.host} onCreated={p.onCreated} onCancel={() => p.onView('home')} /> : null}
          {p.view === 'sie' ? <SieImportWizard host={p.host} company={p.company} onDone={p.onImported} onCancel={() => p.onView('home')} /> : null}
          {p.view === 'open' ? (
            <form className="card" onSubmit={(e) => { e.preventDefault(); if (openPath.trim()) p.onOpen(openPath.trim()); }}>
              <h2>{t.open}</h2>
              <Field id="open-path" label={t.openPath} hint={t.openPathHint}>{(a) => <input {...a} value={openPath} autoFocus onChange={(e) => setOpenPath(e.target.value)} />}</Field>
              <div className="actions"><button type="submit" className="primary">{t.open}</button><button type="button" onClick={() => p.onView('home')}>{sv.app.cancel}</button></div>
            </form>
          ) : null}
          {p.view === 'home' ? (
            <>
              {p.company ? (
                <div className="card current">
                  <h2>{t.current}</h2>
                  <dl className="facts">
                    <div><dt>{sv.company.form}</dt><dd>{p.company.form === 'EF' ? sv.company.ef : sv.company.ab}</dd></div>
                    <div><dt>{p.company.identityKind === 'orgnr' ? sv.company.identityAB : sv.company.identityEF}</dt><dd>{p.company.identity}</dd></div>
                    <div><dt>{t.years}</dt><dd>{p.company.fiscalYears.map((y) => `${y.start} – ${y.end}`).join(', ')}</dd></div>
                    <div><dt>{sv.company.file}</dt><dd className="path">{p.company.file}</dd></div>
                  </dl>
                  {p.company.warnings.map((w) => <p key={w} className="notice notice-warn">{w}</p>)}
                  <div className="actions"><button type="button" className="primary" onClick={p.onGo}>{t.goBokfor}</button><button type="button" onClick={p.onClose}>{sv.app.closeCompany}</button></div>
                </div>
              ) : null}
              <div className="card">
                <h2>{t.recent}</h2>
                {p.recent.length === 0 ? <p className="muted">{t.noRecent}</p> : (
                  <ul className="recent" data-testid="recent">
                    {p.recent.map((r) => (
                      <li key={r.path}>
                        <button type="button" className="recent-open" onClick={() => p.onOpen(r.path)}>
                          <strong>{r.name}</strong>{r.missing ? <em className="tag warn">{t.missing}</em> : null}
                          <span className="path">{r.path}</span>
                        </button>
                        <button type="button" className="icon" aria-label={`${t.remove}: ${r.name}`} onClick={() => p.onForget(r.path)}>×</button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </>
          ) : null}
        </div>
        <nav className="start-actions" aria-label="Kom igång">
          <button type="button" className={p.view === 'new' ? 'primary' : 'big'} onClick={() => p.onView('new')}>{t.newCompany}</button>
          <button type="button" className="big" onClick={() => (p.host.mode === 'desktop' ? p.onPickOpen() : p.onView('open'))}>{p.host.mode === 'desktop' ? t.openFile : t.open}</button>
          <button type="button" className="big" onClick={() => p.onView('sie')}>{t.importSie}</button>
        </nav>
      </div>
    </section>
  );
}
