import { useState } from 'react';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import type { SafetySettingsDto } from '../../../shared/api/dto/safety.js';
import { Field } from '../../components/Field.js';
import { sv, errorText } from '../../i18n/sv.js';

const t = sv.safety;

interface Props { host: HostInfo; settings: SafetySettingsDto; onSaved: (s: SafetySettingsDto, text: string) => void }

/** Automatic backups on or off, the rotation, and the second place that keeps copies apart (BFNAR 2013:2). */
export function BackupSettings({ host, settings, onSaved }: Props) {
  const api = useApi();
  const [dir, setDir] = useState(settings.secondBackupDir ?? '');
  const [error, setError] = useState<string | null>(null);
  const { daily, weekly, monthly } = settings.rotation;

  const save = async (input: { secondBackupDir?: string | null; autoBackup?: boolean }, text: (s: SafetySettingsDto) => string) => {
    setError(null);
    const r = await api.call('safety.setSettings', input);
    if (!r.ok) return setError(errorText(r.error));
    setDir(r.value.secondBackupDir ?? '');
    onSaved(r.value, text(r.value));
  };
  const pick = async () => {
    const r = await api.host('host.pickFile', { kind: 'save-backup' });
    if (r.ok && r.value) setDir(r.value);
  };

  return (
    <div className="card" data-testid="backup-settings">
      <h2>{t.autoTitle}</h2>
      <label className="check">
        <input type="checkbox" checked={settings.autoBackup} onChange={(e) => void save({ autoBackup: e.target.checked }, (s) => (s.autoBackup ? t.autoOnSaved : t.autoOffSaved))} /> {t.autoOn}
      </label>
      <p className="field-hint">{t.rotation(daily, weekly, monthly)}</p>
      <form className="second-dir" onSubmit={(e) => { e.preventDefault(); if (dir.trim()) void save({ secondBackupDir: dir.trim() }, (s) => t.secondSaved(s.secondBackupDir ?? '')); }}>
        <Field id="second-dir" label={t.secondDir} error={error} hint={t.secondHint}>
          {(a) => <input {...a} value={dir} placeholder={t.secondPlaceholder} onChange={(e) => { setDir(e.target.value); setError(null); }} />}
        </Field>
        {host.mode === 'desktop' ? <button type="button" onClick={() => void pick()}>{t.secondChoose}</button> : null}
        <button type="submit" disabled={!dir.trim() || dir.trim() === settings.secondBackupDir}>{t.secondSave}</button>
        {settings.secondBackupDir ? <button type="button" onClick={() => void save({ secondBackupDir: null }, () => t.secondRemoved)}>{t.secondRemove}</button> : null}
      </form>
      <p className="muted small" data-testid="second-dir-now">{settings.secondBackupDir ? t.secondNow(settings.secondBackupDir) : t.secondNone}</p>
    </div>
  );
}
