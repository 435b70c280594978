import { useState } from 'react';
import { useApi } from '../../api/index.js';
import { sv, errorText } from '../../i18n/sv.js';

const t = sv.bank.match;

/** "Koppla bort": asks for the reason (kept in the history), then returns the row to the queue. */
export function UnlinkButton({ rowId, label, onDone }: { rowId: number; label: string; onDone: () => void }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open) return <button type="button" onClick={() => setOpen(true)} aria-label={t.unlinkFor(label)}>{t.unlink}</button>;
  const id = `unlink-${rowId}`;
  const run = async () => {
    const r = await api.call('bank.unlink', { rowId, reason });
    if (r.ok) { setOpen(false); onDone(); } else setError(errorText(r.error));
  };
  return (
    <form className="unlink" onSubmit={(e) => { e.preventDefault(); void run(); }}>
      <label htmlFor={id} className="sr-only">{t.reason}</label>
      <input id={id} value={reason} placeholder={t.reason} autoFocus aria-invalid={!!error} onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setOpen(false); } }} />
      <button type="submit">{t.doUnlink}</button>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </form>
  );
}
