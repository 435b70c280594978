import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Modal } from '../../components/Modal.js';
import { Amount } from '../../components/Amount.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { VoucherDto } from '../../../shared/api/dto.js';
import { parseVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import { CorrectDialog } from './CorrectDialog.js';
import { VoucherReceipts } from './VoucherReceipts.js';
import './vouchers.css';
import { SaveTemplateDialog } from '../bokfor/SaveTemplateDialog.js';
import { swedishDateTimeOf } from '../../../shared/domain/dates/swedishDate.js';

export interface VoucherKey { series: string; number: number; fiscalYear?: string }

const t = sv.voucher;

/** One voucher as posted: read-only, with "Rätta" (a new reversing voucher), never edit or delete. */
export function VoucherView({ voucher, onClose, onOpen, onChanged }: { voucher: VoucherKey; onClose: () => void; onOpen: (k: VoucherKey) => void; onChanged?: () => void }) {
  const api = useApi();
  const [v, setV] = useState<VoucherDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await api.call('vouchers.get', { voucher: { series: voucher.series, number: voucher.number, ...(voucher.fiscalYear ? { fiscalYear: voucher.fiscalYear } : {}) } });
    if (r.ok) setV(r.value);
    else setError(errorText(r.error));
  }, [api, voucher.series, voucher.number, voucher.fiscalYear]);
  useEffect(() => void load(), [load]);

  const title = v ? t.title(v.ref) : sv.app.loading;
  const refLink = (ref: string) => {
    const k = parseVoucherRef(ref);
    const fy = k?.fiscalYear ?? v?.fiscalYear;
    return k ? <button type="button" className="link" key={ref} onClick={() => onOpen({ series: k.series, number: k.number, ...(fy ? { fiscalYear: fy } : {}) })}>{ref}</button> : <span key={ref}>{ref}</span>;
  };
  return (
    <Modal title={title} onClose={onClose} wide>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {notice ? <Notice kind="ok" focus key={notice}>{notice}</Notice> : null}
      {v ? (
        <div className="voucher" data-testid="voucher-view">
          <dl className="facts">
            <div><dt>{t.date}</dt><dd>{v.date}</dd></div>
            <div><dt>{sv.bokfor.text}</dt><dd>{v.text}</dd></div>
            {v.counterparty ? <div><dt>{t.counterparty}</dt><dd>{v.counterparty}</dd></div> : null}
            {v.reference ? <div><dt>{t.reference}</dt><dd>{v.reference}</dd></div> : null}
            <div><dt>{t.registered}</dt><dd>{swedishDateTimeOf(v.registeredAt)} · {t.by} {v.createdBy}</dd></div>
            <div><dt>{t.origin}</dt><dd>{t.origins[v.origin] ?? v.origin}</dd></div>
            {v.corrects ? <div><dt>{t.corrects}</dt><dd>{refLink(v.corrects)}</dd></div> : null}
            {v.correctedBy.length ? <div><dt>{t.correctedBy}</dt><dd>{v.correctedBy.map(refLink)}</dd></div> : null}
          </dl>
          <table className="report">
            <thead><tr><th scope="col">{sv.bokfor.account}</th><th scope="col">{sv.reports.cols.name}</th><th scope="col">{sv.bokfor.lineText}</th><th scope="col" className="num">{sv.bokfor.debit}</th><th scope="col" className="num">{sv.bokfor.credit}</th></tr></thead>
            <tbody>
              {v.lines.map((l) => (
                <tr key={l.lineNo}><td>{l.account}</td><td>{l.accountName}</td><td>{l.text ?? ''}</td>
                  <td className="num">{l.amount > 0 ? <Amount value={l.amount} /> : null}</td><td className="num">{l.amount < 0 ? <Amount value={-l.amount} /> : null}</td></tr>
              ))}
            </tbody>
          </table>
          <h3>{t.receipts}</h3>
          <VoucherReceipts voucherId={v.id} />
          <p className="muted small">{t.hash}: <code>{v.hash.slice(0, 16)}…</code></p>
          <p className="muted small">{t.immutable}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => setCorrecting(true)} disabled={v.correctedBy.length > 0}>{t.correct}</button>
            <button type="button" onClick={() => setSaving(true)}>{t.saveTemplate}</button>
            <button type="button" onClick={onClose}>{sv.app.close}</button>
          </div>
        </div>
      ) : null}
      {correcting && v ? (
        <CorrectDialog voucher={v} onClose={() => setCorrecting(false)} onDone={(c) => { setCorrecting(false); setNotice(t.corrected(c.ref)); void load(); onChanged?.(); }} />
      ) : null}
      {saving && v ? <SaveTemplateDialog voucher={v} onClose={() => setSaving(false)} onSaved={(n) => { setSaving(false); setNotice(sv.bokfor.templateSaved(n)); }} /> : null}
    </Modal>
  );
}
