/**
 * Getting the eSKD file to the user: in the desktop program the host's save dialog picks the path
 * and the backend writes it (ISO-8859-1); in browser mode the page offers the backend's text as a
 * download, encoded as ISO-8859-1 here because a Blob of a string would be UTF-8.
 */
import type { Api } from '../../api/types.js';

/**
 * The ISO-8859-1 bytes of a text; a character outside Latin-1 (the backend refuses those) becomes `?`.
 * @example latin1Bytes('Moms å') // Uint8Array [77, 111, 109, 115, 32, 229]
 */
export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c <= 0xff ? c : 0x3f;
  }
  return out;
}

/** Joins a folder the host picked and a file name with the folder's own separator. */
export function joinPath(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

export type SaveTarget = { kind: 'path'; path: string } | { kind: 'cancelled' } | { kind: 'error'; message: string };

/**
 * Where the desktop host wants the file: its save dialog ('save-vat' for the eSKD file, 'save-sie'
 * for a SIE export); a host without that dialog kind (an older main process) is asked for a
 * folder instead and the file gets the backend's name there.
 */
export async function pickSavePath(api: Api, fileName: string, kind: 'save-vat' | 'save-sie' = 'save-vat'): Promise<SaveTarget> {
  const r = await api.host('host.pickFile', { kind, suggestedName: fileName });
  if (r.ok) return r.value ? { kind: 'path', path: r.value } : { kind: 'cancelled' };
  const folder = await api.host('host.pickFile', { kind: 'save-backup' });
  if (!folder.ok) return { kind: 'error', message: folder.error.message };
  return folder.value ? { kind: 'path', path: joinPath(folder.value, fileName) } : { kind: 'cancelled' };
}
