import { useCallback, useEffect, useRef, useState } from 'react';
import './receipts.css';
import { useApi } from '../../api/index.js';
import type { HostInfo } from '../../api/host.js';
import { Amount } from '../../components/Amount.js';
import { FileButton } from '../../components/FileButton.js';
import { Notice } from '../../components/Notice.js';
import { sv, errorText } from '../../i18n/sv.js';
import type { ReceiptDto, ReceiptSummaryDto } from '../../../shared/api/dto/receipts.js';
import { ReceiptView } from './ReceiptView.js';

const t = sv.receipts;

/** Kvitton: drop or pick receipts (one or many), check what was read, correct and post; the unbooked queue. */
export function ReceiptsScreen({ host }: { host: HostInfo }) {
  const api = useApi();
  const [queue, setQueue] = useState<ReceiptSummaryDto[]>([]);
  const [current, setCurrent] = useState<ReceiptDto | null>(null);
  const [added, setAdded] = useState<ReceiptDto[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [path, setPath] = useState('');
  const [over, setOver] = useState(false);
  const reading = useRef(false);

  const loadQueue = useCallback(async () => { const r = await api.call('receipts.queue', { limit: 200 }); if (r.ok) setQueue(r.value.receipts); }, [api]);
  useEffect(() => { void loadQueue(); }, [loadQueue]);
  useEffect(() => api.onEvent((e) => {
    if (e.type === 'progress' && e.job === 'receipts.add' && reading.current) setProgress(`${e.label ?? t.reading} (${Math.floor((100 * e.done) / Math.max(1, e.total))} %)`);
  }), [api]);

  const addPaths = async (paths: string[], names?: string[]) => {
    setNotice(null);
    setProgress(t.reading);
    reading.current = true;
    const r = await api.call('receipts.add', { paths, ...(names ? { names } : {}) });
    reading.current = false;
    setProgress(null);
    if (!r.ok) return setNotice({ kind: 'error', text: errorText(r.error) });
    setAdded(r.value);
    setCurrent(r.value[0] ?? null);
    void loadQueue();
  };

  const addFiles = async (files: File[]) => {
    if (!api.upload || files.length === 0) return;
    const handles: string[] = [];
    for (const f of files) {
      if (host.uploadLimit && f.size > host.uploadLimit) return setNotice({ kind: 'error', text: t.tooLarge(f.name) });
      const u = await api.upload(f);
      if (!u.ok) return setNotice({ kind: 'error', text: errorText(u.error) });
      handles.push(u.value.handle);
    }
    await addPaths(handles, files.map((f) => f.name));
  };

  const open = async (id: number) => {
    const r = await api.call('receipts.get', { id });
    if (r.ok) setCurrent(r.value); else setNotice({ kind: 'error', text: errorText(r.error) });
  };

  const posted = async (ref: string) => {
    setNotice({ kind: 'ok', text: t.postedAs(ref) });
    await loadQueue();
    if (current) await open(current.id);
  };

  return (
    <section className="screen receipts" aria-labelledby="receipts-title">
      <h1 id="receipts-title">{t.title}</h1>
      {notice ? <Notice kind={notice.kind} onClose={() => setNotice(null)} focus key={notice.text}>{notice.text}</Notice> : null}
      <div className={`dropzone${over ? ' over' : ''}`} data-testid="receipt-drop"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); void addFiles([...e.dataTransfer.files]); }}>
        <p>{t.drop}</p>
        {host.mode === 'browser' ? (
          <FileButton id="receipt-files" label={t.pick} multiple accept="image/*,.heic,application/pdf" onFiles={(files) => void addFiles(files)} />
        ) : (
          <form className="row" onSubmit={(e) => { e.preventDefault(); if (path.trim()) void addPaths(path.split(/\n|;/).map((p) => p.trim()).filter(Boolean)); }}>
            <label htmlFor="receipt-path">{t.pathLabel}</label>
            <input id="receipt-path" value={path} onChange={(e) => setPath(e.target.value)} />
            <button type="submit">{t.add}</button>
          </form>
        )}
        {progress ? <p role="status" aria-live="polite" data-testid="receipt-progress">{progress}</p> : null}
      </div>
      {added.length > 1 ? (
        <nav aria-label={t.justAdded} className="receipt-tabs">
          {added.map((r) => <button key={r.id} type="button" aria-current={current?.id === r.id ? 'true' : undefined} onClick={() => void open(r.id)}>{r.fields.merchant ?? r.fileName}</button>)}
        </nav>
      ) : null}
      <div className="receipts-layout">
        <aside aria-labelledby="receipt-queue-title" className="receipt-queue">
          <h2 id="receipt-queue-title">{t.queue(queue.length)}</h2>
          {queue.length === 0 ? <p className="muted">{t.queueEmpty}</p> : null}
          <ul data-testid="receipt-queue">
            {queue.map((q) => (
              <li key={q.id}>
                <button type="button" className={current?.id === q.id ? 'current' : undefined} onClick={() => void open(q.id)}>
                  {q.thumbnail ? <img src={q.thumbnail} alt="" width={48} /> : null}
                  <span>{q.merchant ?? q.fileName}<br /><small>{q.date ?? '–'} · {q.total === null ? '–' : <Amount value={q.total} />} {q.currency ?? ''}</small></span>
                </button>
              </li>
            ))}
          </ul>
        </aside>
        {current ? <ReceiptView key={`${current.id}:${current.vouchers.length}`} receipt={current} onPosted={(ref) => void posted(ref)} /> : <p className="muted">{t.nothingSelected}</p>}
      </div>
    </section>
  );
}
