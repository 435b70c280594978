import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../api/index.js';
import type { Option } from '../../components/Combobox.js';
import { Notice } from '../../components/Notice.js';
import { Modal } from '../../components/Modal.js';
import { Amount } from '../../components/Amount.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { CompanyDto, FiscalYearDto } from '../../../shared/api/dto.js';
import { nextFiscalYear } from '../../../shared/domain/periods/fiscalYear.js';
import { OpeningEditor } from './OpeningEditor.js';
import { type OpeningChange, canEnterOpening, latestYear, openingChanges, openingOf, openingState } from './opening.js';

const t = sv.years;

/** A text with its dates kept on one line each (a date broken at its hyphen reads badly). */
const keepDates = (text: string) => text.split(/(\d{4}-\d{2}-\d{2})/).map((part, i) => (i % 2 ? <span key={i} style={{ whiteSpace: 'nowrap' }}>{part}</span> : part));

type Opening = { account: string; name: string; amount: number }[];
type Message = { kind: 'ok' | 'error' | 'info'; text: string; changes?: OpeningChange[] };

interface Props {
  company: CompanyDto;
  refreshKey: number;
  /** After a write that changes the company's years (a new year): the shell reads the company again. */
  onCompanyChanged: () => void;
}

/**
 * Räkenskapsår: the company's fiscal years with their state and where their opening balances came
 * from; open the next year, re-carry stale opening balances, and enter opening balances by hand.
 */
