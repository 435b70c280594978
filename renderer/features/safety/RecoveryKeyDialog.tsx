import { useState } from 'react';
import { Modal } from '../../components/Modal.js';
import { sv } from '../../i18n/sv.js';

const t = sv.safety;

/**
 * The recovery key, shown this once: the user writes it down or prints it and ticks that it is
 * saved before the dialog lets go (Esc and × do nothing until then).
 */
export function RecoveryKeyDialog({ recoveryKey, plainBackups, onDone }: { recoveryKey: string; plainBackups: number; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const close = () => { if (saved) onDone(); };
  return (
    <Modal title={t.keyTitle} onClose={close}>
      <div data-testid="recovery-key-dialog" className="recovery">
        <p><strong>{t.keyOnce}</strong></p>
        <p>{t.keyBody}</p>
        <p className="recovery-key" data-testid="recovery-key" aria-label={t.keyTitle}>{recoveryKey}</p>
        {plainBackups > 0 ? <p className="notice notice-warn">{t.plainBackups(plainBackups)}</p> : null}
        <div className="actions no-print">
          <button type="button" onClick={() => window.print()}>{t.keyPrint}</button>
        </div>
        <label className="check no-print"><input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} /> {t.keySaved}</label>
        <div className="actions no-print">
          <button type="button" className="primary" disabled={!saved} onClick={onDone}>{t.keyContinue}</button>
        </div>
      </div>
    </Modal>
  );
}
