import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/index.js';
import { Combobox } from '../../components/Combobox.js';
import { searchOptions } from '../../components/search.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { advanceOnEnter } from '../../components/enter.js';
import { focusFirstError } from '../../components/focusError.js';
import './bokfor.css';
import { sv, errorText } from '../../i18n/sv.js';
import { todaySv } from '../../app/today.js';
import { defaultPostingDate, postingDateProblem } from '../../app/postingDate.js';
import { parseAmount } from '../../../shared/domain/money/parse.js';
import type { CompanyDto, VoucherDto } from '../../../shared/api/dto.js';
import { type LineDraft, emptyLine, totals as sumLines, prepareLines, fieldOfPath, rowsFromAmounts } from './lines.js';
import { LinesTable } from './LinesTable.js';
import { useBokforData } from './useBokforData.js';
import { SaveTemplateDialog } from './SaveTemplateDialog.js';
import { RepresentationDialog, type RepresentationFill } from './RepresentationDialog.js';

const t = sv.bokfor;
let nextKey = 1;
const freshRows = () => [emptyLine(nextKey++), emptyLine(nextKey++)];

interface Head { date: string; text: string; counterparty: string; reference: string }

/** Bokför: a template or free lines, debit and credit, the live difference, Ctrl+Enter posts. */
export function BokforScreen({ company, onOpenVoucher }: { company: CompanyDto; onOpenVoucher: (v: VoucherDto) => void }) {
  const api = useApi();
  const { accounts, templates, reloadTemplates } = useBokforData(company.file);
  const [template, setTemplate] = useState('');
  const [total, setTotal] = useState('');
  const [head, setHead] = useState<Head>(() => ({ date: defaultPostingDate(company.fiscalYears, todaySv()), text: '', counterparty: '', reference: '' }));
  const [rows, setRows] = useState<LineDraft[]>(freshRows);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [posted, setPosted] = useState<VoucherDto | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedTemplate, setSavedTemplate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [representation, setRepresentation] = useState(false);
  const [repNote, setRepNote] = useState<string | null>(null);
  const refs = useRef(new Map<number, HTMLInputElement | null>());
  const focusKey = useRef<number | null>(null);
  const screenRef = useRef<HTMLElement>(null);
  const templateInput = useRef<HTMLInputElement>(null);
  // The applied template's name is offered as the voucher text (a placeholder, used if the text is
  // left empty), never written into the field: typing there must replace it, not append to it.
  const [textSuggestion, setTextSuggestion] = useState('');
  const latest = useRef({ head, rows, template, total, textSuggestion });
  latest.current = { head, rows, template, total, textSuggestion };

  useEffect(() => {
    templateInput.current?.focus();
  }, []);
  useEffect(() => {
    if (focusKey.current !== null) {
      refs.current.get(focusKey.current)?.focus();
      focusKey.current = null;
    }
  });

  const setField = (k: keyof Head, v: string) => {
    setHead((h) => ({ ...h, [k]: v }));
    if (k === 'date') setErrors(({ date: _stale, ...rest }) => rest);
  };
  // A complete date outside every fiscal year (or in a closed one) is marked at once, not on posting.
  const dateProblem = postingDateProblem(company.fiscalYears, head.date);
  const liveDateError = dateProblem === null ? undefined
    : dateProblem.kind === 'no-fiscal-year' ? t.noFiscalYear(head.date.trim()) : t.yearClosed(dateProblem.start, dateProblem.end);
  const change = (key: number, patch: Partial<LineDraft>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const addRow = () => {
    const key = nextKey++;
    focusKey.current = key;
    setRows((rs) => [...rs, emptyLine(key)]);
  };
  const removeRow = (key: number) => setRows((rs) => (rs.length > 1 ? rs.filter((r) => r.key !== key) : rs));

  const applyTemplate = async (): Promise<boolean> => {
    const { template: name, total: totalText } = latest.current;
    if (!name) return fail({ template: t.needTemplate });
    const amount = parseAmount(totalText);
    if (!amount.ok) return fail({ total: totalText.trim() ? amount.problems[0]?.message ?? t.needTotal : t.needTotal });
    const r = await api.call('templates.apply', { name, total: amount.value });
    if (!r.ok) return fail({ template: errorText(r.error) });
    setRows(rowsFromAmounts(r.value.lines, nextKey));
    nextKey += r.value.lines.length;
    setTextSuggestion(name);
    const counterparty = r.value.counterparty;
    if (counterparty) setHead((h) => ({ ...h, counterparty: h.counterparty.trim() ? h.counterparty : counterparty }));
    setErrors({});
    return true;
  };
  const applyRepresentation = (f: RepresentationFill) => {
    setRows(rowsFromAmounts(f.lines, nextKey));
    nextKey += f.lines.length;
    setHead((h) => ({ ...h, text: f.text, counterparty: f.counterparty || h.counterparty }));
    setRepNote(f.note);
    setErrors({});
    setRepresentation(false);
  };
  const fail = (e: Record<string, string>) => {
    setErrors(e);
    return false;
  };

  const post = useCallback(async () => {
    const { head: h, rows: rs, textSuggestion: suggested } = latest.current;
    setSummary(null);
    setSavedTemplate(null);
    const prep = prepareLines(rs, t);
    if (prep.problems.length > 0) {
      setErrors(Object.fromEntries(prep.problems.map((p) => [p.field, p.message])));
      focusFirstError(screenRef.current);
      return;
    }
    setBusy(true);
    const r = await api.call('vouchers.post', {
      date: h.date.trim(), text: h.text.trim() || suggested, lines: prep.lines,
      ...(h.counterparty.trim() ? { counterparty: h.counterparty.trim() } : {}), ...(h.reference.trim() ? { reference: h.reference.trim() } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      const next: Record<string, string> = {};
      const problems = r.error.problems ?? [{ code: r.error.code, message: r.error.message, ...(r.error.path ? { path: r.error.path } : {}) }];
      const loose: string[] = [];
      for (const p of problems) {
        const f = fieldOfPath(p.path, prep.keys, rs);
        const text = errorText({ code: p.code, message: p.message });
        if (f === 'form') loose.push(text);
        else next[f] ??= text;
      }
      setErrors(next);
      setSummary(loose.length ? loose.join(' ') : problems.length > 1 ? t.problemCount(problems.length) : null);
      focusFirstError(screenRef.current);
      return;
    }
    setPosted(r.value);
    setRepNote(null);
    setErrors({});
    setRows(freshRows());
    setTemplate('');
    setTotal('');
    setHead((x) => ({ date: x.date, text: '', counterparty: '', reference: '' }));
    setTextSuggestion('');
    templateInput.current?.focus();
  }, [api]);

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      (document.activeElement as HTMLElement | null)?.blur();
      setTimeout(() => void post(), 0);
      return;
    }
    const last = rows[rows.length - 1];
    advanceOnEnter(e, () => { if (last && (last.account || last.debit || last.credit)) addRow(); });
  };

  const tot = sumLines(rows);
  return (
    <section className="screen" aria-labelledby="bokfor-title" ref={screenRef}
      onKeyDown={(e) => { if (e.altKey && e.code === 'KeyR' && !representation) { e.preventDefault(); setRepresentation(true); } }}>
      <h1 id="bokfor-title">{t.title}</h1>
      {posted ? (
        <Notice kind="ok" onClose={() => setPosted(null)}>
          <span data-testid="posted">{t.posted(posted.ref)}</span>{' '}
          <button type="button" className="link" onClick={() => onOpenVoucher(posted)}>{sv.voucher.title(posted.ref)}</button>{' '}
          <button type="button" className="link" onClick={() => setSaving(true)}>{t.saveTemplate}</button>
        </Notice>
      ) : null}
      {savedTemplate ? <Notice kind="ok">{t.templateSaved(savedTemplate)}</Notice> : null}
      {summary ? <Notice kind="error">{summary}</Notice> : null}
      {repNote ? <Notice kind="info" onClose={() => setRepNote(null)}><span data-testid="representation-note">{repNote}</span></Notice> : null}
      <form className="bokfor" onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); void post(); }} noValidate>
        <fieldset className="template-bar">
          <legend className="sr-only">{t.template}</legend>
          <Field id="template" label={t.template} error={errors.template}>
            {(a) => <Combobox {...a} value={template} options={templates} search={(q) => searchOptions(templates, q)} onChange={setTemplate} placeholder={t.templatePlaceholder} inputRef={templateInput} listOnFocus />}
          </Field>
          <Field id="template-total" label={t.templateTotal} error={errors.total}>
            {(a) => <input {...a} inputMode="decimal" className="amount-input" value={total} onChange={(e) => setTotal(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter' && !e.ctrlKey && latest.current.template) void applyTemplate(); }} />}
          </Field>
          <button type="button" className="secondary" onClick={() => void applyTemplate()}>{t.applyTemplate}</button>
          <button type="button" className="secondary" aria-keyshortcuts="Alt+R" onClick={() => setRepresentation(true)}>{t.representation.open}</button>
        </fieldset>
        <div className="head-fields">
          <Field id="v-date" label={t.date} error={errors.date ?? liveDateError} className="w-date">
            {(a) => <input {...a} value={head.date} placeholder="ÅÅÅÅ-MM-DD" onChange={(e) => setField('date', e.target.value)} />}
          </Field>
          <Field id="v-text" label={t.text} error={errors.text} className="grow">
            {(a) => <input {...a} value={head.text} placeholder={textSuggestion || undefined} onChange={(e) => setField('text', e.target.value)} />}
          </Field>
          <Field id="v-counterparty" label={t.counterparty} error={errors.counterparty}>
            {(a) => <input {...a} value={head.counterparty} onChange={(e) => setField('counterparty', e.target.value)} />}
          </Field>
          <Field id="v-reference" label={t.reference} error={errors.reference}>
            {(a) => <input {...a} value={head.reference} onChange={(e) => setField('reference', e.target.value)} />}
          </Field>
        </div>
        <LinesTable rows={rows} accounts={accounts} errors={errors} totals={tot} linesError={errors.lines} onChange={change} onRemove={removeRow} onAdd={addRow}
          accountRef={(key) => (el) => { refs.current.set(key, el); }} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{t.post}</button>
          <button type="button" onClick={() => { setRows(freshRows()); setTextSuggestion(''); setErrors({}); setSummary(null); setRepNote(null); }}>{t.clear}</button>
          <span className="hint">{t.postHint} {t.representation.keys}</span>
        </div>
      </form>
      {representation ? <RepresentationDialog onClose={() => setRepresentation(false)} onApply={applyRepresentation} /> : null}
      {saving && posted ? <SaveTemplateDialog voucher={posted} onClose={() => setSaving(false)} onSaved={(n) => { setSaving(false); setSavedTemplate(n); reloadTemplates(); }} /> : null}
    </section>
  );
}
