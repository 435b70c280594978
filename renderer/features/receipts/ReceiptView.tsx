import { useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Amount } from '../../components/Amount.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { ReceiptDto } from '../../../shared/api/dto/receipts.js';
import { DraftEditor } from './DraftEditor.js';

const t = sv.receipts;

interface Props { receipt: ReceiptDto; onPosted: (ref: string) => void }

/** One receipt: the picture beside what was read (uncertain fields marked) and the draft voucher. */
export function ReceiptView({ receipt, onPosted }: Props) {
  const api = useApi();
  const [image, setImage] = useState<string | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setImage(null);
    void api.call('receipts.image', { id: receipt.id, size: 'preview' }).then((r) => {
      if (!live) return;
      if (r.ok) setImage(r.value.dataUrl); else setImageError(errorText(r.error));
    });
    return () => { live = false; };
  }, [api, receipt.id]);
  const f = receipt.fields;
  const mark = (k: keyof ReceiptDto['certain']) => (receipt.certain[k] ? null : <span className="badge warn" title={t.uncertainHint}>{t.uncertain}</span>);
  const failed = receipt.checks.filter((c) => c.outcome === 'fail');
  return (
    <article className="receipt" aria-labelledby={`receipt-${receipt.id}-title`} data-testid="receipt-view">
      <div className="receipt-picture">
        {image ? <img src={image} alt={t.pictureAlt(receipt.fileName)} /> : <p className="muted">{imageError ?? sv.app.loading}</p>}
      </div>
      <div className="receipt-data">
        <h2 id={`receipt-${receipt.id}-title`}>{f.merchant ?? receipt.fileName}</h2>
        {receipt.duplicate ? <p className="notice notice-info" role="status">{t.duplicate(receipt.vouchers.map((v) => v.ref))}</p> : null}
        {(receipt.warnings ?? []).map((w) => <p key={w.code} className="notice notice-warn" role="status" data-code={w.code}>{w.message}</p>)}
        <dl className="receipt-fields" data-testid="receipt-fields">
          <div><dt>{t.merchant}</dt><dd>{f.merchant ?? '–'} {mark('merchant')}</dd></div>
          <div><dt>{t.orgnr}</dt><dd>{f.orgnr ?? '–'} {mark('orgnr')}</dd></div>
          <div><dt>{t.date}</dt><dd>{f.date ?? '–'} {mark('date')}</dd></div>
          <div><dt>{t.total}</dt><dd data-testid="receipt-total">{f.total === null ? '–' : <Amount value={f.total} />} {f.currency ?? ''} {mark('total')}</dd></div>
          {f.vat.map((v) => <div key={v.rate}><dt>{t.vat(v.rate)}</dt><dd><Amount value={v.amount} /> {mark('vat')}</dd></div>)}
          {f.rounding !== 0 ? <div><dt>{t.rounding}</dt><dd><Amount value={f.rounding} /></dd></div> : null}
          <div><dt>{t.payment}</dt><dd>{f.payment ? t.payments[f.payment] : '–'} {mark('payment')}</dd></div>
        </dl>
        {failed.length ? <ul className="receipt-checks" aria-label={t.checks}>{failed.map((c, i) => <li key={i}>{c.message}</li>)}</ul> : null}
        {receipt.vouchers.length ? (
          <p data-testid="receipt-booked">{t.booked(receipt.vouchers.map((v) => v.ref))}</p>
        ) : receipt.suggestion ? (
          <DraftEditor receipt={receipt} suggestion={receipt.suggestion} onPosted={onPosted} />
        ) : null}
      </div>
    </article>
  );
}
