import { useState } from 'react';
import { useApi } from '../../api/index.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import { Modal } from '../../components/Modal.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';

const t = sv.unlock;

/** An encrypted company file (company.open said company-encrypted): the password or the recovery key opens it. */
export function UnlockDialog({ path, onOpened, onClose }: { path: string; onOpened: (c: CompanyDto) => void; onClose: () => void }) {
  const api = useApi();
  const [useKey, setUseKey] = useState(false);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<{ text: string; field: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!secret) return setError({ text: useKey ? t.needKey : t.needPassword, field: true });
    setBusy(true);
    const r = await api.call('safety.openEncrypted', useKey ? { path, recoveryKey: secret.trim() } : { path, password: secret });
    setBusy(false);
    if (!r.ok) return setError({ text: errorText(r.error), field: r.error.path === 'password' || r.error.path === 'recoveryKey' });
    onOpened(r.value);
  };

  return (
    <Modal title={t.title} onClose={onClose}>
      <form data-testid="unlock" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <p>{t.body(path)}</p>
        {error && !error.field ? <Notice kind="error">{error.text}</Notice> : null}
        <Field key={useKey ? 'key' : 'pw'} id="unlock-secret" label={useKey ? t.recoveryKey : t.password} hint={useKey ? t.recoveryHint : undefined} error={error?.field ? error.text : null}>
          {(a) => <input {...a} type={useKey ? 'text' : 'password'} autoComplete="off" autoFocus value={secret} onChange={(e) => { setSecret(e.target.value); setError(null); }} />}
        </Field>
        <button type="button" className="link" onClick={() => { setUseKey(!useKey); setSecret(''); setError(null); }}>{useKey ? t.usePassword : t.useKey}</button>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{t.open}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </form>
    </Modal>
  );
}
