import { useState } from 'react';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import type { PickedFile } from '../../components/FilePicker.js';
import { Combobox, type Option } from '../../components/Combobox.js';
import { searchOptions } from '../../components/search.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { BankImportDto, BankPreviewDto } from '../../../shared/api/dto/bank.js';
import { BankFilePicker } from './BankFilePicker.js';
import { PreviewTable } from './PreviewTable.js';

const t = sv.bank.import;

type Errors = Partial<Record<'file' | 'account' | 'statement' | 'form', string>>;

/** Import: a statement file → the preview of exactly what will be added → the import of that preview. */
export function ImportView({ host, accounts, onImported }: { host: HostInfo; accounts: Option[]; onImported: () => void }) {
  const api = useApi();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [account, setAccount] = useState('');
  const [statement, setStatement] = useState('');
  const [askStatement, setAskStatement] = useState(false);
  const [preview, setPreview] = useState<BankPreviewDto | null>(null);
  const [result, setResult] = useState<BankImportDto | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const input = (f: PickedFile) => ({
    path: f.ref, ...(account.trim() ? { account: account.trim() } : {}), ...(statement.trim() && /^\d+$/.test(statement.trim()) ? { statement: Number(statement.trim()) } : {}),
  });
  const place = (e: { code: string; message: string; path?: string }): Errors => {
    const text = errorText(e);
    if (e.path === 'statement' || e.code === 'bank-several-accounts') { setAskStatement(true); return { statement: text }; }
    if (e.path === 'account') return { account: text };
    if (e.path === 'path') return { file: text };
    return { form: text };
  };
  const runPreview = async (f: PickedFile | null = file) => {
    if (!f) return setErrors({ file: t.needFile });
    setBusy(true);
    setErrors({});
    setResult(null);
    const r = await api.call('bank.preview', input(f));
    setBusy(false);
    if (r.ok) setPreview(r.value);
    else { setPreview(null); setErrors(place(r.error)); }
  };
  const runImport = async () => {
    if (!file || !preview) return;
    setBusy(true);
    const r = await api.call('bank.import', { ...input(file), expect: preview.fingerprint });
    setBusy(false);
    if (!r.ok) return setErrors(place(r.error));
    setResult(r.value);
    setPreview(null);
    onImported();
  };

  return (
    <div className="bank-import">
      <div className="card import-form">
        <Field id="bank-file" label={t.file} error={errors.file} hint={file && host.mode === 'desktop' ? t.picked(file.label) : t.fileHint}>
          {(a) => <BankFilePicker host={host} describedBy={a['aria-describedby']} onPicked={(f) => { setFile(f); setStatement(''); setAskStatement(false); void runPreview(f); }} onError={(m) => setErrors({ file: m })} />}
        </Field>
        <div className="row2">
          <Field id="bank-account" label={t.account} error={errors.account} hint={t.accountHint}>
            {(a) => <Combobox {...a} value={account} options={accounts} search={(q) => searchOptions(accounts, q)} onChange={(v) => { setAccount(v); setPreview(null); }} placeholder={t.accountPlaceholder} />}
          </Field>
          {askStatement ? (
            <Field id="bank-statement" label={t.statement} error={errors.statement} hint={t.statementHint}>
              {(a) => <input {...a} inputMode="numeric" value={statement} onChange={(e) => { setStatement(e.target.value); setPreview(null); }} />}
            </Field>
          ) : null}
        </div>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => void runPreview()} disabled={busy || !file}>{t.preview}</button>
          {busy ? <span className="hint">{t.checking}</span> : null}
        </div>
      </div>
      {errors.form ? <Notice kind="error" focus key={errors.form}>{errors.form}</Notice> : null}
      {result ? (
        <Notice kind="ok" focus>
          <span data-testid="bank-imported">{t.done(result.imported, result.account, result.duplicates)}</span>
          {result.backup ? <span className="path"> {t.backup(result.backup)}</span> : null}
        </Notice>
      ) : null}
      {preview ? (
        <section className="card" data-testid="bank-preview" aria-labelledby="bank-preview-title">
          <h2 id="bank-preview-title">{t.previewTitle}</h2>
          <p className="muted small">{t.nothingWritten}</p>
          <dl className="facts bank-facts">
            <div><dt>{t.format}</dt><dd>{preview.formatName}{preview.encodingLabel ?? preview.encoding ? ` · ${preview.encodingLabel ?? preview.encoding}` : ''}</dd></div>
            <div><dt>{t.into}</dt><dd>{preview.account} {preview.accountName}{preview.newAccount ? <em className="tag">{t.newAccount}</em> : null}</dd></div>
            {preview.statements.filter((s) => s.selected).map((s) => (
              <div key={s.part}><dt>{t.statementFacts(s.part)}</dt><dd>{s.firstDate ?? '?'} – {s.lastDate ?? '?'}{s.sourceAccount ? ` · ${s.sourceAccount}` : ''}</dd></div>
            ))}
            <div><dt>{t.newRows}</dt><dd data-testid="bank-new-rows">{preview.summary.imported}</dd></div>
            <div><dt>{t.duplicates}</dt><dd>{preview.summary.duplicates}</dd></div>
            <div><dt>{t.skipped}</dt><dd>{preview.summary.skipped}</dd></div>
          </dl>
          {preview.alreadyImported ? <Notice kind="info">{t.already}</Notice> : null}
          {preview.warnings.map((w, i) => <Notice kind="warn" key={i}>{w.message}{w.line ? ` (${t.line(w.line)})` : ''}</Notice>)}
          <PreviewTable rows={preview.rows} />
          {preview.skippedRows.length ? (
            <>
              <h3>{t.skippedTitle}</h3>
              <ul className="notes">{preview.skippedRows.map((s) => <li key={`${s.part}-${s.line}`}>{s.message}</li>)}</ul>
            </>
          ) : null}
          <div className="actions">
            <button type="button" className="primary" onClick={() => void runImport()} disabled={busy || preview.summary.imported === 0}>{t.run(preview.summary.imported)}</button>
            <button type="button" onClick={() => setPreview(null)}>{sv.app.cancel}</button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
