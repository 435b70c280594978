import { Amount } from '../../components/Amount.js';
import { sv } from '../../i18n/sv.js';
import type { BankPreviewRowDto } from '../../../shared/api/dto/bank.js';

const t = sv.bank.import;

/** Every row of the file with what the import does with it (new or duplicate), file order. */
export function PreviewTable({ rows }: { rows: readonly BankPreviewRowDto[] }) {
  const c = t.cols;
  return (
    <table className="report bank-preview-rows">
      <thead><tr><th scope="col">{c.line}</th><th scope="col">{c.date}</th><th scope="col">{c.text}</th><th scope="col" className="num">{c.amount}</th><th scope="col" className="num">{c.balance}</th><th scope="col">{c.decision}</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.part}-${r.line}`} className={r.decision === 'duplicate' ? 'is-duplicate' : undefined} data-decision={r.decision}>
            <td className="muted">{r.line}</td>
            <td>{r.date}</td>
            <td>{r.text}{r.counterparty ? <span className="muted"> · {r.counterparty}</span> : null}{r.reference ? <span className="muted"> · {r.reference}</span> : null}
              {r.originalCurrency ? <span className="muted small"> ({r.originalAmount !== null ? <Amount value={r.originalAmount} /> : null} {r.originalCurrency})</span> : null}</td>
            <td className="num"><Amount value={r.amount} /></td>
            <td className="num">{r.balance !== null ? <Amount value={r.balance} /> : null}</td>
            <td>{r.decision === 'new' ? <span className="tag">{t.isNew}</span> : <span className="tag warn">{t.isDuplicate}{r.shiftedDays ? ` (${t.shifted(r.shiftedDays)})` : ''}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
