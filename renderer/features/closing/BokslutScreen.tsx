import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import type { AssetDto, YearEndDefaultsDto, YearEndPreviewDto, YearEndResultDto } from '../../../shared/api/dto/closing.js';
import { voucherKeyOf, type VoucherKey } from '../moms/voucherKey.js';
import { type Answers, type StepId, fieldsForForm, stepsFor } from './wizardSteps.js';
import { cleanAnswers } from './rowColumns.js';
import { WizardStep } from './WizardStep.js';
import { YearEndPreview } from './YearEndPreview.js';
import { YearEndResult } from './YearEndResult.js';
import { AnswersFile } from './AnswersFile.js';
import { BookDialog } from './BookDialog.js';
import { errorWhere } from './errorWhere.js';
import './closing.css';

const t = sv.bokslut;

interface Props { company: CompanyDto; refreshKey: number; onOpenVoucher: (k: VoucherKey) => void; onCompanyChanged: () => void }

/** Bokslut: the year-end wizard (answers step by step), the full preview, then posting and the files written. */
export function BokslutScreen({ company, refreshKey, onOpenVoucher, onCompanyChanged }: Props) {
  const api = useApi();
  const years = company.fiscalYears;
  const [fy, setFy] = useState<string>(() => (years.find((y) => y.state === 'open') ?? years[years.length - 1])?.start ?? '');
  const [defaults, setDefaults] = useState<YearEndDefaultsDto | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [registered, setRegistered] = useState<AssetDto[]>([]);
  const [step, setStep] = useState<StepId>('company');
  const [preview, setPreview] = useState<{ key: string; dto: YearEndPreviewDto } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<YearEndResultDto | null>(null);
  const year = years.find((y) => y.start === fy);
  const steps = useMemo(() => stepsFor(company.form, company.vatMethod), [company.form, company.vatMethod]);
  const cleaned = useMemo(() => cleanAnswers(answers), [answers]);
  const key = JSON.stringify(cleaned);
  const current = preview && preview.key === key ? preview.dto : null;
  // The wizard writes the SRU files with the books, so a problem that blocks them blocks the booking too.
  const bookable = !!current && current.canWrite && current.sru !== null;

  useEffect(() => {
    if (!fy) return;
    let live = true;
    setDefaults(null); setPreview(null); setError(null);
    void api.call('closing.yearEndDefaults', { fiscalYear: fy }).then((r) => {
      if (!live) return;
      if (r.ok) { setDefaults(r.value); setAnswers(r.value.template); } else setError(errorText(r.error));
    });
    return () => { live = false; };
  }, [api, fy]);
  useEffect(() => { void api.call('closing.assets', {}).then((r) => { if (r.ok) setRegistered(r.value); }); }, [api, refreshKey]);

  const runPreview = useCallback(async () => {
    setBusy(true); setError(null);
    const r = await api.call('closing.yearEndPreview', { fiscalYear: fy, answers: cleaned as never });
    setBusy(false);
    if (r.ok) setPreview({ key, dto: r.value });
    else { setPreview(null); setError(errorWhere(r.error)); }
  }, [api, fy, cleaned, key]);

  const go = (s: StepId) => {
    setStep(s); setNotice(null);
    if (s === 'preview' && !current) void runPreview();
  };
  const idx = steps.indexOf(step);

  const book = async () => {
    setBusy(true); setError(null);
    const r = await api.call('closing.yearEnd', { fiscalYear: fy, answers: cleaned as never, writeFiles: true });
    setBusy(false); setConfirming(false);
    if (!r.ok) { setError(errorWhere(r.error)); void runPreview(); return; }
    setResult(r.value);
    setNotice(t.booked(fy));
    onCompanyChanged();
  };

  const openVoucher = (ref: string, date: string) => { const k = voucherKeyOf(ref, date, years); if (k) onOpenVoucher(k); };
  const pickYear = (start: string) => { setFy(start); setResult(null); setNotice(null); setStep('company'); };

  return (
    <section className="screen bokslut" aria-labelledby="bokslut-title">
      <h1 id="bokslut-title">{t.title}</h1>
      <div className="report-controls">
        <div className="field compact">
          <label htmlFor="bokslut-year">{t.fiscalYear}</label>
          <select id="bokslut-year" value={fy} onChange={(e) => pickYear(e.target.value)}>
            {years.map((y) => <option key={y.start} value={y.start}>{y.start} – {y.end} ({y.state === 'closed' ? t.yearClosed : t.yearOpen})</option>)}
          </select>
        </div>
        <p className="muted small">{t.forms[company.form]} · {sv.company.vatMethods[company.vatMethod]}</p>
      </div>
      {error ? <Notice kind="error"><span data-testid="bokslut-error">{error}</span></Notice> : null}
      {notice ? <Notice kind="ok" onClose={() => setNotice(null)}><span data-testid="bokslut-notice">{notice}</span></Notice> : null}
      {result && result.fiscalYear.start === fy ? <YearEndResult r={result} onVoucher={openVoucher} /> : null}
      {!result && year?.state === 'closed' ? <p data-testid="year-closed">{t.closedYear}</p> : null}
      {!result && year?.state === 'open' && defaults && defaults.fiscalYear === fy ? (
        <>
          <nav aria-label={t.stepsLabel}>
            <ol className="wizard-steps">
              {steps.map((s, n) => <li key={s}><button type="button" aria-current={s === step ? 'step' : undefined} onClick={() => go(s)}>{n + 1}. {t.steps[s]}</button></li>)}
            </ol>
          </nav>
          <section className="panel wizard-panel" aria-labelledby="step-title">
            <h2 id="step-title" tabIndex={-1}>{t.steps[step]} <span className="muted small">{t.stepOf(idx + 1, steps.length)}</span></h2>
            {step === 'preview' ? (
              <>
                <p className="hint">{t.previewHint}</p>
                {busy && !current ? <p className="muted">{t.previewing}</p> : null}
                {preview && !current ? <Notice kind="warn">{t.stale}</Notice> : null}
                {current ? <YearEndPreview p={current} /> : null}
              </>
            ) : <WizardStep step={step} fields={fieldsForForm(company.form, defaults.fields)} answers={answers} onAnswers={setAnswers} registered={registered} />}
            <div className="wizard-nav">
              {idx > 0 ? <button type="button" onClick={() => go(steps[idx - 1]!)}>{t.back}</button> : null}
              {step !== 'preview' ? <button type="button" className={steps[idx + 1] === 'preview' ? 'primary' : undefined} onClick={() => go(steps[idx + 1]!)}>{steps[idx + 1] === 'preview' ? t.preview : t.next}</button> : null}
              {step === 'preview' ? <button type="button" onClick={() => void runPreview()} disabled={busy}>{t.preview}</button> : null}
              {step === 'preview' ? <button type="button" className="primary" onClick={() => setConfirming(true)} disabled={busy || !bookable}>{t.book}</button> : null}
              <span className="spacer" />
              <AnswersFile answers={cleaned} template={defaults.template} fiscalYear={fy} onLoaded={(a, name) => { setAnswers(a); setNotice(t.answersLoaded(name)); }} onError={setError} />
            </div>
            {step === 'preview' && current ? <p className="hint" data-testid="book-hint">{bookable ? t.bookHint : current.canWrite ? t.cannotWriteSru : t.cannotBook}</p> : null}
          </section>
        </>
      ) : null}
      {confirming && current ? <BookDialog fy={current.fiscalYear} busy={busy} onBook={() => void book()} onClose={() => setConfirming(false)} /> : null}
    </section>
  );
}
