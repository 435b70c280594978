import { useState } from 'react';
import { useApi } from '../../api/index.js';
import { Modal } from '../../components/Modal.js';
import { Field } from '../../components/Field.js';
import { sv, errorText, monthName } from '../../i18n/sv.js';

const t = sv.closing;

interface Props { month: string; onClose: () => void; onReopened: () => void }

/** "Öppna igen": reopening is a logged act and needs a reason. */
export function ReopenDialog({ month, onClose, onReopened }: Props) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!reason.trim()) return setError(t.reopenNeedsReason);
    setBusy(true);
    const r = await api.call('periods.reopen', { month, reason: reason.trim() });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error));
    onReopened();
  };

  return (
    <Modal title={t.reopenTitle(monthName(month))} onClose={onClose}>
      <form data-testid="reopen-dialog" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Field id="reopen-reason" label={t.reopenReason} error={error} hint={t.reopenHint}>
          {(a) => <textarea {...a} rows={3} maxLength={1000} value={reason} onChange={(e) => { setReason(e.target.value); setError(null); }} />}
        </Field>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{t.doReopen}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </form>
    </Modal>
  );
}
