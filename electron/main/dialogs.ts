import type { FileKind } from '../../renderer/api/host.js';

export interface DialogSpec {
  /** 'folder' picks a directory (backups are written into a folder, named by the program). */
  type: 'open' | 'save' | 'folder';
  title: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
  defaultName?: string;
}

const COMPANY = { name: 'Kontera-företag', extensions: ['kontera'] };

/** What each native file dialog asks for (Swedish titles, the right file types). */
export function dialogSpec(kind: FileKind, suggestedName?: string): DialogSpec {
  const name = suggestedName ? { defaultName: suggestedName } : {};
  switch (kind) {
    case 'open-company': return { type: 'open', title: 'Öppna företag', buttonLabel: 'Öppna', filters: [COMPANY] };
    case 'locate-company': return { type: 'open', title: 'Leta upp företagsfilen', buttonLabel: 'Använd den här filen', filters: [COMPANY] };
    case 'save-company': return { type: 'save', title: 'Spara det nya företaget som', buttonLabel: 'Skapa', filters: [COMPANY], ...name };
    case 'sie': return { type: 'open', title: 'Importera SIE-fil', buttonLabel: 'Välj', filters: [{ name: 'SIE-filer', extensions: ['se', 'si', 'sie', 'txt'] }] };
    case 'backup': return { type: 'open', title: 'Välj säkerhetskopia', buttonLabel: 'Återställ', filters: [COMPANY, { name: 'Alla filer', extensions: ['*'] }] };
    case 'save-backup': return { type: 'folder', title: 'Välj mapp för säkerhetskopian', buttonLabel: 'Spara här', filters: [] };
    case 'save-sie': return { type: 'save', title: 'Exportera SIE-fil', buttonLabel: 'Exportera', filters: [{ name: 'SIE-filer', extensions: ['se'] }], ...name };
    case 'save-vat': return { type: 'save', title: 'Spara momsdeklarationen (eSKD-fil)', buttonLabel: 'Spara', filters: [{ name: 'eSKD-filer', extensions: ['xml'] }], ...name };
  }
}
