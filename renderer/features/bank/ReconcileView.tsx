import { useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/index.js';
import { Amount, fmt } from '../../components/Amount.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText, monthName } from '../../i18n/sv.js';
import type { BankAccountDto, BankReconciliationDto, BankReconciliationRecordDto } from '../../../shared/api/dto/bank.js';
import type { FiscalYearDto } from '../../../shared/api/dto.js';
import { reconcileMonths } from './months.js';
import { UnmatchedTables } from './UnmatchedTables.js';
import { swedishDateTimeOf } from '../../../shared/domain/dates/swedishDate.js';

const t = sv.bank.reconcile;

interface Props { accounts: readonly BankAccountDto[]; years: readonly FiscalYearDto[]; refreshKey: number; onOpenVoucher: (ref: string, date: string) => void; initial?: { account: string; month: string } | null }

/** Monthly reconciliation: the statement's balance against the ledger's, and what is unmatched on each side. */
export function ReconcileView({ accounts, years, refreshKey, onOpenVoucher, initial }: Props) {
  const api = useApi();
  const [account, setAccount] = useState(initial && accounts.some((a) => a.account === initial.account) ? initial.account : accounts[0]?.account ?? '1930');
  const acct = accounts.find((a) => a.account === account);
  const months = useMemo(() => reconcileMonths(acct ?? null, years), [acct, years]);
  const [month, setMonth] = useState<string>(() => (initial && months.includes(initial.month) ? initial.month : months[months.length - 1] ?? ''));
  const [r, setR] = useState<BankReconciliationDto | null>(null);
  const [history, setHistory] = useState<BankReconciliationRecordDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => { if (!months.includes(month)) setMonth(months[months.length - 1] ?? ''); }, [months, month]);
  useEffect(() => {
    if (!month) return;
    let live = true;
    setError(null);
    void api.call('bank.reconcile', { account, month, record: false }).then((x) => {
      if (!live) return;
      if (x.ok) setR(x.value);
      else { setR(null); setError(errorText(x.error)); }
    });
    return () => { live = false; };
  }, [api, account, month, refreshKey, tick]);
  useEffect(() => {
    void api.call('bank.reconciliations', { account }).then((x) => { if (x.ok) setHistory(x.value); });
  }, [api, account, refreshKey, tick]);

  const save = async () => {
    const x = await api.call('bank.reconcile', { account, month, record: true });
    if (!x.ok) return setError(errorText(x.error));
    setSaved(x.value.reconciled ? t.savedOk(monthName(month)) : t.savedOff(monthName(month)));
    setTick((n) => n + 1);
  };

  return (
    <div className="bank-reconcile">
      <div className="report-controls">
        <div className="field compact">
          <label htmlFor="rec-account">{t.account}</label>
          <select id="rec-account" value={account} onChange={(e) => { setAccount(e.target.value); setSaved(null); }}>
            {accounts.map((a) => <option key={a.account} value={a.account}>{a.account} {a.name}</option>)}
            {accounts.some((a) => a.account === account) ? null : <option value={account}>{account}</option>}
          </select>
        </div>
        <div className="field compact">
          <label htmlFor="rec-month">{t.month}</label>
          <select id="rec-month" value={month} onChange={(e) => { setMonth(e.target.value); setSaved(null); }}>
            {months.map((m) => <option key={m} value={m}>{monthName(m)}</option>)}
          </select>
        </div>
      </div>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {saved ? <Notice kind="ok" onClose={() => setSaved(null)}><span data-testid="rec-saved">{saved}</span></Notice> : null}
      {r && r.month === month && r.account === account ? (
        <section className="card" data-testid="reconciliation" aria-label={t.title(monthName(month))}>
          <dl className="rec-figures">
            <div><dt>{t.statement(r.to)}</dt><dd data-testid="rec-statement"><Amount value={r.statement} /></dd></div>
            <div><dt>{t.ledger(r.to)}</dt><dd data-testid="rec-ledger"><Amount value={r.ledger} /></dd></div>
            <div className={r.reconciled ? 'is-ok' : 'is-off'}><dt>{t.difference}</dt><dd data-testid="rec-difference"><Amount value={r.difference} /></dd></div>
          </dl>
          <p data-testid="rec-state" className={r.reconciled ? 'rec-ok' : 'rec-off'}>{r.reconciled ? t.reconciled : r.explanation ? t.notReconciledExplained : t.notReconciled}</p>
          <p className="muted small">{t.basis[r.basis]}</p>
          {r.coveredTo && r.coveredTo < r.to ? <Notice kind="warn">{t.coveredTo(r.coveredTo)}</Notice> : null}
          {r.coveredTo === null ? <Notice kind="warn">{t.noStatement}</Notice> : null}
          {r.gaps.map((g) => <Notice kind="warn" key={`${g.from}-${g.to}`}>{t.gap(g.from, g.to, fmt(g.stated), fmt(g.computed))}</Notice>)}
          {r.explanation ? <Notice kind="warn"><span data-testid="rec-explanation" data-code={r.explanation.code}>{r.explanation.message}</span></Notice> : null}
          {r.explanation && r.unmatched.length === 0 ? null : <UnmatchedTables items={r.unmatched} onOpenVoucher={onOpenVoucher} />}
          <div className="actions"><button type="button" className="primary" onClick={() => void save()}>{t.save}</button><span className="hint">{t.saveHint}</span></div>
        </section>
      ) : null}
      {history.length ? (
        <section className="card">
          <h2>{t.history}</h2>
          <table className="report" data-testid="rec-history">
            <thead><tr><th scope="col">{t.cols.month}</th><th scope="col" className="num">{t.cols.statement}</th><th scope="col" className="num">{t.cols.ledger}</th><th scope="col" className="num">{t.cols.difference}</th><th scope="col">{t.cols.state}</th><th scope="col">{t.cols.at}</th></tr></thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>{monthName(h.month)}</td>
                  <td className="num">{h.statement !== null ? <Amount value={h.statement} /> : null}</td>
                  <td className="num"><Amount value={h.ledger} /></td>
                  <td className="num">{h.difference !== null ? <Amount value={h.difference} /> : null}</td>
                  <td>{h.reconciled ? <span className="tag">{t.reconciledShort}</span> : <span className="tag warn">{t.notReconciledShort}</span>}</td>
                  <td className="muted small">{swedishDateTimeOf(h.at)} · {h.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
