import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../renderer/api/host.js';

/**
 * The native menu, in Swedish. Actions go to the page (which owns the flows and their dialogs);
 * editing uses the platform's roles so copy/paste work in every field.
 */
export function menuTemplate(send: (a: MenuAction) => void, o: { mac: boolean; dev: boolean }): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'Arkiv',
    submenu: [
      { label: 'Nytt företag …', accelerator: 'CmdOrCtrl+N', click: () => send('new-company') },
      { label: 'Öppna …', accelerator: 'CmdOrCtrl+O', click: () => send('open-company') },
      { type: 'separator' },
      { label: 'Importera SIE …', accelerator: 'CmdOrCtrl+I', click: () => send('import-sie') },
      { label: 'Exportera SIE …', accelerator: 'CmdOrCtrl+E', click: () => send('export-sie') },
      { label: 'Exportera säkerhetskopia …', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('export-backup') },
      { type: 'separator' },
      { label: 'Stäng företaget', click: () => send('close-company') },
      ...(o.mac ? [] : [{ type: 'separator' } as const, { label: 'Avsluta', role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Redigera',
    submenu: [
      { label: 'Ångra', role: 'undo' }, { label: 'Gör om', role: 'redo' }, { type: 'separator' },
      { label: 'Klipp ut', role: 'cut' }, { label: 'Kopiera', role: 'copy' }, { label: 'Klistra in', role: 'paste' },
      { label: 'Markera allt', role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Visa',
    submenu: [
      { label: 'Större text', role: 'zoomIn' }, { label: 'Mindre text', role: 'zoomOut' }, { label: 'Normal textstorlek', role: 'resetZoom' },
      { type: 'separator' }, { label: 'Helskärm', role: 'togglefullscreen' },
      ...(o.dev ? [{ type: 'separator' } as const, { label: 'Utvecklarverktyg', role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = { label: 'Hjälp', submenu: [{ label: 'Om Kontera', click: () => send('about') }] };
  return [...(o.mac ? [{ label: 'Kontera', role: 'appMenu' } as const] : []), file, edit, view, help];
}
