/** The official SIE example (SIE-gruppen's Övningsbolaget AB) through the import wizard, as a new company. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, ROOT, type Harness } from './support/harness.js';
import { go } from './support/ui.js';
import { dispatch } from '../../electron/server/dispatch.js';

const EXAMPLE = path.join(ROOT, 'tests/fixtures/sie/SIE4_Exempelfil.SE');
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

it('importerar SIE-gruppens exempelfil med förhandsgranskning, förlopp och resultat', async () => {
  const page = h.page;
  await page.getByRole('button', { name: 'Importera SIE' }).click();
  await page.locator('#sie-file').setInputFiles(EXAMPLE);
  await page.getByText('SIE4_Exempelfil.SE').waitFor();
  expect(await page.getByLabel('Ett nytt företag').isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByTestId('sie-preview');
  await preview.waitFor();
  expect(await preview.textContent()).toContain('Övningsbolaget AB');
  expect(await preview.getByTestId('sie-vouchers').textContent()).toBe('295');
  const target = await page.getByLabel('Spara som fil').inputValue();
  expect(target).toBe(path.join(h.dir, 'ovningsbolaget-ab.kontera'));
  expect(existsSync(target)).toBe(false);
  await h.shot('13-sie-forhandsgranskning');
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  const result = page.getByTestId('sie-result');
  await result.waitFor();
  expect(await result.getByTestId('sie-vouchers').textContent()).toBe('295');
  await h.shot('14-sie-resultat');
  await page.getByRole('button', { name: 'Öppna företaget' }).click();
  await page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
  expect(await page.getByTestId('company-name').textContent()).toBe('Övningsbolaget AB');
  const list = await dispatch(h.bridge.session, 'vouchers.list', { limit: 1 });
  expect(list.ok && list.value.total).toBe(295);
  await go(page, 'Rapporter');
  await page.getByTestId('trial-balance').waitFor();
  expect(await page.getByTestId('trial-balance').locator('tbody tr').count()).toBeGreaterThan(10);
  expect(h.pageErrors).toEqual([]);
});
