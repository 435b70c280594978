/**
 * Bokför's representation helper in Chromium, keyboard only: Alt+R, a dinner for four at 1 600 kr
 * (12 %), the 300 kr cap explained, the voucher's lines and text filled in, Ctrl+Enter posts.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.js';
import { dispatch } from '../../electron/server/dispatch.js';
import { Session, fixedClock } from '../../electron/server/context.js';
import { tempDir } from '../support/company.js';

let h: Harness;
let page: Page;
let companyDir = '';
const NBSP = '\u00a0';

beforeAll(async () => {
  companyDir = tempDir('kontera-rep-');
  const file = path.join(companyDir, 'representation.kontera');
  const made = await dispatch(new Session(fixedClock('2026-01-02T09:00:00.000Z'), 'testare'), 'company.create', {
    path: file, name: 'Middagsbolaget AB', identity: '556000-0167', form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter',
  });
  if (!made.ok) throw new Error(made.error.message);
  h = await startHarness({ company: file });
  page = h.page;
  await page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
});
afterAll(async () => {
  await h?.close();
  if (companyDir) rmSync(companyDir, { recursive: true, force: true });
});

describe('Representation i Bokför', () => {
  it('fyller i en middag för fyra med tangentbordet, visar momsavdraget och bokförs med Ctrl+Enter', async () => {
    const kb = page.keyboard;
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('template');
    await kb.press('Alt+KeyR');
    await page.getByRole('heading', { name: 'Representation (måltid)' }).waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('rep-gross');
    await kb.type('1 600');
    await kb.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('rep-rate');
    expect(await page.locator('#rep-rate').inputValue()).toBe('12');
    await kb.press('Enter'); // keeps 12 %
    await kb.type('Avtalsförhandling med Kund AB');
    await kb.press('Enter');
    await kb.type('Restaurang Pelikan');
    await kb.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('rep-participants');
    await kb.type('Anna Berg\nBo Ek (Kund AB)\nCecilia Dahl (Kund AB)\nDavid Holm');
    await expect.poll(() => page.getByTestId('rep-preview').textContent())
      .toBe(`Avdragsgill moms 144,00 kr: högst 4 personer × 300 kr exkl. moms × 12 %. Betald moms 171,43 kr; 27,43 kr är inte avdragsgill och bokförs som kostnad.`);
    await h.shot('representation-dialog');
    await kb.press('Control+Enter');

    await page.getByRole('heading', { name: 'Representation (måltid)' }).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('representation-note').textContent()).toContain('4 personer × 300 kr');
    expect(await page.getByLabel('Rad 1: Debet').inputValue()).toBe(`1${NBSP}456,00`);
    expect(await page.getByLabel('Rad 2: Debet').inputValue()).toBe('144,00');
    expect(await page.getByLabel('Rad 3: Kredit').inputValue()).toBe(`1${NBSP}600,00`);
    expect(await page.getByTestId('difference').textContent()).toBe('Balanserar');
    const text = 'Representation: Avtalsförhandling med Kund AB. Deltagare (4): Anna Berg, Bo Ek (Kund AB), Cecilia Dahl (Kund AB), David Holm';
    expect(await page.getByLabel('Vad gäller det?').inputValue()).toBe(text);
    expect(await page.getByLabel('Motpart').inputValue()).toBe('Restaurang Pelikan');
    await h.shot('representation-filled');

    await page.locator('#v-date').focus();
    await kb.press('Control+a');
    await kb.type('2026-03-12');
    await kb.press('Control+Enter');
    await expect.poll(() => page.getByTestId('posted').textContent()).toBe('Verifikation A1 är bokförd.');
    expect(await page.getByTestId('representation-note').count()).toBe(0);

    const v = await dispatch(h.bridge.session, 'vouchers.get', { voucher: { series: 'A', number: 1 } });
    if (!v.ok) throw new Error(v.error.message);
    expect(v.value.date).toBe('2026-03-12');
    expect(v.value.text).toBe(text);
    expect(v.value.counterparty).toBe('Restaurang Pelikan');
    expect(v.value.lines.map((l) => [l.account, l.amount])).toEqual([['6072', 145600], ['2641', 14400], ['1930', -160000]]);
    expect(h.pageErrors).toEqual([]);
  });
});
