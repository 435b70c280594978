/**
 * Printing the year-end document to PDF. Two printers behind one interface: Debian's Chromium
 * headless (CLI, tests, browser mode) and Electron's webContents.printToPDF in the desktop app
 * (the main process passes its printer in; the backend never imports electron).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PdfPrinter { print(html: string): Promise<Uint8Array> }

/** The browsers tried in order (KONTERA_CHROMIUM overrides). */
export function chromiumPath(): string | null {
  const candidates = [process.env.KONTERA_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((x): x is string => !!x);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Chromium headless `--print-to-pdf` on a temporary HTML file (A4, no header/footer). */
export function chromiumPrinter(binary = chromiumPath()): PdfPrinter {
  return {
    async print(html) {
      if (!binary) throw new Error('Ingen Chromium hittades för att skriva ut PDF (sätt KONTERA_CHROMIUM).');
      const dir = mkdtempSync(path.join(tmpdir(), 'kontera-pdf-'));
      try {
        const src = path.join(dir, 'doc.html');
        const out = path.join(dir, 'doc.pdf');
        writeFileSync(src, html, 'utf8');
        await new Promise<void>((resolve, reject) => {
          const p = spawn(binary, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${path.join(dir, 'profile')}`,
            `--print-to-pdf=${out}`, pathToFileURL(src).href], { stdio: ['ignore', 'ignore', 'pipe'] });
          let err = '';
          p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
          const timer = setTimeout(() => { p.kill('SIGKILL'); reject(new Error('Chromium svarade inte inom 60 sekunder.')); }, 60_000);
          p.on('error', (e) => { clearTimeout(timer); reject(e); });
          p.on('exit', (code) => { clearTimeout(timer); if (code === 0 && existsSync(out)) resolve(); else reject(new Error(`Chromium avslutades med kod ${code}: ${err.split('\n').slice(-3).join(' ')}`)); });
        });
        return new Uint8Array(readFileSync(path.join(dir, 'doc.pdf')));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** What the desktop app's main process gives the backend: a window it can load HTML into and print. */
export interface ElectronPrintTarget {
  loadURL(url: string): Promise<void>;
  printToPDF(options: { pageSize: 'A4'; printBackground: boolean; margins: { marginType: 'default' } }): Promise<Uint8Array>;
  close(): void;
}

/**
 * Electron's printToPDF as a PdfPrinter (the thin adapter of the app path): `open` creates a
 * hidden, sandboxed window without preload or node integration.
 */
export function electronPrinter(open: () => ElectronPrintTarget): PdfPrinter {
  return {
    async print(html) {
      const w = open();
      try {
        await w.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        return await w.printToPDF({ pageSize: 'A4', printBackground: false, margins: { marginType: 'default' } });
      } finally {
        w.close();
      }
    },
  };
}

let current: PdfPrinter | null = null;

/** The printer in use: the one the app registered, else Chromium. */
export function pdfPrinter(): PdfPrinter {
  return current ?? chromiumPrinter();
}

/** Called by the desktop app's main process at start-up. */
export function usePdfPrinter(p: PdfPrinter | null): void {
  current = p;
}
