import { useState } from 'react';
import { useApi } from '../../api/index.js';
import type { BackupEntryDto } from '../../../shared/api/dto/safety.js';
import { Modal } from '../../components/Modal.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import { backupTime } from './format.js';

const t = sv.safety;

interface Props {
  backup: BackupEntryDto;
  /** The company file the backup replaces. */
  file: string;
  /** An encrypted backup while its company is not open needs the password (or recovery key). */
  askPassword: boolean;
  onClose: () => void;
  onRestored: (file: string, keptAside: string | null) => void;
}

/** The confirm step of "Återställ": says what is replaced and that the current file is kept aside. */
export function RestoreDialog({ backup, file, askPassword, onClose, onRestored }: Props) {
  const api = useApi();
  const [secret, setSecret] = useState('');
  const [useKey, setUseKey] = useState(false);
  const [error, setError] = useState<{ text: string; field: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const needsSecret = askPassword && backup.encrypted;

  const submit = async () => {
    setBusy(true);
    const extra = needsSecret ? (useKey ? { recoveryKey: secret.trim() } : { password: secret }) : {};
    const r = await api.call('backup.restore', { backup: backup.path, file, ...extra });
    setBusy(false);
    if (!r.ok) return setError({ text: errorText(r.error), field: r.error.path === 'password' || r.error.path === 'recoveryKey' });
    onRestored(r.value.file, r.value.keptAside);
  };

  return (
    <Modal title={t.restoreTitle} onClose={onClose}>
      <form data-testid="restore-confirm" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <p>{t.restoreBody(backupTime(backup.createdAt), backup.vouchers)}</p>
        <p><strong>{t.restoreKept}</strong></p>
        <p className="path">{file}</p>
        {error && !error.field ? <Notice kind="error">{error.text}</Notice> : null}
        {needsSecret ? (
          <>
            <Field id="restore-secret" label={useKey ? sv.unlock.recoveryKey : t.restorePassword} error={error?.field ? error.text : null}>
              {(a) => <input {...a} type={useKey ? 'text' : 'password'} autoComplete="off" value={secret} onChange={(e) => { setSecret(e.target.value); setError(null); }} />}
            </Field>
            <button type="button" className="link" onClick={() => { setUseKey(!useKey); setSecret(''); setError(null); }}>{useKey ? sv.unlock.usePassword : sv.unlock.useKey}</button>
          </>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || (needsSecret && !secret)}>{busy ? t.restoring : t.doRestore}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </form>
    </Modal>
  );
}
