/**
 * Rapporter → "Exportera SIE 4" in Chromium through the bridge: the fiscal year chosen in the
 * period picker comes back as a SIE 4E download (PC8, #KSUMMA) holding that year's vouchers, and
 * a notice names the file, the number of vouchers and the year.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';
import { go } from './support/ui.js';
import { dispatch } from '../../electron/server/dispatch.js';
import { Session, fixedClock } from '../../electron/server/context.js';
import { decodeSieBytes } from '../../electron/server/sie/decode.js';
import { tempDir } from '../support/company.js';

let h: Harness;
let companyDir = '';

beforeAll(async () => {
  companyDir = tempDir('kontera-sie-export-');
  const file = path.join(companyDir, 'exportbolaget.kontera');
  const s = new Session(fixedClock('2026-01-02T09:00:00.000Z'), 'testare');
  const call = async (method: Parameters<typeof dispatch>[1], input: unknown) => {
    const r = await dispatch(s, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  await call('company.create', {
    path: file, name: 'Exportbolaget Åby AB', identity: '556000-0167', form: 'AB', fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, vatPeriod: 'quarter',
  });
  await call('company.open', { path: file });
  await call('vouchers.post', { date: '2025-03-15', text: 'Försäljning jackor', lines: [{ account: '1930', amount: 1250000 }, { account: '3001', amount: -1000000 }, { account: '2611', amount: -250000 }] });
  await call('vouchers.post', { date: '2025-05-10', text: 'Kontorsmaterial från Göteborg', lines: [{ account: '6110', amount: 79920 }, { account: '2641', amount: 19980 }, { account: '1930', amount: -99900 }] });
  await call('years.new', {});
  await call('vouchers.post', { date: '2026-02-01', text: 'Hyra februari', lines: [{ account: '5010', amount: 800000 }, { account: '1930', amount: -800000 }] });
  await call('company.close', {});
  h = await startHarness({ company: file });
  await h.page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
});
afterAll(async () => {
  await h?.close();
  if (companyDir) rmSync(companyDir, { recursive: true, force: true });
});

describe('SIE-export från Rapporter', () => {
  it('laddar ner det valda räkenskapsåret som SIE 4E med verifikationerna', async () => {
    const page = h.page;
    await go(page, 'Rapporter');
    await page.getByRole('heading', { name: 'Rapporter', level: 1 }).waitFor();
    await page.getByLabel('Räkenskapsår').selectOption('2025-01-01');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera SIE 4' }).click()]);
    expect(download.suggestedFilename()).toBe('Exportbolaget_Aby_AB-2025.se');
    const bytes = readFileSync(await download.path());
    const raw = bytes.toString('latin1');
    expect(raw.startsWith('#FLAGGA')).toBe(true);
    expect(raw).toMatch(/#FORMAT PC8\r\n/);
    expect(raw).toMatch(/#SIETYP 4\r\n/);
    expect(raw).toMatch(/#RAR 0 20250101 20251231\r\n/);
    expect(raw).toMatch(/#KSUMMA \d+\r\n$/);
    const text = decodeSieBytes(bytes).text;
    expect(text).toContain('"Försäljning jackor"');
    expect(text).toContain('"Kontorsmaterial från Göteborg"');
    expect(text).not.toContain('Hyra februari');
    expect(text.match(/^#VER /gm)).toHaveLength(2);
    const notice = page.getByTestId('reports-notice');
    await expect.poll(() => notice.textContent()).toContain('Exportbolaget_Aby_AB-2025.se');
    expect(await notice.textContent()).toContain('2 verifikationer');
    expect(await notice.textContent()).toContain('2025-01-01 – 2025-12-31');
    await h.shot('rapporter-sie-export');
    expect(h.pageErrors).toEqual([]);
  });
});
