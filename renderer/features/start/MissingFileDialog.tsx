import { useEffect, useState } from 'react';
import type { BackupEntryDto } from '../../../shared/api/dto/safety.js';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import { Modal } from '../../components/Modal.js';
import { Field } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { FilePicker } from '../../components/FilePicker.js';
import { sv, errorText } from '../../i18n/sv.js';
import { BackupList } from '../safety/BackupList.js';
import { RestoreDialog } from '../safety/RestoreDialog.js';

/** How many of the newest whole backups the dialog offers (older ones: the file picker). */
const OFFERED = 3;

const t = sv.missingFile;

interface Props { path: string; damaged?: boolean; host: HostInfo; onOpen: (p: string) => void; onForget: () => void; onClose: () => void }

/**
 * The company file is gone (moved, renamed, deleted) or does not open (damaged, not a company
 * file): locate it, or restore one of its newest whole backups (found beside the file, without
 * opening it: safety.backups) or another backup to its place, or forget it. Never a blank window
 * (case C22).
 */
export function MissingFileDialog({ path, damaged = false, host, onOpen, onForget, onClose }: Props) {
  const api = useApi();
  const [backups, setBackups] = useState<BackupEntryDto[]>([]);
  const [chosen, setChosen] = useState<BackupEntryDto | null>(null);
  useEffect(() => {
    void api.call('safety.backups', { path }).then((r) => { if (r.ok) setBackups(r.value.backups.filter((b) => b.intact !== false).slice(0, OFFERED)); });
  }, [api, path]);
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
    <Modal title={damaged ? t.damagedTitle : t.title} onClose={onClose} wide>
      <div data-testid="missing-file">
        <p>{damaged ? t.damagedBody(path) : t.body(path)}</p>
        {error ? <Notice kind="error">{error}</Notice> : null}
        <h3>{t.backups}</h3>
        {backups.length > 0 ? <BackupList backups={backups} onRestore={setChosen} testId="offered-backups" /> : <p className="muted">{t.noBackups}</p>}
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
          ) : <button type="button" onClick={() => setRestoring(true)}>{backups.length > 0 ? t.restoreOther : t.restore}</button>}
          <button type="button" onClick={onForget}>{t.forget}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </div>
      {chosen ? <RestoreDialog backup={chosen} file={path} askPassword onClose={() => setChosen(null)} onRestored={(f) => { setChosen(null); onOpen(f); }} /> : null}
    </Modal>
  );
}
