import { useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import { isUnknownMethod } from '../../api/client.js';
import type { HostInfo } from '../../api/host.js';
import type { SieImportReport } from '../../../shared/api/dto/sie.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import { Notice } from '../../components/Notice.js';
import { Field } from '../../components/Field.js';
import { FilePicker, type PickedFile } from '../../components/FilePicker.js';
import { sv, errorText } from '../../i18n/sv.js';
import { suggestFile } from './identity.js';
import { SieReport } from './SieReport.js';

const t = sv.sie;
type Step = 'checking' | 'unavailable' | 'choose' | 'preview' | 'running' | 'done';

/**
 * Importera SIE: choose a file and where it goes (the open company or a new one), preview (a dry
 * run: nothing is written), import with a progress bar, then the result. The method is probed
 * first, so an older backend without SIE import shows a plain message instead of a broken form.
 */
export function SieImportWizard({ host, company, onDone, onCancel }: { host: HostInfo; company: CompanyDto | null; onDone: (file: string) => void; onCancel: () => void }) {
  const api = useApi();
  const [step, setStep] = useState<Step>('checking');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [intoOpen, setIntoOpen] = useState(!!company);
  const [target, setTarget] = useState('');
  const [report, setReport] = useState<SieImportReport | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; label?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const newPath = target || suggestFile(host.defaultDir, report?.company.name ?? 'importerat företag');

  useEffect(() => {
    void api.callLoose('sie.import', {}).then((r) => setStep(isUnknownMethod(r) ? 'unavailable' : 'choose'));
  }, [api]);
  useEffect(() => api.onEvent((e) => {
    if (e.type === 'progress' && e.job.startsWith('sie')) setProgress({ done: e.done, total: e.total, ...(e.label ? { label: e.label } : {}) });
  }), [api]);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setProgress(null);
    setStep(dryRun ? 'choose' : 'running');
    const r = await api.callLoose('sie.import', { path: file.ref, dryRun, ...(intoOpen ? {} : { newCompany: { path: newPath } }) });
    if (!r.ok) {
      setError(errorText(r.error) + (r.error.line ? ` (rad ${r.error.line})` : ''));
      setStep(dryRun ? 'choose' : 'preview');
      return;
    }
    setReport(r.value as SieImportReport);
    setStep(dryRun ? 'preview' : 'done');
  };

  const stepNo = { checking: 1, unavailable: 1, choose: 1, preview: 2, running: 3, done: 3 }[step];
  return (
    <section className="card sie-wizard" aria-labelledby="sie-title">
      <h2 id="sie-title">{t.title}</h2>
      <p className="muted small">{t.step(stepNo, 3)}</p>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {step === 'checking' ? <p className="muted">{t.checking}</p> : null}
      {step === 'unavailable' ? <><Notice kind="info">{t.unavailable}</Notice><div className="actions"><button type="button" onClick={onCancel}>{sv.app.close}</button></div></> : null}
      {step === 'choose' ? (
        <form onSubmit={(e) => { e.preventDefault(); void run(true); }}>
          <div className="field">
            <label htmlFor="sie-file">{t.chooseFile}</label>
            <FilePicker id="sie-file" host={host} kind="sie" accept=".se,.si,.sie,.txt" label={t.chooseFile} onPicked={setFile} onError={setError} />
            <p className="field-hint">{file && host.mode === 'desktop' ? file.label : t.chooseHint}</p>
          </div>
          <fieldset className="radios">
            <legend>{t.target}</legend>
            <label><input type="radio" name="sie-target" checked={intoOpen} disabled={!company} onChange={() => setIntoOpen(true)} /> {company ? t.intoOpen(company.name) : t.noOpen}</label>
            <label><input type="radio" name="sie-target" checked={!intoOpen} onChange={() => setIntoOpen(false)} /> {t.intoNew}</label>
          </fieldset>
          {!intoOpen ? <Field id="sie-target-file" label={sv.company.file} hint={t.newFileHint}>{(a) => <input {...a} value={newPath} onChange={(e) => setTarget(e.target.value)} />}</Field> : null}
          <div className="actions"><button type="submit" className="primary" disabled={!file}>{t.preview}</button><button type="button" onClick={onCancel}>{sv.app.cancel}</button></div>
        </form>
      ) : null}
      {step === 'preview' && report ? (
        <div data-testid="sie-preview">
          <h3>{t.previewTitle}</h3>
          <p className="muted">{t.nothingWritten}</p>
          <SieReport r={report} hideFile={!intoOpen} />
          {!intoOpen ? <Field id="sie-final-file" label={sv.company.file}>{(a) => <input {...a} value={newPath} onChange={(e) => setTarget(e.target.value)} />}</Field> : null}
          <div className="actions"><button type="button" className="primary" onClick={() => void run(false)}>{t.run}</button><button type="button" onClick={() => setStep('choose')}>{sv.app.cancel}</button></div>
        </div>
      ) : null}
      {step === 'running' ? (
        <div>
          <p>{t.running} {progress?.label ?? ''}</p>
          <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={t.running} data-testid="sie-progress" />
        </div>
      ) : null}
      {step === 'done' && report ? (
        <div data-testid="sie-result">
          <Notice kind="ok">{t.done}</Notice>
          <SieReport r={report} />
          <div className="actions"><button type="button" className="primary" onClick={() => onDone(report.file)}>{t.openResult}</button><button type="button" onClick={() => { setFile(null); setReport(null); setStep('choose'); }}>{t.again}</button></div>
        </div>
      ) : null}
    </section>
  );
}