export function YearsScreen({ company, refreshKey, onCompanyChanged }: Props) {
  const api = useApi();
  const [years, setYears] = useState<FiscalYearDto[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [opening, setOpening] = useState<{ year: string; rows: Opening; version: number } | null>(null);
  const [accounts, setAccounts] = useState<Option[]>([]);
  const [known, setKnown] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const loadYears = useCallback(async (): Promise<FiscalYearDto[] | null> => {
    const r = await api.call('years.list', {});
    if (!r.ok) { setMessage({ kind: 'error', text: errorText(r.error) }); return null; }
    setYears(r.value);
    return r.value;
  }, [api]);

  const readOpening = useCallback(async (fiscalYear: string): Promise<Opening | null> => {
    const r = await api.call('reports.trialBalance', { fiscalYear });
    if (!r.ok) { setMessage({ kind: 'error', text: errorText(r.error) }); return null; }
    return openingOf(r.value);
  }, [api]);

  const showOpening = useCallback(async (fiscalYear: string) => {
    const rows = await readOpening(fiscalYear);
    if (rows) setOpening((o) => ({ year: fiscalYear, rows, version: (o?.version ?? 0) + 1 }));
  }, [readOpening]);

  useEffect(() => {
    void loadYears().then((ys) => {
      if (!ys) return;
      setSelected((s) => (s && ys.some((y) => y.start === s) ? s : (ys.find((y) => y.state === 'open') ?? ys.at(-1))?.start ?? null));
    });
  }, [loadYears, refreshKey]);

  useEffect(() => {
    void api.call('accounts.list', { includeInactive: true }).then((r) => {
      if (!r.ok) return;
      setKnown(new Set(r.value.map((a) => a.number)));
      setAccounts(r.value.filter((a) => a.active !== false).map((a) => ({ value: a.number, label: `${a.number} ${a.name}` })));
    });
  }, [api, company.file, refreshKey]);

  useEffect(() => {
    if (selected) void showOpening(selected);
  }, [selected, showOpening, refreshKey]);

  const last = years ? latestYear(years) : undefined;
  const next = last ? nextFiscalYear({ start: last.start as never, end: last.end as never }) : null;

  const openNext = async () => {
    setBusy('new');
    const r = await api.call('years.new', {});
    setBusy(null);
    setConfirming(false);
    if (!r.ok) { setMessage({ kind: 'error', text: errorText(r.error) }); return; }
    const rows = await readOpening(r.value.start);
    setMessage({ kind: 'ok', text: t.opened(r.value.start, r.value.end, rows?.length ?? 0) });
    await loadYears();
    setSelected(r.value.start);
    if (rows) setOpening((o) => ({ year: r.value.start, rows, version: (o?.version ?? 0) + 1 }));
    onCompanyChanged();
  };

  const refresh = async (y: FiscalYearDto) => {
    setBusy(`refresh:${y.start}`);
    const before = await readOpening(y.start);
    const r = await api.call('years.refreshOpening', { fiscalYear: y.start });
    if (!r.ok) { setBusy(null); setMessage({ kind: 'error', text: errorText(r.error) }); return; }
    const after = await readOpening(y.start);
    setBusy(null);
    const changes = before && after ? openingChanges(before, after) : [];
    setMessage({ kind: 'ok', text: `${t.refreshed(y.start)}${changes.length === 0 ? ` ${t.refreshedNone}` : ''}`, changes });
    await loadYears();
    setSelected(y.start);
    if (after) setOpening((o) => ({ year: y.start, rows: after, version: (o?.version ?? 0) + 1 }));
    onCompanyChanged();
  };

  const year = years?.find((y) => y.start === selected);
  return (
    <section className="screen" aria-labelledby="years-title">
      <h1 id="years-title">{t.title}</h1>
      {message ? (
        <Notice kind={message.kind} onClose={() => setMessage(null)}>
          <span data-testid="years-message">{message.text}</span>
          {message.changes && message.changes.length > 0 ? (
            <table className="report compact" data-testid="opening-changes">
              <caption>{t.changesCaption}</caption>
              <thead><tr><th scope="col">{t.account}</th><th scope="col" className="num">{t.before}</th><th scope="col" className="num">{t.after}</th></tr></thead>
              <tbody>{message.changes.map((c) => <tr key={c.account}><td>{c.account} {c.name}</td><td className="num"><Amount value={c.before} /></td><td className="num"><Amount value={c.after} /></td></tr>)}</tbody>
            </table>
          ) : null}
        </Notice>
      ) : null}
      {years ? (
        <table className="report" data-testid="years">
          <caption>{t.listCaption}</caption>
          <thead><tr><th scope="col">{t.cols.period}</th><th scope="col">{t.cols.state}</th><th scope="col">{t.cols.opening}</th><th scope="col">{t.cols.action}</th></tr></thead>
          <tbody>
            {years.map((y) => {
              const st = openingState(y);
              return (
                <tr key={y.start} data-year={y.start} aria-current={y.start === selected ? 'true' : undefined}>
                  <th scope="row">{t.period(y.start, y.end)}</th>
                  <td data-testid="year-state">{t.states[y.state]}</td>
                  <td data-testid="year-opening">{st === 'stale' ? <em className="tag warn">{t.openingStates[st]}</em> : t.openingStates[st]}</td>
                  <td>
                    <button type="button" className="link" aria-pressed={y.start === selected} onClick={() => setSelected(y.start)}>
                      {y.start === selected ? t.selected : t.show(y.start, y.end)}
                    </button>
                    {y.openingStale && y.state === 'open' ? (
                      <> {' '}<button type="button" className="secondary" aria-label={t.refreshLabel(y.start)} disabled={busy !== null} onClick={() => void refresh(y)}>
                        {busy === `refresh:${y.start}` ? t.refreshing : t.refresh}
                      </button></>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : <p className="loading">{sv.app.loading}</p>}
      {last ? (
        <div className="actions">
          <button type="button" className="primary" disabled={busy !== null} onClick={() => setConfirming(true)}>{t.newYear}</button>
        </div>
      ) : null}

      {year && opening && opening.year === year.start ? (
        <div className="report-panel" data-testid="year-opening-panel">
          <h2>{t.openingTitle(year.start, year.end)}</h2>
          {year.openingStale && year.state === 'open' ? <Notice kind="warn">{t.staleNote}</Notice> : null}
          {canEnterOpening(year) ? (
            <OpeningEditor key={`${year.start}#${opening.version}`} year={year} opening={opening.rows} accounts={accounts} known={known}
              onSaved={(y) => {
                setMessage({ kind: 'ok', text: t.saved(y.start, y.end) });
                void loadYears();
                void showOpening(y.start);
                onCompanyChanged();
              }} />
          ) : (
            <>
              <p className="hint">{year.state === 'closed' ? t.closedNote : t.carriedNote}</p>
              {opening.rows.length === 0 ? <p>{t.openingEmpty}</p> : (
                <table className="report compact" data-testid="opening-view">
                  <caption className="sr-only">{t.openingCaption}</caption>
                  <thead><tr><th scope="col">{t.account}</th><th scope="col" className="num">{t.amountName}</th></tr></thead>
                  <tbody>{opening.rows.map((o) => <tr key={o.account} data-account={o.account}><td>{o.account} {o.name}</td><td className="num"><Amount value={o.amount} /></td></tr>)}</tbody>
                </table>
              )}
            </>
          )}
        </div>
      ) : null}

      {confirming && last && next ? (
        <Modal title={t.newYearTitle} onClose={() => setConfirming(false)}>
          <p data-testid="new-year-body">{keepDates(t.newYearBody(next.start, next.end, last.start, last.end))}</p>
          <p>{company.form === 'AB' ? t.newYearAB : t.newYearEF}</p>
          <p className="hint">{t.newYearStale}</p>
          <div className="actions">
            <button type="button" className="primary" disabled={busy !== null} onClick={() => void openNext()}>{busy === 'new' ? t.opening : t.doNewYear}</button>
            <button type="button" onClick={() => setConfirming(false)}>{sv.app.cancel}</button>
          </div>
        </Modal>
      ) : null}
    </section>
  );
}
