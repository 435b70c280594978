import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.js';

/** A harness with no company open, once the Start screen's welcome is shown. */
export async function startOnWelcome(): Promise<Harness> {
  const h = await startHarness();
  await h.page.getByRole('heading', { name: 'Välkommen till Kontera' }).waitFor();
  return h;
}

/** Creates a company through the Start screen's form, keyboard only; ends on Bokför. */
export async function createCompanyByKeyboard(page: Page, o: { name: string; identity: string; form: 'EF' | 'AB' }): Promise<void> {
  await page.getByRole('button', { name: 'Nytt företag' }).focus();
  await page.keyboard.press('Enter');
  if (o.form === 'AB') await page.getByLabel('Aktiebolag').check();
  await page.getByLabel('Företagets namn').focus();
  await page.keyboard.type(o.name);
  await page.keyboard.press('Enter');
  await page.keyboard.type(o.identity);
  await page.getByRole('button', { name: 'Skapa företaget' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
}

/** Opens a screen from the side menu. */
export async function go(page: Page, name: 'Start' | 'Bokför' | 'Verifikationer' | 'Rapporter' | 'Momskalkylator'): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).or(page.getByRole('heading', { level: 1 })).first().waitFor();
}
