import type { FileKind, HostInfo, RecentCompany } from '../../renderer/api/host.js';
import { dialogSpec } from './dialogs.js';
import type { RecentStore } from './recent.js';

export interface HostDeps {
  recent: RecentStore;
  info: () => HostInfo;
  /** Shows a native dialog for a spec; the chosen path or null. */
  showDialog: (spec: ReturnType<typeof dialogSpec>) => Promise<string | null>;
  now: () => string;
}

type Ok<T> = { ok: true; value: T };
type Err = { ok: false; error: { code: string; message: string } };

/**
 * The desktop answers to the page's `host.*` calls: recent companies, native file dialogs,
 * host facts. Plain logic over injected Electron pieces, so it is tested under Node.
 */
export function hostHandler(d: HostDeps): (method: string, input: unknown) => Promise<Ok<unknown> | Err> {
  return async (method, input) => {
    const i = (input ?? {}) as { path?: unknown; name?: unknown; kind?: unknown; suggestedName?: unknown };
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    switch (method) {
      case 'host.info': return ok(d.info());
      case 'host.recent.list': return ok<RecentCompany[]>(d.recent.list());
      case 'host.recent.add':
        if (!str(i.path)) return bad('Sökväg saknas.');
        return ok(d.recent.add({ path: str(i.path), name: str(i.name) || str(i.path) }, d.now()));
      case 'host.recent.remove': return ok(d.recent.remove(str(i.path)));
      case 'host.pickFile': {
        const kinds: FileKind[] = ['open-company', 'save-company', 'sie', 'backup', 'save-backup', 'locate-company', 'save-sie', 'save-vat'];
        if (!kinds.includes(i.kind as FileKind)) return bad('Okänd filtyp.');
        return ok(await d.showDialog(dialogSpec(i.kind as FileKind, str(i.suggestedName) || undefined)));
      }
      default: return bad(`Okänd metod: ${method}.`);
    }
  };
}

const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
const bad = (message: string): Err => ({ ok: false, error: { code: 'invalid-input', message } });
