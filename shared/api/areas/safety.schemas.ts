/** Inputs of the safety methods: backup settings and automatic backups, backup lists, encryption. */
import { z } from 'zod';

const password = z.string().max(1000);

export const safetySchemas = {
  'safety.settings': z.object({}),
  'safety.setSettings': z.object({
    /** A folder for a second copy of every automatic backup; null turns it off. */
    secondBackupDir: z.string().min(1).max(4096).nullable().optional(),
    autoBackup: z.boolean().optional(),
  }),
  /** Makes the day's automatic backups when due (or now with force) and rotates old ones. */
  'safety.autoBackup': z.object({ force: z.boolean().default(false) }),
  /** Works without an open company: what `path` holds and its finished backups, newest first. */
  'safety.backups': z.object({ path: z.string().min(1), extraDir: z.string().min(1).optional(), check: z.boolean().default(true) }),
  'safety.encrypt': z.object({ password }),
  'safety.openEncrypted': z.object({ path: z.string().min(1), password: password.optional(), recoveryKey: z.string().max(200).optional() }),
  'safety.setPassword': z.object({ password }),
} as const;
