import { useState } from 'react';
import { useApi } from '../../api/index.js';
import { Modal } from '../../components/Modal.js';
import { Amount } from '../../components/Amount.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { VatBookDto, VatReportDto } from '../../../shared/api/dto/vat.js';

const t = sv.moms;

interface Props {
  report: VatReportDto;
  accountNames: ReadonlyMap<string, string>;
  onClose: () => void;
  onBooked: (r: VatBookDto) => void;
}

/** The momsomföring as it will be posted (from vat.report's preview); nothing is written until "Bokför". */
export function SettlementDialog({ report, accountNames, onClose, onBooked }: Props) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lines = report.settlement;
  const debit = lines.reduce((s, l) => s + (l.amount > 0 ? l.amount : 0), 0);
  const credit = lines.reduce((s, l) => s + (l.amount < 0 ? -l.amount : 0), 0);
  const book = async () => {
    setBusy(true);
    setError(null);
    const r = await api.call('vat.book', { period: report.period });
    setBusy(false);
    if (r.ok) onBooked(r.value);
    else setError(errorText(r.error));
  };
  return (
    <Modal title={t.bookTitle(report.period)} onClose={onClose} wide>
      <div data-testid="settlement-preview">
        {error ? <Notice kind="error">{error}</Notice> : null}
        {lines.length === 0 ? <p>{t.bookEmpty}</p> : (
          <>
            <p>{t.bookIntro(report.to)}</p>
            <table className="report">
              <thead><tr><th scope="col">{sv.bokfor.account}</th><th scope="col">{sv.reports.cols.name}</th><th scope="col" className="num">{sv.bokfor.debit}</th><th scope="col" className="num">{sv.bokfor.credit}</th></tr></thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.account} data-account={l.account}>
                    <td>{l.account}</td><td>{accountNames.get(l.account) ?? ''}</td>
                    <td className="num">{l.amount > 0 ? <Amount value={l.amount} /> : null}</td>
                    <td className="num">{l.amount < 0 ? <Amount value={-l.amount} /> : null}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot><tr><th scope="row" colSpan={2}>{t.sum}</th><td className="num"><Amount value={debit} /></td><td className="num"><Amount value={credit} /></td></tr></tfoot>
            </table>
          </>
        )}
        <p className="muted small">{t.bookLock}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void book()} disabled={busy}>{t.bookConfirm}</button>
          <button type="button" onClick={onClose}>{sv.app.cancel}</button>
        </div>
      </div>
    </Modal>
  );
}
