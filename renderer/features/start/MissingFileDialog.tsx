import { useState } from 'react';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import { Modal } from '../../components/Modal.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { FilePicker } from '../../components/FilePicker.js';
import { sv, errorText } from '../../i18n/sv.js';

const t = sv.missingFile;

/**
 * The company file is gone (moved, renamed, deleted): locate it, or restore a backup to its old
 * place, or forget it. Never a blank window (case C22).
 */
export function MissingFileDialog({ path, host, onOpen, onForget, onClose }: { path: string; host: HostInfo; onOpen: (p: string) => void; onForget: () => void; onClose: () => void }) {
  const api = useApi();
  const [newPath, setNewPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  const locate = async () => {
    if (host.mode === 'desktop') {
      const r = await api.host('host.pickFile', { kind: 'locate-company' });
      if (r.ok && r.value) onOpen(r.value);
    } else if (newPath.trim()) onOpen(newPath.trim());
  };
  const restore = async (backup: string) => {
    const r = await api.call('backup.restore', { backup, file: path });
    if (!r.ok) return setError(errorText(r.error));
    onOpen(r.value.file);
  };

  return (
    <Modal title={t.title} onClose={onClose}>
      <div data-testid="missing-file">
        <p>{t.body(path)}</p>
        {error ? <Notice kind="error">{error}</Notice> : null}
        {host.mode === 'browser' ? (
          <form onSubmit={(e) => { e.preventDefault(); void locate(); }}>
            <Field id="locate-path" label={t.locatePath}>{(a) => <input {...a} value={newPath} autoFocus onChange={(e) => setNewPath(e.target.value)} />}</Field>
            <div className="actions"><button type="submit" className="primary">{t.locate}</button></div>
          </form>
        ) : (
          <div className="actions"><button type="button" className="primary" autoFocus onClick={() => void locate()}>{t.locate}</button></div>
        )}
        <div className="actions">
          {restoring ? (
            <div className="field"><p className="field-hint">{t.restoreHint}</p>
              <FilePicker id="restore-file" host={host} kind="backup" accept=".kontera" label={t.restore} onPicked={(f) => void restore(f.ref)} onError={setError} /></div>
          ) : <button type="button" onClick={() => setRestoring(true)}>{t.restore}</button>}
          <button type="button" onClick={onForget}>{t.forget}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </div>
    </Modal>
  );
}
