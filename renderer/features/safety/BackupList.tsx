import type { BackupEntryDto } from '../../../shared/api/dto/safety.js';
import { sv } from '../../i18n/sv.js';
import { backupTime, fileSize } from './format.js';

const t = sv.safety;

function state(b: BackupEntryDto): { text: string; cls: string } {
  if (b.intact === true) return { text: t.intact, cls: 'tag' };
  if (b.intact === false) return { text: t.broken, cls: 'tag warn' };
  return { text: t.unchecked, cls: 'tag' };
}

/** The backups of a company file, newest first, each with "Återställ" (a damaged one cannot be restored). */
export function BackupList({ backups, onRestore, testId = 'backup-list' }: { backups: BackupEntryDto[]; onRestore: (b: BackupEntryDto) => void; testId?: string }) {
  if (backups.length === 0) return <p className="muted">{t.noBackups}</p>;
  return (
    <table className="report backup-list" data-testid={testId}>
      <thead>
        <tr><th scope="col">{t.cols.date}</th><th scope="col">{t.cols.kind}</th><th scope="col" className="num">{t.cols.vouchers}</th><th scope="col" className="num">{t.cols.size}</th><th scope="col">{t.cols.state}</th><th scope="col">{t.cols.place}</th><th scope="col"><span className="sr-only">{t.restore}</span></th></tr>
      </thead>
      <tbody>
        {backups.map((b) => {
          const s = state(b);
          const time = backupTime(b.createdAt);
          return (
            <tr key={b.path}>
              <th scope="row">{time}</th>
              <td>{t.reasons[b.reason] ?? b.reason}{b.encrypted ? <em className="tag">{t.encryptedTag}</em> : null}</td>
              <td className="num">{b.vouchers}</td>
              <td className="num">{fileSize(b.bytes)}</td>
              <td><em className={s.cls}>{s.text}</em></td>
              <td className="path">{b.dir}</td>
              <td><button type="button" disabled={b.intact === false} aria-label={`${t.restore} ${time}`} onClick={() => onRestore(b)}>{t.restore}</button></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
