import { useState } from 'react';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import type { PickedFile } from '../../components/FilePicker.js';
import { sv, errorText } from '../../i18n/sv.js';
import { FileButton } from '../../components/FileButton.js';

const t = sv.bank.import;

interface Props { host: HostInfo; onPicked: (f: PickedFile) => void; onError: (msg: string) => void; describedBy?: string | undefined }

/**
 * A statement file for the backend: the host's open dialog for bank files in the desktop program
 * (a host without that dialog kind gets a path field), an upload in browser mode.
 */
export function BankFilePicker({ host, onPicked, onError, describedBy }: Props) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);
  if (host.mode === 'desktop') {
    if (typed !== null) {
      return (
        <div className="with-button">
          <input id="bank-file" aria-label={t.path} value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={t.pathHint} />
          <button type="button" onClick={() => { if (typed.trim()) onPicked({ ref: typed.trim(), label: typed.trim() }); }}>{t.usePath}</button>
        </div>
      );
    }
    return (
      <button type="button" id="bank-file" onClick={async () => {
        const r = await api.callLoose('host.pickFile', { kind: 'bank-statement' });
        if (!r.ok) return setTyped('');
        if (typeof r.value === 'string' && r.value) onPicked({ ref: r.value, label: r.value });
      }}>{t.choose}</button>
    );
  }
  return (
    <FileButton id="bank-file" label={t.file} accept=".csv,.txt,.xlsx,.xml,.skv,.xls" disabled={busy} describedBy={describedBy} onFiles={async ([f]) => {
      if (!f || !api.upload) return;
      if (host.uploadLimit && f.size > host.uploadLimit) return onError(t.tooLarge(Math.round(f.size / 1048576)));
      setBusy(true);
      const r = await api.upload(f);
      setBusy(false);
      if (r.ok) onPicked({ ref: r.value.handle, label: f.name });
      else onError(errorText(r.error));
    }} />
  );
}
