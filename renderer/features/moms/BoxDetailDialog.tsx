import { useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Modal } from '../../components/Modal.js';
import { Amount, fmt } from '../../components/Amount.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { VatBoxDetailDto } from '../../../shared/api/dto/vat.js';
import type { BoxId } from '../../../shared/domain/vat/boxIds.js';
import { fmtKronor } from './momsForm.js';

const t = sv.moms;

/** Drill-down from one box to the voucher lines behind it; a voucher number opens the voucher. */
export function BoxDetailDialog({ period, box, onClose, onVoucher }: { period: string; box: BoxId; onClose: () => void; onVoucher: (ref: string, date: string) => void }) {
  const api = useApi();
  const [d, setD] = useState<VatBoxDetailDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.call('vat.boxDetail', { period, box }).then((r) => (r.ok ? setD(r.value) : setError(errorText(r.error))));
  }, [api, period, box]);
  const c = t.cols;
  return (
    <Modal title={d ? `${t.box(box)} · ${d.label}` : t.box(box)} onClose={onClose} wide>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {d ? (
        <div data-testid="box-detail">
          <p>{t.detailExact(fmt(d.exact), fmtKronor(d.declared))}</p>
          {box === '49' ? <p className="muted small">{t.detail49}</p> : null}
          {d.rows.length === 0 ? <p className="muted">{t.detailEmpty}</p> : (
            <table className="report">
              <thead><tr><th scope="col">{c.date}</th><th scope="col">{c.voucher}</th><th scope="col">{c.text}</th><th scope="col">{c.account}</th><th scope="col" className="num">{c.amount}</th><th scope="col" className="num">{c.contribution}</th></tr></thead>
              <tbody>
                {d.rows.map((r, i) => (
                  <tr key={`${r.voucherId}-${r.account}-${i}`}>
                    <td>{r.date}</td>
                    <td><button type="button" className="link" onClick={() => onVoucher(r.voucher, r.date)} aria-label={sv.moms.openVoucher(r.voucher)}>{r.voucher}</button></td>
                    <td>{r.text}{r.lineText ? <span className="muted"> · {r.lineText}</span> : null}</td>
                    <td>{r.account} {r.accountName}</td>
                    <td className="num"><Amount value={r.amount} /></td>
                    <td className="num"><Amount value={r.contribution} /></td>
                  </tr>
                ))}
              </tbody>
              <tfoot><tr><th scope="row" colSpan={5}>{t.sum}</th><td className="num"><Amount value={d.rows.reduce((a, r) => a + r.contribution, 0)} /></td></tr></tfoot>
            </table>
          )}
          <div className="actions"><button type="button" onClick={onClose}>{sv.app.close}</button></div>
        </div>
      ) : null}
    </Modal>
  );
}
