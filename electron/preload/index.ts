/**
 * The preload: exposes exactly invoke(method, input) and onEvent(cb) to the page, nothing else,
 * nothing feature-specific. Bundled to CommonJS (sandboxed preloads cannot load ES modules).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { INVOKE_CHANNEL, EVENT_CHANNEL } from '../main/security.js';

contextBridge.exposeInMainWorld('kontera', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input),
  onEvent: (cb: (e: unknown) => void): (() => void) => {
    const listener = (_e: IpcRendererEvent, payload: unknown) => cb(payload);
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
});
