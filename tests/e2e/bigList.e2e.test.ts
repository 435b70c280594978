/**
 * 100 000 vouchers: the list keeps a few hundred rows in the DOM at most, scrolls, and jumps to
 * row 50 000 at once (pages are fetched by offset, never the whole list).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';
import { makeBigCompany } from './support/bigCompany.js';
import { go } from './support/ui.js';

const N = 100_000;
const NBSP = '\u00a0';
let h: Harness;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kontera-big-'));
  const big = await makeBigCompany(dir, N);
  process.stdout.write(`[e2e] ${N} verifikationer skapade på ${(big.ms / 1000).toFixed(1)} s\n`);
  h = await startHarness({ company: big.file });
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const domRows = () => h.page.locator('.vrow').count();

it('listar 100 000 verifikationer med högst några hundra rader i DOM, scrollar och hoppar till rad 50 000 direkt', async () => {
  const page = h.page;
  await page.getByTestId('company-name').filter({ hasText: 'Stora Bolaget AB' }).waitFor();
  await go(page, 'Verifikationer');
  await expect.poll(() => page.getByTestId('voucher-count').textContent()).toBe(`100${NBSP}000 verifikationer`);
  await page.locator('[data-row="0"]').filter({ hasText: 'Händelse 1' }).waitFor();
  expect(await domRows()).toBeLessThan(300);

  const scroller = page.getByTestId('vlist-scroll');
  for (const top of [5_000, 120_000, 900_000]) {
    await scroller.evaluate((el, y) => { el.scrollTop = y; el.dispatchEvent(new Event('scroll')); }, top);
    const row = Math.floor(top / 36);
    await page.locator(`[data-row="${row}"]`).filter({ hasText: `Händelse ${row + 1}` }).waitFor();
    expect(await domRows()).toBeLessThan(300);
  }

  const t0 = Date.now();
  await page.getByLabel('Gå till rad').fill('50000');
  await page.keyboard.press('Enter');
  const target = page.locator('[data-row="49999"]');
  await target.filter({ hasText: 'Händelse 50000' }).waitFor();
  const jumpMs = Date.now() - t0;
  process.stdout.write(`[e2e] hopp till rad 50 000: ${jumpMs} ms, ${await domRows()} rader i DOM\n`);
  expect(await domRows()).toBeLessThan(300);
  await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("data-row")')).toBe('49999');
  await h.shot('12-verifikationer-100000');

  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate('document.activeElement?.textContent ?? ""')).toContain('Händelse 50001');
  await page.keyboard.press('Enter');
  const view = page.getByTestId('voucher-view');
  await view.waitFor();
  expect(await view.textContent()).toContain('Händelse 50001');
  expect(h.pageErrors).toEqual([]);
});
