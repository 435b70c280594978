import { useState } from 'react';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import { Field } from '../../components/Field.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { VatReportDto } from '../../../shared/api/dto/vat.js';
import { latin1Bytes, pickSavePath } from './eskdFile.js';
import { offerDownload } from './download.js';

const t = sv.moms;

interface Props { report: VatReportDto; host: HostInfo; identity: string; onDone: (text: string) => void; onError: (text: string) => void }

/** "Skapa fil": the eSKD file, saved through the host's dialog (desktop) or offered as a download (browser). */
export function EskdButton({ report, host, identity, onDone, onError }: Props) {
  const api = useApi();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setNoteError(null);
    const base = { period: report.period, ...(note.trim() ? { note: note.trim() } : {}) };
    let path: string | undefined;
    if (host.mode === 'desktop') {
      // The backend's own name for the file, so the dialog suggests the same one a download gets.
      const target = await pickSavePath(api, `moms-${identity.replace(/\D/g, '')}-${report.lastMonth.replace('-', '')}.xml`);
      if (target.kind === 'cancelled') return;
      if (target.kind === 'error') return onError(target.message);
      path = target.path;
    }
    setBusy(true);
    const r = await api.call('vat.eskd', { ...base, doctype: false, ...(path ? { path } : {}) });
    setBusy(false);
    if (!r.ok) {
      if (r.error.path === 'note' || r.error.code.startsWith('eskd-note')) setNoteError(errorText(r.error));
      else onError(errorText(r.error));
      return;
    }
    if (r.value.written) return onDone(t.fileSaved(r.value.written));
    offerDownload(latin1Bytes(r.value.text), r.value.fileName, 'application/xml');
    onDone(t.fileCreated(r.value.fileName));
  };

  return (
    <div className="eskd">
      <Field id="eskd-note" label={t.note} error={noteError} hint={t.fileHint} className="grow">
        {(a) => <input {...a} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="button" className="primary" onClick={() => void create()} disabled={!report.canFile || busy}>{t.createFile}</button>
    </div>
  );
}
