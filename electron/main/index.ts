/**
 * The desktop program's main process: thin. It owns the window, the menu, file dialogs and the
 * recent list, and forwards every backend call to a utility process running dispatch.
 */
import { app, dialog, ipcMain, Menu, protocol, utilityProcess, BrowserWindow, type UtilityProcess } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_SCHEME, EVENT_CHANNEL } from './security.js';
import { appResponse } from './protocol.js';
import { BackendClient } from './rpc.js';
import { registerIpc } from './ipc.js';
import { hostHandler } from './host.js';
import { RecentStore } from './recent.js';
import { menuTemplate } from './menu.js';
import { createMainWindow } from './window.js';
import type { HostInfo } from '../../renderer/api/host.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(app.getAppPath(), 'dist-renderer');
const startupArg = process.argv.slice(1).find((a) => a.endsWith('.kontera'));

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

let win: BrowserWindow | null = null;
let child: UtilityProcess | null = null;
const send = (e: unknown) => win?.webContents.send(EVENT_CHANNEL, e);
const backend = new BackendClient((req) => {
  if (!child) startBackend();
  child?.postMessage(req);
}, send);

function startBackend(): void {
  child = utilityProcess.fork(path.join(here, 'backend.js'), [], { serviceName: 'Kontera-motor', stdio: 'inherit' });
  child.on('message', (m) => backend.receive(m));
  child.on('exit', () => {
    child = null;
    backend.failAll();
  });
}

app.whenReady().then(() => {
  protocol.handle(APP_SCHEME, (req) => appResponse(req.url, rendererRoot));
  startBackend();
  const recent = new RecentStore(path.join(app.getPath('userData'), 'senaste-foretag.json'));
  const info = (): HostInfo => {
    const startupFile = startupArg ? path.resolve(startupArg) : recent.list()[0]?.path;
    return { mode: 'desktop', defaultDir: app.getPath('documents'), platform: process.platform, ...(startupFile ? { startupFile } : {}) };
  };
  const host = hostHandler({
    recent, info, now: () => new Date().toISOString(),
    async showDialog(spec) {
      const parent = win ?? undefined;
      if (spec.type === 'save') {
        const r = await (parent ? dialog.showSaveDialog(parent, { title: spec.title, buttonLabel: spec.buttonLabel, filters: spec.filters, ...(spec.defaultName ? { defaultPath: spec.defaultName } : {}) })
          : dialog.showSaveDialog({ title: spec.title, buttonLabel: spec.buttonLabel, filters: spec.filters }));
        return r.canceled || !r.filePath ? null : r.filePath;
      }
      const opts = { title: spec.title, buttonLabel: spec.buttonLabel, filters: spec.filters,
        properties: spec.type === 'folder' ? ['openDirectory' as const, 'createDirectory' as const] : ['openFile' as const] };
      const r = await (parent ? dialog.showOpenDialog(parent, opts) : dialog.showOpenDialog(opts));
      return r.canceled ? null : r.filePaths[0] ?? null;
    },
  });
  registerIpc(ipcMain, { backend: (m, i) => backend.call(m, i), host });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate((action) => send({ type: 'menu', action }), { mac: process.platform === 'darwin', dev: !app.isPackaged })));
  win = createMainWindow(path.join(here, 'preload.cjs'));
  win.on('closed', () => { win = null; });
});

app.on('second-instance', () => {
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});
app.on('window-all-closed', () => {
  void backend.call('company.close', {}).finally(() => {
    child?.kill();
    app.quit();
  });
});
