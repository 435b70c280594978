/** The SIE export flow of Rapporter and Arkiv → Exportera SIE: desktop save dialog + path, browser download of the returned bytes. */
import { describe, expect, it } from 'vitest';
import { makeApi } from '../../../renderer/api/client.js';
import type { AnyResponse } from '../../../renderer/api/types.js';
import type { CompanyDto } from '../../../shared/api/dto.js';
import { base64Bytes, exportSieFile, latestFiscalYear } from '../../../renderer/features/reports/sieExportFile.js';

const year = (start: string, end: string) => ({ start, end, state: 'open' as const, openingSource: null, openingStale: false });
const COMPANY = {
  file: '/f/bolaget.kontera', name: 'Åby Bygg AB', form: 'AB', identity: '556000-0167', identityKind: 'orgnr', vatPeriod: 'quarter', vatMethod: 'faktura',
  fiscalYears: [year('2026-01-01', '2026-12-31'), year('2025-01-01', '2025-12-31')], warnings: [],
} as unknown as CompanyDto;
const REPORT = { vouchers: 2, accounts: 10, bytes: 7, fiscalYear: '2025-01-01', fiscalYearEnd: '2025-12-31', fileName: 'Aby_Bygg_AB-2025.se' };

function fake(answer: (method: string, input: Record<string, unknown>) => AnyResponse) {
  const calls: [string, unknown][] = [];
  const api = makeApi({ invoke: async (m, i) => { calls.push([m, i]); return answer(m, i as Record<string, unknown>); }, onEvent: () => () => {} });
  return { api, calls };
}

describe('SIE-export från sidan', () => {
  it('skrivbordet: frågar spara-dialogen med företagets filnamn och låter backend skriva filen', async () => {
    const { api, calls } = fake((m, i) => (m === 'host.pickFile' ? { ok: true, value: '/hem/Aby.se' } : { ok: true, value: { ...REPORT, path: i.path, data: null } }));
    const downloads: string[] = [];
    const r = await exportSieFile(api, { mode: 'desktop' }, COMPANY, '2025-01-01', (_b, name) => downloads.push(name));
    expect(calls).toEqual([['host.pickFile', { kind: 'save-sie', suggestedName: 'Aby_Bygg_AB-2025.se' }], ['sie.export', { fiscalYear: '2025-01-01', path: '/hem/Aby.se' }]]);
    expect(r).toEqual({ kind: 'done', text: 'SIE-filen är sparad: /hem/Aby.se. Den innehåller 2 verifikationer från räkenskapsåret 2025-01-01 – 2025-12-31.' });
    expect(downloads).toEqual([]);
  });

  it('skrivbordet: avbruten dialog exporterar ingenting', async () => {
    const { api, calls } = fake(() => ({ ok: true, value: null }));
    expect(await exportSieFile(api, { mode: 'desktop' }, COMPANY, '2026-01-01', () => {})).toEqual({ kind: 'cancelled' });
    expect(calls.map(([m]) => m)).toEqual(['host.pickFile']);
  });

  it('webbläsaren: erbjuder backendens byte som nedladdning och visar ett fel som text', async () => {
    const { api, calls } = fake(() => ({ ok: true, value: { ...REPORT, path: null, data: 'I0ZMQUdHQQ==' } }));
    const got: [number[], string, string][] = [];
    const r = await exportSieFile(api, { mode: 'browser' }, COMPANY, '2025-01-01', (b, n, t) => got.push([[...b], n, t]));
    expect(calls).toEqual([['sie.export', { fiscalYear: '2025-01-01' }]]);
    expect(got).toEqual([[[...Buffer.from('#FLAGGA')], 'Aby_Bygg_AB-2025.se', 'text/plain']]);
    expect(r.kind === 'done' && r.text).toBe('SIE-filen Aby_Bygg_AB-2025.se är skapad med 2 verifikationer från räkenskapsåret 2025-01-01 – 2025-12-31. Den finns bland dina hämtade filer.');
    const bad = fake(() => ({ ok: false, error: { code: 'no-fiscal-year', message: 'Företaget har inget räkenskapsår.' } }));
    expect(await exportSieFile(bad.api, { mode: 'browser' }, COMPANY, '2025-01-01', () => {})).toMatchObject({ kind: 'error', text: expect.stringContaining('räkenskapsår') });
    expect(await exportSieFile(bad.api, { mode: 'browser' }, COMPANY, '2019-01-01', () => {})).toMatchObject({ kind: 'error' });
  });

  it('menyn exporterar det senaste räkenskapsåret; base64 avkodas byte för byte', () => {
    expect(latestFiscalYear(COMPANY)).toBe('2026-01-01');
    expect(latestFiscalYear({ ...COMPANY, fiscalYears: [] })).toBeNull();
    expect([...base64Bytes(Buffer.from([0x23, 0x94, 0xff, 0x00]).toString('base64'))]).toEqual([0x23, 0x94, 0xff, 0x00]);
  });
});
