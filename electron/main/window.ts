import { BrowserWindow, shell, type WebContents } from 'electron';
import { windowOptions, APP_URL } from './security.js';
import { isAppUrl, externalUrl } from './navigation.js';

/** Blocks every navigation away from the app, every new window, webviews and permission requests. */
export function harden(contents: WebContents): void {
  contents.on('will-navigate', (e, url) => {
    if (!isAppUrl(url)) e.preventDefault();
  });
  contents.on('will-redirect', (e, url) => {
    if (!isAppUrl(url)) e.preventDefault();
  });
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const ext = externalUrl(url);
    if (ext) void shell.openExternal(ext);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadPath));
  harden(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}
