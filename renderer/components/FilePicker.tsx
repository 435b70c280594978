import { useState } from 'react';
import { useApi } from '../api/index.js';
import type { FileKind, HostInfo } from '../api/host.js';
import { errorText } from '../i18n/sv.js';
import { FileButton } from './FileButton.js';

export interface PickedFile { ref: string; label: string }

interface Props { id: string; host: HostInfo; kind: FileKind; accept?: string; label: string; onPicked: (f: PickedFile) => void; onError: (msg: string) => void }

/**
 * A file for the backend: a native dialog's path in the desktop program, an upload (the bridge
 * keeps the file and returns a handle) in browser mode. The backend never sees a client path.
 */
export function FilePicker({ id, host, kind, accept, label, onPicked, onError }: Props) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  if (host.mode === 'desktop') {
    return (
      <button type="button" id={id} onClick={async () => {
        const r = await api.host('host.pickFile', { kind });
        if (r.ok && r.value) onPicked({ ref: r.value, label: r.value });
      }}>{label}</button>
    );
  }
  return (
    <FileButton id={id} label={label} accept={accept} disabled={busy} onFiles={async ([f]) => {
      if (!f || !api.upload) return;
      if (host.uploadLimit && f.size > host.uploadLimit) return onError(`Filen är för stor (${Math.round(f.size / 1048576)} MB).`);
      setBusy(true);
      const r = await api.upload(f);
      setBusy(false);
      if (r.ok) onPicked({ ref: r.value.handle, label: f.name });
      else onError(errorText(r.error));
    }} />
  );
}
