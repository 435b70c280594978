/**
 * The host's own methods (not the backend's): answered by the Electron main process in the
 * desktop program and by the bridge or the page itself in browser mode. They travel over the same
 * invoke(method, input) as the contract's methods, under the `host.` prefix.
 */
export interface RecentCompany {
  path: string;
  name: string;
  openedAt: string;
  /** Set by the desktop host, which can see the file system; unknown (undefined) in browser mode. */
  missing?: boolean;
}

/**
 * What a native dialog is for; 'save-backup' picks a folder (the backend names the file);
 * 'save-sie' and 'save-vat' save an exported SIE file and an eSKD file under a name the user may change.
 */
export type FileKind = 'open-company' | 'save-company' | 'sie' | 'backup' | 'save-backup' | 'locate-company' | 'save-sie' | 'save-vat';

export interface HostInfo {
  mode: 'desktop' | 'browser';
  /** Where new company files are suggested. */
  defaultDir: string;
  platform: string;
  /** Browser mode: the largest upload the bridge takes, in bytes. */
  uploadLimit?: number;
  /**
   * Desktop: the company to open at launch (the file named on the command line, else the last
   * one used). If it has vanished the page shows the locate-or-restore dialog (case C22).
   */
  startupFile?: string;
}

export interface HostContract {
  'host.info': { input: Record<string, never>; output: HostInfo };
  'host.recent.list': { input: Record<string, never>; output: RecentCompany[] };
  'host.recent.add': { input: { path: string; name: string }; output: RecentCompany[] };
  'host.recent.remove': { input: { path: string }; output: RecentCompany[] };
  /** Desktop only: a native file dialog. Null when the user cancels. */
  'host.pickFile': { input: { kind: FileKind; suggestedName?: string }; output: string | null };
}

export type HostMethod = keyof HostContract;

/** What the desktop menu asks the page to do. */
export type MenuAction = 'new-company' | 'open-company' | 'import-sie' | 'export-sie' | 'export-backup' | 'close-company' | 'about';
export interface MenuEvent { type: 'menu'; action: MenuAction }
