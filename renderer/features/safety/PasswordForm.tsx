import { useState } from 'react';
import { useApi } from '../../api/index.js';
import type { EncryptDto } from '../../../shared/api/dto/safety.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './password.js';

const t = sv.safety;

interface Props {
  /** 'encrypt' turns encryption on (safety.encrypt); 'change' sets a new password (safety.setPassword). */
  mode: 'encrypt' | 'change';
  onEncrypted: (r: EncryptDto) => void;
  onChanged: () => void;
}

/** A password typed twice, its problems shown on the field while typing, then sent. */
export function PasswordForm({ mode, onEncrypted, onChanged }: Props) {
  const api = useApi();
  const [pw, setPw] = useState('');
  const [pw2, setPw2] = useState('');
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<{ text: string; field: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = pw ? passwordProblem(pw) : tried ? 'too-short' : null;
  const pwError = serverError?.field ? serverError.text : problem ? t.problems[problem](MIN_PASSWORD_LENGTH) : null;
  const pw2Error = (tried || pw2.length >= pw.length) && pw2 !== pw && pw2 ? t.mismatch : tried && !pw2 ? t.repeat : null;
  const id = mode === 'encrypt' ? 'encrypt' : 'change';

  const submit = async () => {
    setTried(true);
    if (passwordProblem(pw) || pw !== pw2) return;
    setBusy(true);
    setServerError(null);
    if (mode === 'encrypt') {
      const r = await api.call('safety.encrypt', { password: pw });
      setBusy(false);
      if (!r.ok) return setServerError({ text: errorText(r.error), field: r.error.path === 'password' });
      onEncrypted(r.value);
    } else {
      const r = await api.call('safety.setPassword', { password: pw });
      setBusy(false);
      if (!r.ok) return setServerError({ text: errorText(r.error), field: r.error.path === 'password' });
      onChanged();
    }
    setPw(''); setPw2(''); setTried(false);
  };

  return (
    <form className="password-form" data-testid={`${id}-form`} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {serverError && !serverError.field ? <Notice kind="error">{serverError.text}</Notice> : null}
      <Field id={`${id}-password`} label={mode === 'encrypt' ? t.password : t.newPassword} error={pwError} hint={t.passwordHint(MIN_PASSWORD_LENGTH)}
        ok={pw && !problem ? t.passwordOk : null}>
        {(a) => <input {...a} type="password" autoComplete="new-password" value={pw} onChange={(e) => { setPw(e.target.value); setServerError(null); }} />}
      </Field>
      <Field id={`${id}-password2`} label={mode === 'encrypt' ? t.password2 : t.newPassword2} error={pw2Error}>
        {(a) => <input {...a} type="password" autoComplete="new-password" value={pw2} onChange={(e) => setPw2(e.target.value)} />}
      </Field>
      {mode === 'encrypt' ? <p className="field-hint">{t.encryptHint}</p> : null}
      <div className="actions">
        <button type="submit" className={mode === 'encrypt' ? 'primary' : undefined} disabled={busy}>{busy ? t.working : mode === 'encrypt' ? t.encrypt : t.changePassword}</button>
      </div>
    </form>
  );
}
