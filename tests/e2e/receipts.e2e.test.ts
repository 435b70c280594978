/** Kvitton in the real UI: upload two receipts at once, check what was read beside the picture, correct and post, the queue, history. */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';
import { newCompany, type TestCompany } from '../support/company.js';
import { receiptPdf, receiptPng, ICA_LINES, C20_LINES } from '../fixtures/receipts/make.js';

let h: Harness;
let c: TestCompany;
const files: string[] = [];

beforeAll(async () => {
  c = await newCompany({ form: 'AB' });
  await c.call('company.close', {});
  files.push(path.join(c.dir, 'ica-kvitto.pdf'), path.join(c.dir, 'c20-foto.png'), path.join(c.dir, 'ica-igen.pdf'));
  writeFileSync(files[0]!, receiptPdf(ICA_LINES));
  writeFileSync(files[1]!, await receiptPng(C20_LINES.map((l) => l.replace('2025-03-14', '2026-03-14')), 'skew10'));
  writeFileSync(files[2]!, receiptPdf(ICA_LINES.map((l) => l.replace('2026-03-05', '2026-03-19'))));
  h = await startHarness({ company: c.file });
});
afterAll(async () => {
  await h?.close();
  c?.cleanup();
});

it('läser två kvitton, visar bild och fält, bokför efter rättning och föreslår samma konto nästa gång', async () => {
  const page = h.page;
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Kvitton', exact: true }).click();
  await page.getByRole('heading', { name: 'Kvitton och underlag', level: 1 }).waitFor();
  await page.locator('#receipt-files').setInputFiles([files[0]!, files[1]!]);
  const view = page.getByTestId('receipt-view');
  await view.waitFor({ timeout: 90_000 });
  expect(await page.getByTestId('receipt-queue').locator('li').count()).toBe(2);
  expect(await view.getByTestId('receipt-total').textContent()).toContain('95,00');
  expect(await view.getByTestId('receipt-total').textContent()).not.toContain('osäker');
  await view.locator('.receipt-picture img').waitFor();
  expect(await view.getByTestId('suggestion-source').textContent()).toContain('nyckelord');
  expect(await page.getByLabel('Konto rad 1').inputValue()).toBe('5460');
  // The account's name beside its number, the full text in its title.
  await expect.poll(() => view.getByTestId('account-name-1').getAttribute('title')).toMatch(/^5460 \S/);
  expect(await page.getByTestId('receipt-files-chosen').textContent()).toMatch(/^2 filer valda: /);
  expect(await page.getByRole('button', { name: 'Välj kvitton: Välj filer …' }).count()).toBe(1);
  await page.getByLabel('Konto rad 1').fill('7690');
  await expect.poll(() => view.getByTestId('account-name-1').textContent()).not.toBe('');
  await h.shot('30-kvitto-forslag');
  await view.getByRole('button', { name: 'Bokför med kvittot som underlag' }).click();
  await page.getByText('Bokfört som A1; kvittot är bifogat.').waitFor();
  await view.getByTestId('receipt-booked').waitFor();
  expect(await page.getByTestId('receipt-queue').locator('li').count()).toBe(1);

  await page.getByTestId('receipt-queue').getByRole('button').first().click();
  await page.getByTestId('receipt-view').getByText('ICA NÄRA').first().waitFor();
  expect(await page.getByTestId('receipt-view').getByTestId('receipt-total').textContent()).toContain('1\u00a0234,50');
  await h.shot('31-kvitto-foto');

  await page.locator('#receipt-files').setInputFiles([files[2]!]);
  await page.getByTestId('receipt-view').getByTestId('suggestion-source').filter({ hasText: 'förra gången' }).waitFor();
  expect(await page.getByLabel('Konto rad 1').inputValue()).toBe('7690');
  await h.shot('32-kvitto-historik');
  expect(h.pageErrors).toEqual([]);
});
