import { useState } from 'react';
import { useApi } from '../../api/index.js';
import { Amount } from '../../components/Amount.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { BankCandidateDto } from '../../../shared/api/dto/bank.js';

const t = sv.bank.match;

/** Voucher lines already in the books that a bank row may be: link instead of booking it again. */
export function Candidates({ rowId, candidates, onLinked }: { rowId: number; candidates: readonly BankCandidateDto[]; onLinked: (voucher: string) => void }) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const link = async (c: BankCandidateDto) => {
    setError(null);
    const r = await api.call('bank.link', { rowId, voucherId: c.voucherId, lineNo: c.lineNo });
    if (r.ok) onLinked(c.voucher);
    else setError(errorText(r.error));
  };
  return (
    <div className="candidates" data-testid="candidates">
      <h3>{t.candidatesTitle}</h3>
      <ul>
        {candidates.map((c) => (
          <li key={`${c.voucherId}-${c.lineNo}`}>
            <button type="button" className="secondary" onClick={() => void link(c)}>{t.link(c.voucher)}</button>
            <span>{c.date} · {c.text} · <Amount value={c.amount} /></span>
            <span className={`tag${c.kind === 'near' ? ' warn' : ''}`}>{t.kinds[c.kind]}{c.days ? ` · ${t.days(c.days)}` : ''}</span>
          </li>
        ))}
      </ul>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}
