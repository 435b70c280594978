/**
 * Räkenskapsår in the real UI: a sole trader who starts bookkeeping in Kontera enters the opening
 * balances by keyboard (an unbalanced set is refused on screen), sees them in the saldobalans,
 * opens the next year, and re-carries its opening balances after the old year changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './support/harness.js';
import { createCompanyByKeyboard, startOnWelcome } from './support/ui.js';
import { backendOf, poster } from './support/backend.js';
import type { FiscalYearDto, TrialBalanceDto } from '../../shared/api/dto.js';

let h: Harness;
let page: Page;
const NBSP = '\u00a0';
const backend = backendOf(() => h);

beforeAll(async () => {
  h = await startOnWelcome();
  page = h.page;
  await createCompanyByKeyboard(page, { name: 'Startfirman Berg', identity: '811218-9876', form: 'EF' });
});
afterAll(async () => {
  await h?.close();
});

/** Opens Räkenskapsår from the side menu with the keyboard. */
async function goYears() {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Räkenskapsår', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Räkenskapsår', level: 1 }).waitFor();
  await page.getByTestId('years').waitFor();
}

const yearRow = (start: string) => page.getByTestId('years').locator(`tr[data-year="${start}"]`);
const openingOf = async (fiscalYear: string) =>
  Object.fromEntries((await backend<TrialBalanceDto>('reports.trialBalance', { fiscalYear })).accounts.filter((a) => a.opening !== 0).map((a) => [a.number, a.opening]));

