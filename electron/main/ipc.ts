import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNEL } from './security.js';
import { isTrustedSender } from './navigation.js';

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: 'Anropet kom inte från Kontera och avvisades.' } } as const;

export interface IpcDeps {
  backend: (method: string, input: unknown) => Promise<unknown>;
  host: (method: string, input: unknown) => Promise<unknown>;
}

/** Decides one call: the sender must be the program's own page; `host.*` stays in main, the rest goes to the backend. */
export async function route(frame: { url: string; parent: unknown } | null | undefined, method: unknown, input: unknown, d: IpcDeps): Promise<unknown> {
  if (!isTrustedSender(frame)) return FORBIDDEN;
  if (typeof method !== 'string' || method.length > 100) return { ok: false, error: { code: 'invalid-input', message: 'Okänd metod.' } };
  return method.startsWith('host.') ? d.host(method, input) : d.backend(method, input);
}

/** Registers the one channel. */
export function registerIpc(ipcMain: IpcMain, d: IpcDeps): void {
  ipcMain.handle(INVOKE_CHANNEL, (e: IpcMainInvokeEvent, method: unknown, input: unknown) => route(e.senderFrame, method, input, d));
}
