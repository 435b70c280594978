import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import type { BackupEntryDto, EncryptDto, SafetySettingsDto } from '../../../shared/api/dto/safety.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import { BackupSettings } from './BackupSettings.js';
import { BackupList } from './BackupList.js';
import { RestoreDialog } from './RestoreDialog.js';
import { PasswordForm } from './PasswordForm.js';
import { RecoveryKeyDialog } from './RecoveryKeyDialog.js';
import './safety.css';

const t = sv.safety;

interface Props { company: CompanyDto; host: HostInfo; onRestored: (file: string, notice: string) => void }

/** Säkerhet: automatic backups, the list of backups with restore, "back up now", encryption. */
export function SafetyScreen({ company, host, onRestored }: Props) {
  const api = useApi();
  const [settings, setSettings] = useState<SafetySettingsDto | null>(null);
  const [backups, setBackups] = useState<BackupEntryDto[]>([]);
  const backupButton = useRef<HTMLButtonElement>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupEntryDto | null>(null);
  const [key, setKey] = useState<EncryptDto | null>(null);

  const load = useCallback(async () => {
    const [s, b] = await Promise.all([api.call('safety.settings', {}), api.call('safety.backups', { path: company.file })]);
    if (s.ok) setSettings(s.value); else setNotice({ kind: 'error', text: errorText(s.error) });
    if (b.ok) setBackups(b.value.backups);
  }, [api, company.file]);
  useEffect(() => { void load(); }, [load]);

  /** A manual backup beside the file and one in the second place, when there is one. */
  const backupNow = async () => {
    setBusy(true);
    setNotice(null);
    const made: string[] = [];
    const second = settings?.secondBackupDir;
    for (const input of second ? [{}, { to: second }] : [{}]) {
      const r = await api.call('backup.create', input);
      if (!r.ok) { setNotice({ kind: 'error', text: errorText(r.error) }); break; }
      made.push(r.value.path);
    }
    setBusy(false);
    // The button was disabled while working, which drops the focus to the page: it gets it back
    // (the result is announced by the status line above).
    setTimeout(() => backupButton.current?.focus(), 0);
    if (made.length > 0) setNotice((n) => n ?? { kind: 'ok', text: t.backedUp(made) });
    await load();
  };

  if (!settings) return <section className="screen"><h1>{t.title}</h1><p className="loading">{sv.app.loading}</p></section>;
  return (
    <section className="screen safety-grid" aria-labelledby="safety-title">
      <h1 id="safety-title">{t.title}</h1>
      {notice ? <Notice kind={notice.kind} onClose={() => setNotice(null)}>{notice.text}</Notice> : null}
      <BackupSettings key={settings.secondBackupDir ?? ''} host={host} settings={settings} onSaved={(s, text) => { setSettings(s); setNotice({ kind: 'ok', text }); void load(); }} />
      <div className="card">
        <h2>{t.listTitle}</h2>
        <div className="actions"><button type="button" ref={backupButton} className="primary" disabled={busy} onClick={() => void backupNow()}>{busy ? t.backingUp : t.backupNow}</button></div>
        <BackupList backups={backups} onRestore={setRestoring} />
      </div>
      <div className="card" data-testid="encryption">
        <h2>{t.encTitle}</h2>
        <p>{settings.encrypted ? t.encOn : t.encOff}</p>
        {settings.encrypted ? (
          <><h3>{t.changePassword}</h3><PasswordForm mode="change" onEncrypted={() => undefined} onChanged={() => setNotice({ kind: 'ok', text: t.passwordChanged })} /></>
        ) : <PasswordForm mode="encrypt" onEncrypted={setKey} onChanged={() => undefined} />}
      </div>
      {restoring ? (
        <RestoreDialog backup={restoring} file={company.file} askPassword={false} onClose={() => setRestoring(null)}
          onRestored={(file, kept) => { setRestoring(null); onRestored(file, t.restored(kept)); }} />
      ) : null}
      {key ? <RecoveryKeyDialog recoveryKey={key.recoveryKey} plainBackups={key.plainBackups} onDone={() => { setKey(null); setNotice({ kind: 'ok', text: t.encrypted }); void load(); }} /> : null}
    </section>
  );
}
