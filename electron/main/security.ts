import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The Content-Security-Policy of every page Kontera shows (desktop window and browser mode):
 * only the program's own scripts and styles, no inline script, no eval, no outside connections.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The scheme the desktop window loads the UI from (a privileged, standard, secure scheme). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://kontera`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** The one IPC channel (renderer → main) and the event channel (main → renderer). */
export const INVOKE_CHANNEL = 'kontera:invoke';
export const EVENT_CHANNEL = 'kontera:event';

/** Options of the main window: the renderer gets no Node, no Electron, only the preload's two functions. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Kontera',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
