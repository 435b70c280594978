import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import type { Option } from '../../components/Combobox.js';
import { sv } from '../../i18n/sv.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import type { BankAccountDto } from '../../../shared/api/dto/bank.js';
import { voucherKeyOf, type VoucherKey } from '../moms/voucherKey.js';
import { QueueView } from './QueueView.js';
import { ImportView } from './ImportView.js';
import { MatchView } from './MatchView.js';
import { ReconcileView } from './ReconcileView.js';
import './bank.css';

type Tab = 'queue' | 'import' | 'match' | 'reconcile';
const TABS: Tab[] = ['queue', 'import', 'match', 'reconcile'];
const t = sv.bank;

interface Props {
  company: CompanyDto; host: HostInfo; refreshKey: number; onOpenVoucher: (k: VoucherKey) => void; onChanged: () => void;
  /** Opens on the reconciliation of this account and month (a link from the month-close checklist). */
  reconcile?: { account: string; month: string } | null;
}

/** Bank: import statements, book the unbooked rows (the daily queue), match, and reconcile each month. */
export function BankScreen({ company, host, refreshKey, onOpenVoucher, onChanged, reconcile }: Props) {
  const api = useApi();
  const [tab, setTab] = useState<Tab | null>(reconcile ? 'reconcile' : null);
  const [bankAccounts, setBankAccounts] = useState<BankAccountDto[] | null>(null);
  /** Null until loaded: the account field must not get its list under the user's typing. */
  const [accounts, setAccounts] = useState<Option[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [count, setCount] = useState<number | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    void api.call('accounts.list', { includeInactive: false }).then((r) => {
      if (!r.ok) return setAccounts([]);
      setAccounts(r.value.map((a) => ({ value: a.number, label: `${a.number} ${a.name}` })));
      setNames(new Map(r.value.map((a) => [a.number, a.name])));
    });
  }, [api, company.file]);
  useEffect(() => {
    void api.call('bank.accounts', {}).then((r) => {
      const list = r.ok ? r.value : [];
      setBankAccounts(list);
      setTab((x) => x ?? (list.length === 0 ? 'import' : 'queue'));
    });
    void api.call('bank.queue', { limit: 1 }).then((r) => { if (r.ok) setCount(r.value.total); });
  }, [api, company.file, refreshKey, tick]);

  const openVoucher = useCallback((ref: string, date: string) => {
    const k = voucherKeyOf(ref, date, company.fiscalYears);
    if (k) onOpenVoucher(k);
  }, [company.fiscalYears, onOpenVoucher]);
  const changed = useCallback(() => { setTick((x) => x + 1); onChanged(); }, [onChanged]);

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.indexOf(tab ?? 'queue') + (e.key === 'ArrowRight' ? 1 : -1);
    const next = TABS[(i + TABS.length) % TABS.length] as Tab;
    setTab(next);
    document.getElementById(`bank-tab-${next}`)?.focus();
  };

  return (
    <section className="screen bank" aria-labelledby="bank-title">
      <h1 id="bank-title">{t.title}</h1>
      <div className="tabs" role="tablist" aria-label={t.title} onKeyDown={onTabKey}>
        {TABS.map((x) => (
          <button key={x} id={`bank-tab-${x}`} type="button" role="tab" aria-selected={tab === x} aria-controls="bank-panel" tabIndex={tab === x ? 0 : -1} onClick={() => setTab(x)}>
            {t.tabs[x]}{x === 'queue' && count !== null ? <span className="count">{count}</span> : null}
          </button>
        ))}
      </div>
      <div id="bank-panel" role="tabpanel" aria-labelledby={tab ? `bank-tab-${tab}` : undefined}>
        {tab === 'queue' && accounts ? <QueueView accounts={accounts} names={names} refreshKey={refreshKey + tick} onOpenVoucher={openVoucher} onCount={setCount} onChanged={onChanged} /> : null}
        {tab === 'import' ? <ImportView host={host} accounts={accounts ?? []} onImported={changed} /> : null}
        {tab === 'match' ? <MatchView refreshKey={refreshKey} onOpenVoucher={openVoucher} onChanged={changed} /> : null}
        {tab === 'reconcile' && bankAccounts ? <ReconcileView accounts={bankAccounts} years={company.fiscalYears} initial={reconcile ?? null} refreshKey={refreshKey} onOpenVoucher={openVoucher} /> : null}
      </div>
    </section>
  );
}
