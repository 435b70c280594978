// @vitest-environment happy-dom
/** The SIE report never claims that balances match when the file had no vouchers to recompute them from. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { SieReport } from '../../../renderer/features/start/SieReport.js';
import type { SieImportReport } from '../../../shared/api/dto/sie.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const base: SieImportReport = {
  file: '/tmp/x.se', kind: '3', program: 'Test', company: { name: 'Bolaget AB', orgnr: '556000-0167' },
  fiscalYears: [{ start: '2025-01-01', end: '2025-12-31', created: true }], vouchers: 0, skipped: 0, accounts: 12, openingBalances: 10,
  differences: [], booksDifferences: [], balancesRecomputed: false,
  statedBalances: [{ yearIndex: 0, start: '2025-01-01', end: '2025-12-31', kept: true, alreadyKept: false, ib: 0, ub: 0, res: 0 } as SieImportReport['statedBalances'][number]],
  ibSum: 0, suggestedCorrection: null, warnings: [], backup: null,
} as unknown as SieImportReport;

async function render(r: SieImportReport): Promise<string> {
  const el = document.createElement('div');
  const root = createRoot(el);
  await act(async () => root.render(<SieReport r={r} />));
  const text = el.textContent ?? '';
  await act(async () => root.unmount());
  return text;
}

describe('SIE-rapporten', () => {
  it('säger att saldona tas som filen anger dem när filen saknar verifikationer', async () => {
    const text = await render(base);
    expect(text).not.toContain('stämmer med dess verifikationer');
    expect(text).toContain('tas som filen anger dem');
    expect(text).toContain('sparas som filen anger dem för 2025-01-01 – 2025-12-31');
  });

  it('säger att saldona stämmer bara när de räknats om ur verifikationerna', async () => {
    const text = await render({ ...base, vouchers: 5, balancesRecomputed: true, statedBalances: [] } as SieImportReport);
    expect(text).toContain('Filens saldon stämmer med dess verifikationer.');
  });
});
