/**
 * Migration 7: safety settings (issue 9). Frozen once released; add a new migration instead.
 *
 * `safety_settings` holds the company's backup settings as key/value rows (today: the second
 * backup folder and whether automatic backups are on); every change is also written to the
 * audit log by the handler.
 */
export const up = `
CREATE TABLE safety_settings (
  key TEXT PRIMARY KEY CHECK (key IN ('second_backup_dir', 'auto_backup')),
  value TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL
) STRICT;
`;
