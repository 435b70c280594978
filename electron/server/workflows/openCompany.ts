import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import { openDb, closeDb, type Db } from '../../db/connection.js';
import { migrate, SchemaTooNewError } from '../../db/migrate.js';
import { KONTERA_APPLICATION_ID } from '../../db/fileId.js';
import { type HandlerResult, done, refuse } from '../result.js';
import { fileKind } from '../../db/cryptoFile.js';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function looksLikeSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    return readSync(fd, buf, 0, 16, 0) === 16 && buf.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** Folders that sync files behind SQLite's back; a company file there risks conflicts. */
export function syncedFolderWarning(file: string): string | null {
  const p = path.resolve(file).toLowerCase();
  const hit = ['dropbox', 'onedrive', 'icloud', 'google drive', 'googledrive', 'mobile documents', 'box sync', 'nextcloud', '/mnt/', '\\\\'].find((s) => p.includes(s));
  return hit ? `Företagsfilen ligger i en synkroniserad mapp eller på en nätverksenhet (${hit.trim()}). Det kan ge konflikter och förlorad data; flytta den till en lokal mapp och använd säkerhetskopior.` : null;
}

/** Opens a company file, refusing anything that is not one, and migrates it (backup first). */
export async function openCompanyFile(file: string, now: string): Promise<HandlerResult<Db>> {
  const full = path.resolve(file);
  if (!existsSync(full)) return refuse('file-not-found', `Filen ${full} finns inte. Leta upp filen eller återställ från en säkerhetskopia.`, { path: 'path' });
  if (!statSync(full).isFile()) return notCompany(full);
  if (!looksLikeSqlite(full)) return fileKind(full) === 'encrypted' ? encrypted(full) : notCompany(full);
  let db;
  try {
    db = openDb(full);
  } catch (e) {
    if (isCorrupt(e)) return corrupt(full);
    throw e;
  }
  try {
    const appId = db.raw.pragma('application_id', { simple: true }) as number;
    if (appId !== KONTERA_APPLICATION_ID) {
      closeDb(db);
      return notCompany(full);
    }
    await migrate(db, now);
    return done(db);
  } catch (e) {
    if (db.raw.open) db.raw.close();
    if (isCorrupt(e)) return corrupt(full);
    if (e instanceof SchemaTooNewError) return refuse('schema-too-new', 'Filen är skapad av en nyare version av Kontera. Uppdatera programmet för att öppna den.');
    throw e;
  }
}

function isCorrupt(e: unknown): boolean {
  const code = String((e as { code?: string }).code ?? '');
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

function corrupt(full: string) {
  return refuse('not-a-company-file', `${full} går inte att läsa: filen är skadad. Återställ den från en säkerhetskopia (kontera restore).`, { path: 'path' });
}

/** Told apart from a damaged file so the UI can ask for the password (safety.openEncrypted). */
function encrypted(full: string) {
  return refuse('company-encrypted', `Företagsfilen ${full} är krypterad. Ange lösenordet eller återställningsnyckeln för att öppna den.`, { path: 'path' });
}

function notCompany(full: string) {
  return refuse('not-a-company-file', `${full} är ingen Kontera-företagsfil. Välj en fil som Kontera har skapat.`, { path: 'path' });
}
