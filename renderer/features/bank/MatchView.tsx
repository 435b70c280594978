import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Amount } from '../../components/Amount.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { BankMatchResultDto, BankRowsDto } from '../../../shared/api/dto/bank.js';
import { Candidates } from './Candidates.js';
import { UnlinkButton } from './UnlinkButton.js';

const t = sv.bank.match;

/** Matching: unique exact matches confirmed in bulk, ambiguous rows shown with their candidates, links undone with a reason. */
export function MatchView({ refreshKey, onOpenVoucher, onChanged }: { refreshKey: number; onOpenVoucher: (ref: string, date: string) => void; onChanged: () => void }) {
  const api = useApi();
  const [result, setResult] = useState<BankMatchResultDto | null>(null);
  const [linked, setLinked] = useState<BankRowsDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    void api.call('bank.match', { auto: false }).then((r) => (r.ok ? setResult(r.value) : setError(errorText(r.error))));
    void api.call('bank.rows', { state: 'matched', limit: 200 }).then((r) => { if (r.ok) setLinked(r.value); });
  }, [api, refreshKey, tick]);

  const changed = useCallback((text: string) => { setNotice(text); setTick((x) => x + 1); onChanged(); }, [onChanged]);
  const confirm = async () => {
    const r = await api.call('bank.match', { auto: true });
    if (r.ok) changed(t.confirmed(r.value.confirmed));
    else setError(errorText(r.error));
  };

  return (
    <div className="bank-match">
      {notice ? <Notice kind="ok" onClose={() => setNotice(null)}><span data-testid="match-notice">{notice}</span></Notice> : null}
      {error ? <Notice kind="error">{error}</Notice> : null}
      <section className="card" aria-labelledby="match-sure">
        <h2 id="match-sure">{t.sureTitle}</h2>
        <p className="muted small">{t.sureHint}</p>
        {result && result.matches.length ? (
          <>
            <table className="report" data-testid="match-sure">
              <thead><tr><th scope="col">{t.cols.date}</th><th scope="col">{t.cols.text}</th><th scope="col" className="num">{t.cols.amount}</th><th scope="col">{t.cols.voucher}</th><th scope="col">{t.cols.kind}</th></tr></thead>
              <tbody>
                {result.matches.map((m) => (
                  <tr key={m.rowId}>
                    <td>{m.date}</td><td>{m.text}</td><td className="num"><Amount value={m.amount} /></td>
                    <td><button type="button" className="link" onClick={() => onOpenVoucher(m.voucher, m.voucherDate)}>{m.voucher}</button> <span className="muted small">{m.voucherDate}</span></td>
                    <td>{t.kinds[m.kind]}{m.days ? ` · ${t.days(m.days)}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="primary" onClick={() => void confirm()}>{t.confirm(result.matches.length)}</button>
          </>
        ) : <p className="muted">{result ? t.noneSure : sv.app.loading}</p>}
      </section>
      {result && result.ambiguous.length ? (
        <section className="card" aria-labelledby="match-ambiguous">
          <h2 id="match-ambiguous">{t.ambiguousTitle}</h2>
          <p className="muted small">{t.ambiguousHint}</p>
          {result.ambiguous.map((a) => (
            <div key={a.rowId} className="ambiguous" data-testid="ambiguous">
              <p><strong>{a.date}</strong> {a.text} <Amount value={a.amount} /></p>
              <Candidates rowId={a.rowId} candidates={a.candidates} onLinked={(ref) => changed(t.linkedTo(a.date, ref))} />
            </div>
          ))}
        </section>
      ) : null}
      <section className="card" aria-labelledby="match-linked">
        <h2 id="match-linked">{t.linkedTitle}</h2>
        {linked && linked.rows.length ? (
          <table className="report" data-testid="match-linked">
            <thead><tr><th scope="col">{t.cols.date}</th><th scope="col">{t.cols.text}</th><th scope="col" className="num">{t.cols.amount}</th><th scope="col">{t.cols.voucher}</th><th scope="col">{t.cols.kind}</th><th scope="col"><span className="sr-only">{t.cols.action}</span></th></tr></thead>
            <tbody>
              {linked.rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.date}</td><td>{r.text}</td><td className="num"><Amount value={r.amount} /></td>
                  <td>{r.link ? <button type="button" className="link" onClick={() => onOpenVoucher(r.link!.voucher, r.date)}>{r.link.voucher}</button> : null}</td>
                  <td>{r.link ? t.kinds[r.link.kind] : ''}</td>
                  <td><UnlinkButton rowId={r.id} label={`${r.date} ${r.text}`} onDone={() => changed(t.unlinked(r.date))} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : <p className="muted">{linked ? t.noneLinked : sv.app.loading}</p>}
        {linked && linked.total > linked.rows.length ? <p className="muted small">{t.more(linked.total - linked.rows.length)}</p> : null}
      </section>
    </div>
  );
}
