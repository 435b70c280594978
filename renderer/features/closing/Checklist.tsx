import { sv, monthName } from '../../i18n/sv.js';
import type { MonthCloseDto } from '../../../shared/api/dto/closing.js';
import { withoutCli } from './cliText.js';
import type { ChecklistLink } from '../../../shared/domain/closing/checklist.js';

const t = sv.closing;

interface Props { dto: MonthCloseDto; onLink: (l: ChecklistLink) => void }

function linkText(l: ChecklistLink): string {
  switch (l.kind) {
    case 'bank-reconcile': return t.links.bank(l.account, monthName(l.month));
    case 'voucher': return t.links.voucher(l.ref);
    case 'vat': return t.links.vat(l.period);
    case 'draft': return t.links.draft;
    case 'month': return t.links.month(monthName(l.month));
    case 'verify': return t.links.verify;
  }
}

/** The month's checklist as computed by the backend: one row per item, its state, and where to fix it. */
export function Checklist({ dto, onLink }: Props) {
  return (
    <section className="panel closing-checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <h2 id="checklist-title">{t.checklist}</h2>
      <p className="hint">{t.checklistHint}</p>
      <ul className="checks">
        {dto.items.map((i) => {
          // Several drafts all go to the same place: one button is enough.
          const links = i.links.filter((l, n) => l.kind !== 'draft' || n === 0);
          return (
            <li key={i.key} className="check" data-key={i.key} data-status={i.status}>
              <span className={`status status-${i.status}`}>{t.statuses[i.status]}</span>
              <div className="check-body">
                <strong>{i.title}</strong>
                <p className="check-detail">{withoutCli(i.detail)}</p>
                {links.length ? (
                  <p className="check-links">
                    {links.map((l, n) => <button key={n} type="button" className="link" onClick={() => onLink(l)}>{linkText(l)}</button>)}
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="small" data-testid="open-count">{t.openCount(dto.open)}</p>
    </section>
  );
}
