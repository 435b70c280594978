/** Encryption at rest: turning it on, opening an encrypted file, changing its password. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Handler } from './types.js';
import { done, refuse } from '../result.js';
import { openDb, closeDb } from '../../db/connection.js';
import { migrate, SchemaTooNewError } from '../../db/migrate.js';
import { KONTERA_APPLICATION_ID } from '../../db/fileId.js';
import { MIN_PASSWORD_LENGTH, keyFileOf, newDataKey, parseRecoveryKey, readKeyFile, recoveryKeyOf, unwrapKey, wrapKey, writeKeyFile } from '../../db/crypto.js';
import { encryptFile, fileKind, keyOf, rememberKey } from '../../db/cryptoFile.js';
import { defaultBackupDir } from '../../db/backup.js';
import { appendAudit } from '../../db/repos/audit.repo.js';
import { listBackups } from '../workflows/autoBackupList.js';
import { readSettings } from '../workflows/autoBackupSettings.js';
import { companyDto } from './company.js';
import { encryptArchiveOf } from '../receipts/archive.js';

const weak = () => refuse('weak-password', `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken. Välj ett längre.`, { path: 'password' });

export const encryptCompany: Handler<'safety.encrypt'> = (ctx, input) => {
  const db = ctx.db();
  if (db.encrypted) return refuse('already-encrypted', 'Företagsfilen är redan krypterad. Byt lösenord med safety.setPassword.');
  if ([...input.password].length < MIN_PASSWORD_LENGTH) return weak();
  const file = db.path;
  const second = readSettings(db).secondBackupDir;
  const key = newDataKey();
  ctx.write((d) => {
    appendAudit(d, ctx.clock.now(), ctx.user, 'safety.encrypted', { file: path.basename(file) });
    return done(null);
  });
  closeDb(db);
  ctx.session.db = null;
  writeKeyFile(file, wrapKey(key, input.password));
  try {
    encryptFile(file, key);
  } catch (e) {
    // The original was never touched (the encrypted copy is renamed over it only when verified).
    rmSync(keyFileOf(file), { force: true });
    ctx.session.db = openDb(file);
    throw e;
  }
  try {
    encryptArchiveOf(file, key);
  } catch {
    // The archive stays plain and whole (converted beside, renamed only when verified); the
    // next attach (ensureArchive) encrypts it before it is used.
  }
  const reopened = openDb(file, { key });
  ctx.session.db = reopened;
  const plainBackups = listBackups([defaultBackupDir(file), ...(second ? [second] : [])]).filter((b) => !b.encrypted).length;
  return done({ file, recoveryKey: recoveryKeyOf(key), plainBackups });
};

export const openEncrypted: Handler<'safety.openEncrypted'> = async (ctx, input) => {
  const file = path.resolve(input.path);
  const kind = fileKind(file);
  if (kind === 'missing' || kind === 'folder') return refuse('file-not-found', `Filen ${file} finns inte. Leta upp filen eller återställ från en säkerhetskopia.`, { path: 'path' });
  if (kind === 'company') return refuse('not-encrypted', `${file} är inte krypterad. Öppna den som vanligt.`, { path: 'path' });
  let key: Buffer | null;
  if (input.recoveryKey) {
    key = parseRecoveryKey(input.recoveryKey);
    if (!key) return refuse('invalid-recovery-key', 'Återställningsnyckeln är felskriven: den har 14 grupper om 4 tecken. Kontrollera den och försök igen.', { path: 'recoveryKey' });
  } else {
    const kf = readKeyFile(file);
    if (!kf) return refuse('key-file-missing', `Nyckelfilen ${path.basename(file)}.kontera-nyckel saknas bredvid företagsfilen. Öppna med återställningsnyckeln i stället.`, { path: 'path' });
    key = unwrapKey(kf, input.password ?? '');
    if (!key) return refuse('wrong-password', 'Fel lösenord. Försök igen, eller öppna med återställningsnyckeln.', { path: 'password' });
  }
  let db;
  try {
    db = openDb(file, { key });
  } catch {
    return input.recoveryKey
      ? refuse('invalid-recovery-key', 'Återställningsnyckeln hör inte till den här filen.', { path: 'recoveryKey' })
      : refuse('not-a-company-file', `${file} går inte att läsa med nyckeln: filen är skadad eller hör till en annan nyckelfil. Återställ från en säkerhetskopia.`, { path: 'path' });
  }
  try {
    if (db.raw.pragma('application_id', { simple: true }) !== KONTERA_APPLICATION_ID) {
      closeDb(db);
      return refuse('not-a-company-file', `${file} är ingen Kontera-företagsfil.`, { path: 'path' });
    }
    rememberKey(db, key);
    await migrate(db, ctx.clock.now());
  } catch (e) {
    if (db.raw.open) db.raw.close();
    if (e instanceof SchemaTooNewError) return refuse('schema-too-new', 'Filen är skapad av en nyare version av Kontera. Uppdatera programmet för att öppna den.');
    throw e;
  }
  if (ctx.session.db) closeDb(ctx.session.db);
  ctx.session.db = db;
  return done(companyDto(db));
};

export const setPassword: Handler<'safety.setPassword'> = (ctx, input) => {
  const db = ctx.db();
  const key = keyOf(db);
  if (!db.encrypted || !key) return refuse('not-encrypted', 'Företagsfilen är inte krypterad. Slå på kryptering med safety.encrypt.');
  if ([...input.password].length < MIN_PASSWORD_LENGTH) return weak();
  writeKeyFile(db.path, wrapKey(key, input.password));
  ctx.write((d) => {
    appendAudit(d, ctx.clock.now(), ctx.user, 'safety.password-changed', {});
    return done(null);
  });
  return done({ file: db.path });
};