describe('Räkenskapsår', () => {
  let first: FiscalYearDto;

  it('matar in ingående balanser med tangentbordet; en obalanserad summa nekas på skärmen', async () => {
    [first] = await backend<FiscalYearDto[]>('years.list', {}) as [FiscalYearDto];
    await goYears();
    expect(await yearRow(first.start).getByTestId('year-state').textContent()).toBe('Öppet');
    expect(await yearRow(first.start).getByTestId('year-opening').textContent()).toBe('Inga ingående balanser');
    await page.getByTestId('opening-editor').waitFor();

    const kb = page.keyboard;
    await page.getByLabel('Rad 1: Konto').focus();
    await kb.type('1930');
    await kb.press('Enter'); // picks 1930, moves to Debet
    await kb.type('50000');
    await kb.press('Enter'); // Kredit
    await kb.press('Enter'); // row 2: Konto
    await kb.type('2010');
    await kb.press('Enter');
    await kb.press('Enter'); // past Debet to Kredit
    await kb.type('40000');
    await expect.poll(() => page.getByTestId('opening-sum').textContent()).toBe(`Summan är 10${NBSP}000,00. Summan måste vara 0,00 för att kunna sparas.`);
    expect(await page.getByLabel('Rad 1: Konto').inputValue()).toMatch(/^1930 /);
    expect(await page.getByLabel('Rad 2: Konto').inputValue()).toMatch(/^2010 /);

    await kb.press('Control+Enter');
    await expect.poll(() => page.getByTestId('opening-sum').textContent()).toContain(`De ingående balanserna summerar till 10${NBSP}000,00.`);
    expect(await page.getByTestId('opening-sum').getAttribute('role')).toBe('alert');
    await h.shot('years-01-unbalanced');
    expect(await openingOf(first.start)).toEqual({});

    await page.getByLabel('Rad 2: Kredit').focus();
    await kb.press('Control+A');
    await kb.type('50 000');
    await expect.poll(() => page.getByTestId('opening-sum').textContent()).toBe('Summan är 0,00.');
    await kb.press('Control+Enter');
    await expect.poll(() => page.getByTestId('years-message').textContent()).toBe(`De ingående balanserna för ${first.start} – ${first.end} är sparade.`);
    await expect.poll(() => yearRow(first.start).getByTestId('year-opening').textContent()).toBe('Inmatade för hand');
    expect(await openingOf(first.start)).toEqual({ 1930: 5000000, 2010: -5000000 });
    // The editor shows what was stored, to go on editing.
    await expect.poll(() => page.getByLabel('Rad 1: Debet').inputValue()).toBe(`50${NBSP}000,00`);
    expect(await page.getByLabel('Rad 2: Kredit').inputValue()).toBe(`50${NBSP}000,00`);
    await h.shot('years-02-saved');
  });

  it('visar de ingående balanserna i saldobalansens kolumn Ingående', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Rapporter', exact: true }).click();
    const tb = page.getByTestId('trial-balance');
    await tb.waitFor();
    const col = (await tb.locator('thead th').allTextContents()).indexOf('Ingående');
    expect(col).toBeGreaterThan(0);
    await expect.poll(() => tb.locator('tr[data-account="1930"] td').nth(col).textContent()).toBe(`50${NBSP}000,00`);
    expect(await tb.locator('tr[data-account="2010"] td').nth(col).textContent()).toBe(`\u221250${NBSP}000,00`);
  });

  it('öppnar nästa räkenskapsår efter en bekräftelse och visar det i listan', async () => {
    await goYears();
    await page.getByRole('button', { name: 'Öppna nästa räkenskapsår' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Öppna nästa räkenskapsår' });
    await dialog.waitFor();
    const nextStart = `${Number(first.start.slice(0, 4)) + 1}${first.start.slice(4)}`;
    const body = await dialog.getByTestId('new-year-body').textContent();
    expect(body).toContain(`Räkenskapsåret ${nextStart} – `);
    expect(body).toContain(`dagen efter att räkenskapsåret ${first.start} – ${first.end} slutar`);
    expect(await dialog.textContent()).toContain('2011–2019 (uttag, insättningar, årets resultat)');
    await h.shot('years-03-confirm');
    // Focus starts on the dialog's first button: "Öppna räkenskapsåret".
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Öppna räkenskapsåret');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('years-message').textContent()).toMatch(new RegExp(`^Räkenskapsåret ${nextStart} – \\d{4}-\\d{2}-\\d{2} är öppnat\\. 2 konton fick ingående balanser från föregående år\\.$`));
    await expect.poll(() => page.getByTestId('years').locator('tbody tr').count()).toBe(2);
    expect(await yearRow(nextStart).getByTestId('year-state').textContent()).toBe('Öppet');
    expect(await yearRow(nextStart).getByTestId('year-opening').textContent()).toBe('Förda från föregående år');
    const view = page.getByTestId('opening-view');
    await view.waitFor();
    expect(await view.locator('tr[data-account="1930"]').textContent()).toContain(`50${NBSP}000,00`);
    expect(await view.locator('tr[data-account="2010"]').textContent()).toContain(`\u221250${NBSP}000,00`);
    const years = await backend<FiscalYearDto[]>('years.list', {});
    expect(years.map((y) => [y.start, y.openingSource])).toEqual([[first.start, 'manual'], [nextStart, 'carried']]);
  });

  it('uppdaterar inaktuella ingående balanser och visar vad som ändrades', async () => {
    const nextStart = `${Number(first.start.slice(0, 4)) + 1}${first.start.slice(4)}`;
    await poster(backend)(first.start, 'Uttag', [['2013', 100000], ['1930', -100000]]);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Start', exact: true }).click();
    await goYears();
    await expect.poll(() => yearRow(nextStart).getByTestId('year-opening').textContent()).toBe('Inaktuella – föregående år har ändrats efter att de fördes över');
    await h.shot('years-04-stale');
    await yearRow(nextStart).getByRole('button', { name: `Uppdatera ingående balanser för året som börjar ${nextStart}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('years-message').textContent()).toBe(`De ingående balanserna för året som börjar ${nextStart} är uppdaterade.`);
    const changes = page.getByTestId('opening-changes');
    expect(await changes.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`^1930 .*50${NBSP}000,00.*49${NBSP}000,00$`)),
      expect.stringMatching(new RegExp(`^2010 .*\u221250${NBSP}000,00.*\u221249${NBSP}000,00$`)),
    ]);
    await expect.poll(() => yearRow(nextStart).getByTestId('year-opening').textContent()).toBe('Förda från föregående år');
    expect(await openingOf(nextStart)).toEqual({ 1930: 4900000, 2010: -4900000 });
    await h.shot('years-05-refreshed');
    expect(h.pageErrors).toEqual([]);
  });
});
