/** Outputs of the safety methods: backup settings, automatic backups, backup lists, encryption. */
export interface SafetySettingsDto {
  file: string;
  secondBackupDir: string | null;
  autoBackup: boolean;
  encrypted: boolean;
  /** Automatic backups kept: the newest per day, ISO week and month for this many of each. */
  rotation: { daily: number; weekly: number; monthly: number };
}

export interface AutoBackupDto {
  folders: { dir: string; kind: 'primary' | 'second'; made: string | null; newestAt: string | null; pruned: string[] }[];
}

export interface BackupEntryDto {
  path: string;
  dir: string;
  createdAt: string;
  reason: string;
  vouchers: number;
  chainHead: string;
  bytes: number;
  encrypted: boolean;
  /** Re-checked now (plain backups); null for encrypted ones, which are checked on restore. */
  intact: boolean | null;
}

/** What a path holds and the backups that could replace it (offered when a file fails to open). */
export interface BackupListDto {
  file: string;
  kind: 'missing' | 'folder' | 'company' | 'encrypted' | 'not-company';
  backups: BackupEntryDto[];
}

export interface EncryptDto {
  file: string;
  /** Shown once: write it down. It opens the books when the password is lost. */
  recoveryKey: string;
  /** Older backups that are still unencrypted (they should be deleted or kept locked away). */
  plainBackups: number;
}
