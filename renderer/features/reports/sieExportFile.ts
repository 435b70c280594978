/**
 * Getting a SIE 4E export to the user: in the desktop program the host's save dialog picks the
 * path and the backend writes the file (PC8, never over an existing one); in browser mode the
 * backend returns the bytes and the page offers them as a download.
 */
import type { Api } from '../../api/types.js';
import type { HostInfo } from '../../api/host.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import { sieFileName } from '../../../shared/domain/sie/fileName.js';
import { sv, errorText } from '../../i18n/sv.js';
import { pickSavePath } from '../moms/eskdFile.js';

export type SieExportOutcome = { kind: 'done'; text: string } | { kind: 'cancelled' } | { kind: 'error'; text: string };

/**
 * The bytes of a base64 text (the backend's `data`), without Node's Buffer.
 * @example [...base64Bytes('I0ZMQUdHQQ==')] // the bytes of '#FLAGGA'
 */
export function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The latest fiscal year's start: what the backend exports when no year is named. */
export function latestFiscalYear(company: CompanyDto): string | null {
  return [...company.fiscalYears].sort((a, b) => b.start.localeCompare(a.start))[0]?.start ?? null;
}

/** Exports one fiscal year (its start date) as SIE 4E; `download` offers the bytes in browser mode. */
export async function exportSieFile(
  api: Api, host: Pick<HostInfo, 'mode'>, company: CompanyDto, fiscalYear: string,
  download: (bytes: Uint8Array, fileName: string, type: string) => void,
): Promise<SieExportOutcome> {
  const fy = company.fiscalYears.find((y) => y.start === fiscalYear);
  if (!fy) return { kind: 'error', text: sv.reports.sieNoYear(fiscalYear) };
  let path: string | undefined;
  if (host.mode === 'desktop') {
    const target = await pickSavePath(api, sieFileName(company.name, fy.start, fy.end), 'save-sie');
    if (target.kind === 'cancelled') return target;
    if (target.kind === 'error') return { kind: 'error', text: target.message };
    path = target.path;
  }
  const r = await api.call('sie.export', { fiscalYear, ...(path ? { path } : {}) });
  if (!r.ok) return { kind: 'error', text: errorText(r.error) };
  const v = r.value;
  if (v.path) return { kind: 'done', text: sv.reports.sieSaved(v.path, v.vouchers, v.fiscalYear, v.fiscalYearEnd) };
  download(base64Bytes(v.data ?? ''), v.fileName, 'text/plain');
  return { kind: 'done', text: sv.reports.sieDownloaded(v.fileName, v.vouchers, v.fiscalYear, v.fiscalYearEnd) };
}
