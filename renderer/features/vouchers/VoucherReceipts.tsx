import { useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Amount } from '../../components/Amount.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { ReceiptSummaryDto } from '../../../shared/api/dto/receipts.js';

const t = sv.voucher;

/** The receipts (underlag) attached to a voucher: file, date, total, and the picture on request. */
export function VoucherReceipts({ voucherId }: { voucherId: number }) {
  const api = useApi();
  const [list, setList] = useState<ReceiptSummaryDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.call('receipts.ofVoucher', { voucherId }).then((r) => {
      if (!live) return;
      if (r.ok) setList(r.value); else setError(errorText(r.error));
    });
    return () => { live = false; };
  }, [api, voucherId]);
  if (error) return <p className="field-error" role="alert">{error}</p>;
  if (!list) return <p className="muted">{sv.app.loading}</p>;
  if (list.length === 0) return <p className="muted" data-testid="voucher-receipts-none">{t.noReceipts}</p>;
  return (
    <ul className="voucher-receipts" aria-label={t.receiptsLabel} data-testid="voucher-receipts">
      {list.map((r) => <AttachedReceipt key={r.id} receipt={r} />)}
    </ul>
  );
}

function AttachedReceipt({ receipt }: { receipt: ReceiptSummaryDto }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [image, setImage] = useState<string | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  useEffect(() => {
    if (!open || image) return;
    let live = true;
    void api.call('receipts.image', { id: receipt.id, size: 'preview' }).then((r) => {
      if (!live) return;
      if (r.ok) setImage(r.value.dataUrl); else setImageError(errorText(r.error));
    });
    return () => { live = false; };
  }, [api, open, image, receipt.id]);
  return (
    <li data-testid="voucher-receipt" data-receipt={receipt.id}>
      <div className="voucher-receipt-row">
        {receipt.thumbnail ? <img className="voucher-receipt-thumb" src={receipt.thumbnail} alt="" /> : null}
        <span className="voucher-receipt-name">{receipt.fileName}</span>
        {receipt.merchant ? <span className="muted">{receipt.merchant}</span> : null}
        <span data-testid="voucher-receipt-date">{receipt.date ?? '–'}</span>
        <span className="num" data-testid="voucher-receipt-total">{receipt.total === null ? '–' : <Amount value={receipt.total} />}{receipt.currency && receipt.currency !== 'SEK' ? ` ${receipt.currency}` : ''}</span>
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen((o) => !o)}>{open ? t.hideReceipt(receipt.fileName) : t.showReceipt(receipt.fileName)}</button>
      </div>
      {open ? (
        <div className="voucher-receipt-picture">
          {image ? <img src={image} alt={sv.receipts.pictureAlt(receipt.fileName)} data-testid="voucher-receipt-image" /> : <p className="muted">{imageError ?? sv.app.loading}</p>}
        </div>
      ) : null}
    </li>
  );
}
