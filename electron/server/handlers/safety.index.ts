import type { AreaHandlers } from './types.js';
import type { SafetyContract } from '../../../shared/api/areas/safety.contract.js';
import { safetySettings, setSafetySettings, autoBackup, backupsOf } from './safety.js';
import { encryptCompany, openEncrypted, setPassword } from './safetyCrypto.js';

export const safetyHandlers: AreaHandlers<SafetyContract> = {
  'safety.settings': safetySettings,
  'safety.setSettings': setSafetySettings,
  'safety.autoBackup': autoBackup,
  'safety.backups': backupsOf,
  'safety.encrypt': encryptCompany,
  'safety.openEncrypted': openEncrypted,
  'safety.setPassword': setPassword,
};
