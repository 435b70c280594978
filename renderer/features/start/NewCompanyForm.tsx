import { useState } from 'react';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { advanceOnEnter } from '../../components/enter.js';
import { sv, errorText } from '../../i18n/sv.js';
import { todaySv } from '../../app/today.js';
import { identityFeedback, suggestFile } from './identity.js';

const t = sv.company;

/** Nytt företag: form, name, org.nr/personnummer (checked live), fiscal year, VAT period and method, file. */
export function NewCompanyForm({ host, onCreated, onCancel }: { host: HostInfo; onCreated: (file: string) => void; onCancel: () => void }) {
  const api = useApi();
  const year = todaySv().slice(0, 4);
  const [form, setForm] = useState<'EF' | 'AB'>('EF');
  const [name, setName] = useState('');
  const [identity, setIdentity] = useState('');
  const [start, setStart] = useState(`${year}-01-01`);
  const [end, setEnd] = useState(`${year}-12-31`);
  const [vatPeriod, setVatPeriod] = useState<'month' | 'quarter' | 'year'>('quarter');
  const [vatMethod, setVatMethod] = useState<'kontant' | 'faktura'>('kontant');
  const [file, setFile] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const live = identityFeedback(identity, form, todaySv());
  const path = file || suggestFile(host.defaultDir, name || 'mitt företag');

  const pick = async () => {
    const r = await api.host('host.pickFile', { kind: 'save-company', suggestedName: path });
    if (r.ok && r.value) { setFile(r.value); clear('path'); }
  };
  /** The first field in error takes the focus, so the user lands where the problem is. */
  const focusFirst = (e: Record<string, string>) => {
    const id = (['name', 'identity', 'start', 'end', 'path'] as const).map((k) => (e[k] ? (k === 'path' ? 'c-file' : `c-${k}`) : null)).find(Boolean);
    setTimeout(() => {
      if (id) document.getElementById(id)?.focus();
      else if (e.form) document.querySelector<HTMLElement>('.new-company .notice')?.focus();
    }, 0);
  };
  const clear = (k: string) => setErrors((x) => (x[k] ? { ...x, [k]: '' } : x));
  const submit = async () => {
    if (!name.trim()) {
      const e = { name: t.needName };
      setErrors(e);
      focusFirst(e);
      return;
    }
    setBusy(true);
    const r = await api.call('company.create', { path, name: name.trim(), identity: identity.trim(), form, fiscalYear: { start: start.trim(), end: end.trim() }, vatPeriod, vatMethod });
    setBusy(false);
    if (r.ok) return onCreated(r.value.file);
    const e: Record<string, string> = {};
    for (const p of r.error.problems ?? [r.error]) {
      const key = (p.path ?? 'form').split('.')[0] as string;
      const k = key === 'fiscalYear' ? (p.path?.endsWith('end') ? 'end' : 'start') : ['name', 'identity', 'path'].includes(key) ? key : 'form';
      e[k] ??= errorText({ code: p.code, message: p.message });
    }
    if (r.error.code === 'file-exists') e.path = errorText(r.error);
    setErrors(e);
    focusFirst(e);
  };

  return (
    <form className="card new-company" onKeyDown={(e) => advanceOnEnter(e)} onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate aria-labelledby="new-title">
      <h2 id="new-title">{sv.start.newCompany}</h2>
      {errors.form ? <Notice kind="error" focus key={errors.form}>{errors.form}</Notice> : null}
      <fieldset className="radios">
        <legend>{t.form}</legend>
        {(['EF', 'AB'] as const).map((f) => (
          <label key={f}><input type="radio" name="company-form" value={f} checked={form === f} onChange={() => { setForm(f); setVatMethod(f === 'EF' ? 'kontant' : 'faktura'); }} /> {f === 'EF' ? t.ef : t.ab}</label>
        ))}
      </fieldset>
      <Field id="c-name" label={t.name} error={errors.name}>{(a) => <input {...a} value={name} autoFocus onChange={(e) => { setName(e.target.value); clear('name'); }} />}</Field>
      <Field id="c-identity" label={form === 'EF' ? t.identityEF : t.identityAB} error={live.error ?? errors.identity} ok={live.ok} hint={form === 'EF' ? t.identityHintEF : t.identityHintAB}>
        {(a) => <input {...a} value={identity} inputMode="numeric" onChange={(e) => { setIdentity(e.target.value); clear('identity'); }} />}
      </Field>
      <div className="row2">
        <Field id="c-start" label={t.fiscalStart} error={errors.start}>{(a) => <input {...a} value={start} placeholder="ÅÅÅÅ-MM-DD" onChange={(e) => { setStart(e.target.value); clear('start'); }} />}</Field>
        <Field id="c-end" label={t.fiscalEnd} error={errors.end}>{(a) => <input {...a} value={end} placeholder="ÅÅÅÅ-MM-DD" onChange={(e) => { setEnd(e.target.value); clear('end'); }} />}</Field>
      </div>
      <div className="row2">
        <Field id="c-vat-period" label={t.vatPeriod}>
          {(a) => <select {...a} value={vatPeriod} onChange={(e) => setVatPeriod(e.target.value as typeof vatPeriod)}>
            {(['month', 'quarter', 'year'] as const).map((v) => <option key={v} value={v}>{t.vatPeriods[v]}</option>)}</select>}
        </Field>
        <Field id="c-vat-method" label={t.vatMethod}>
          {(a) => <select {...a} value={vatMethod} onChange={(e) => setVatMethod(e.target.value as typeof vatMethod)}>
            {(['kontant', 'faktura'] as const).map((v) => <option key={v} value={v}>{t.vatMethods[v]}</option>)}</select>}
        </Field>
      </div>
      <Field id="c-file" label={t.file} error={errors.path} hint={t.fileHint}>
        {(a) => (
          <div className="with-button">
            <input {...a} value={path} onChange={(e) => { setFile(e.target.value); clear('path'); }} readOnly={host.mode === 'desktop'} />
            {host.mode === 'desktop' ? <button type="button" onClick={() => void pick()}>{t.choose}</button> : null}
          </div>
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !!live.error}>{t.create}</button>
        <button type="button" onClick={onCancel}>{sv.app.cancel}</button>
      </div>
    </form>
  );
}
