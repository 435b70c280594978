/**
 * Real books imported through dispatch: the resultaträkning's årets resultat equals the balance
 * sheet's beräknat resultat and minus the file's #RES sum (NOTES §5), including BL0001, whose
 * 9999 Obs-konto lies outside the K2 groups and was once left out of the income statement.
 */
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Session } from '../../electron/server/context.js';
import { dispatch } from '../../electron/server/dispatch.js';
import { hasRealdata, noteIfNoRealdata, realdata } from '../support/realdata.js';
import { tempDir } from '../support/company.js';

noteIfNoRealdata('statements');
const dir = tempDir('kontera-statements-');
const s = new Session();
afterAll(async () => { await dispatch(s, 'company.close', {}); });

async function value<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe.skipIf(!hasRealdata)('income statement and balance sheet agree on real books', () => {
  it.each([
    ['byrokrat-accounting/BL0001_typ4.SE', 21258347],
    ['forsslund-sie-parser/SIE4_Exempelfil.SE', 107434411],
    ['auronisai-real-company/Spiris_export_20240701-20251231.se', -32157849],
    ['byrokrat-accounting/Bokslut_Norstedts_SIE_4E.se', 109448811],
  ])('%s', async (rel, result) => {
    const target = path.join(dir, `${path.basename(rel)}.kontera`);
    await value(dispatch(s, 'sie.import', { path: realdata('sie', rel), newCompany: { path: target } }));
    await value(dispatch(s, 'company.open', { path: target }));
    const info = await value(dispatch(s, 'company.info', {}));
    const year = info.fiscalYears.at(-1)!.start;
    const rr = await value(dispatch(s, 'reports.incomeStatement', { fiscalYear: year }));
    expect(rr.result).toBe(result);
    expect(rr.unplaced).toEqual([]);
    const br = await value(dispatch(s, 'reports.balanceSheet', { fiscalYear: year }));
    const computed = br.sections.flatMap((x) => x.groups).flatMap((g) => g.lines).find((l) => l.name === 'Beräknat resultat')?.amount ?? 0;
    expect(computed).toBe(result);
    await value(dispatch(s, 'company.close', {}));
  });
});
