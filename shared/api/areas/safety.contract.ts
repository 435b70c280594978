/** The safety methods' outputs and error codes. */
import type { Method } from './method.js';
import type { safetySchemas } from './safety.schemas.js';
import type * as D from '../dto.js';
import type * as S from '../dto/safety.js';

type Sc = typeof safetySchemas;
type OpenErrors = 'file-not-found' | 'not-a-company-file' | 'schema-too-new';

export type SafetyContract = {
  'safety.settings': Method<Sc['safety.settings'], S.SafetySettingsDto>;
  'safety.setSettings': Method<Sc['safety.setSettings'], S.SafetySettingsDto, 'cannot-write'>;
  'safety.autoBackup': Method<Sc['safety.autoBackup'], S.AutoBackupDto, 'cannot-write'>;
  'safety.backups': Method<Sc['safety.backups'], S.BackupListDto>;
  'safety.encrypt': Method<Sc['safety.encrypt'], S.EncryptDto, 'already-encrypted' | 'weak-password'>;
  'safety.openEncrypted': Method<Sc['safety.openEncrypted'], D.CompanyDto, OpenErrors | 'not-encrypted' | 'wrong-password' | 'invalid-recovery-key' | 'key-file-missing'>;
  'safety.setPassword': Method<Sc['safety.setPassword'], { file: string }, 'not-encrypted' | 'weak-password'>;
};
