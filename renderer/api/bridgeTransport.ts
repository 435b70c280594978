import type { Transport, AnyResponse, UiEvent } from './types.js';
import type { RecentCompany } from './host.js';
import { addRecent, removeRecent, parseRecent } from './recentList.js';

const RECENT_KEY = 'kontera.recent';

function loadRecent(): RecentCompany[] {
  try {
    return parseRecent(window.localStorage.getItem(RECENT_KEY));
  } catch {
    return [];
  }
}

function saveRecent(list: RecentCompany[]): RecentCompany[] {
  try {
    window.localStorage.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    /* private mode: the list lives for this page only */
  }
  return list;
}

/** Recent companies and file dialogs the page answers itself in browser mode. */
function local(method: string, input: unknown): AnyResponse | null {
  const i = (input ?? {}) as { path?: string; name?: string };
  switch (method) {
    case 'host.recent.list': return { ok: true, value: loadRecent() };
    case 'host.recent.add': return { ok: true, value: saveRecent(addRecent(loadRecent(), { path: i.path ?? '', name: i.name ?? '' }, new Date().toISOString())) };
    case 'host.recent.remove': return { ok: true, value: saveRecent(removeRecent(loadRecent(), i.path ?? '')) };
    case 'host.pickFile': return { ok: true, value: null };
    default: return null;
  }
}

/** The browser-mode door: fetch to /api/invoke, events over SSE, files as uploads. */
export function bridgeTransport(base = ''): Transport {
  const listeners = new Set<(e: UiEvent) => void>();
  let source: EventSource | null = null;
  const ensureEvents = () => {
    if (source) return;
    source = new EventSource(`${base}/api/events`);
    source.onmessage = (m) => {
      try {
        const e = JSON.parse(String(m.data)) as UiEvent;
        for (const l of listeners) l(e);
      } catch {
        /* a malformed event is dropped */
      }
    };
  };
  return {
    async invoke(method, input) {
      const mine = local(method, input);
      if (mine) return mine;
      const res = await fetch(`${base}/api/invoke`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
        body: JSON.stringify({ method, input }),
      });
      if (res.status === 403) return { ok: false, error: { code: 'forbidden', message: 'Åtkomst nekad. Öppna adressen som "npm run web" skrev ut.' } };
      return (await res.json()) as AnyResponse;
    },
    onEvent(cb) {
      ensureEvents();
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    async upload(file) {
      const res = await fetch(`${base}/api/upload?name=${encodeURIComponent(file.name)}`, {
        method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, credentials: 'same-origin', body: file,
      });
      if (res.status === 403) return { ok: false, error: { code: 'forbidden', message: 'Åtkomst nekad.' } };
      return (await res.json()) as Awaited<ReturnType<NonNullable<Transport['upload']>>>;
    },
  };
}
