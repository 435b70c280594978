/**
 * A bank row booked with its receipt in the real UI: the queue proposes the unbooked receipt with
 * the same amount dated near the row, Ctrl+Enter books it with the receipt attached, another row gets a
 * receipt picked from the receipt queue with Alt+U and the arrow keys, and the voucher view shows
 * the attached receipt (file, date, total, picture).
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';
import { newCompany, type TestCompany } from '../support/company.js';
import { receiptPdf, ICA_LINES } from '../fixtures/receipts/make.js';
import { backendOf } from './support/backend.js';

const STATEMENT = [
  'Bokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Saldo;Valuta',
  '2026-03-12;-250,00;;;KJELL;KJELL & CO;9655,00;SEK',
  '2026-03-06;-95,00;;;ICA;ICA SUPERMARKET;9905,00;SEK',
].join('\n');
const KJELL = ['Kvitto', 'Kjell & Company', 'Org.nr. 556000-0167', 'Datum 2026-02-10', 'Kabel 200,00', 'Moms % Moms Netto Brutto', '25,00 50,00 200,00 250,00', 'Kort 250,00', 'Totalt SEK 250,00'];

let h: Harness;
let c: TestCompany;
const backend = backendOf(() => h);
const file = (name: string, bytes: Buffer | string) => {
  const f = path.join(c.dir, name);
  writeFileSync(f, bytes);
  return f;
};

beforeAll(async () => {
  c = await newCompany({ form: 'AB' });
  await c.call('company.close', {});
  h = await startHarness({ company: c.file });
  await backend('bank.import', { path: file('nordea.csv', STATEMENT) });
  await backend('receipts.add', { paths: [file('ica-kvitto.pdf', receiptPdf(ICA_LINES)), file('kjell-kvitto.pdf', receiptPdf(KJELL))] });
  await h.page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
});
afterAll(async () => {
  await h?.close();
  c?.cleanup();
});

it('bokför en bankrad med kvittot som föreslås och visar underlaget på verifikationen', async () => {
  const page = h.page;
  const kb = page.keyboard;
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Bank', exact: true }).click();
  // With rows to book the page opens on the queue, the template field focused.
  await expect.poll(() => page.getByRole('tab', { name: /^Att bokföra/ }).getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => page.getByTestId('queue-count').textContent()).toBe('2 rader att bokföra');
  // The ICA row (95,00 on 6 March) has the ICA receipt of 5 March; the Kjell row none (its receipt is a month older).
  expect(await page.getByTestId('queue-receipt').count()).toBe(1);
  const panel = page.getByTestId('book-panel');
  await expect.poll(() => panel.locator('.book-text').textContent()).toBe('ICA SUPERMARKET');
  await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('book-template');
  expect(await panel.getByTestId('receipt-suggestion').textContent()).toBe('Kvittokön har ica-kvitto.pdf från 2026-03-05 (1 dag tidigare) med samma belopp. Det bifogas när raden bokförs.');
  expect(await page.locator('#book-receipt option:checked').textContent()).toBe('Förslag: ica-kvitto.pdf · 2026-03-05 · 95,00');
  await h.shot('bank-10-kvitto-forslag');
  await kb.press('Enter');
  await kb.type('5460');
  await kb.press('Enter');
  await kb.type('ICA fika');
  await kb.press('Control+Enter');
  await expect.poll(() => page.getByTestId('bank-booked').textContent()).toBe('Bankraden 2026-03-06 är bokförd som A1 med underlaget ica-kvitto.pdf.');

  const a1 = await backend<{ id: number }>('vouchers.get', { voucher: { series: 'A', number: 1 } });
  expect((await backend<{ fileName: string; date: string; total: number }[]>('receipts.ofVoucher', { voucherId: a1.id })).map((r) => [r.fileName, r.date, r.total]))
    .toEqual([['ica-kvitto.pdf', '2026-03-05', 9500]]);
  const left = await backend<{ receipts: { fileName: string }[] }>('receipts.queue', {});
  expect(left.receipts.map((r) => r.fileName)).toEqual(['kjell-kvitto.pdf']);

  // The Kjell row: counter-account, then Alt+U, ↓ to the Kjell receipt (same amount, outside the proposal window), Ctrl+Enter books.
  await expect.poll(() => panel.locator('.book-text').textContent()).toBe('KJELL & CO');
  await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('book-template');
  expect(await panel.getByTestId('receipt-suggestion').count()).toBe(0);
  await kb.press('Enter');
  await kb.type('5410');
  await kb.press('Enter');
  await kb.press('Alt+KeyU');
  await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('book-receipt');
  await page.locator('#book-receipt optgroup[label="Samma belopp"] option').waitFor({ state: 'attached' });
  await kb.press('ArrowDown');
  await expect.poll(() => page.locator('#book-receipt option:checked').textContent()).toBe('kjell-kvitto.pdf · 2026-02-10 · 250,00');
  await kb.press('Control+Enter');
  await expect.poll(() => page.getByTestId('bank-booked').textContent()).toBe('Bankraden 2026-03-12 är bokförd som A2 med underlaget kjell-kvitto.pdf.');
  await page.getByTestId('queue-empty').waitFor();
  expect((await backend<{ total: number }>('receipts.queue', {})).total).toBe(0);

  // The voucher shows its receipt: file name, date, total, and the picture on request.
  await page.getByRole('button', { name: 'Verifikation A2', exact: true }).click();
  const view = page.getByTestId('voucher-view');
  await view.waitFor();
  const attached = view.getByTestId('voucher-receipt');
  expect(await attached.count()).toBe(1);
  expect(await attached.locator('.voucher-receipt-name').textContent()).toBe('kjell-kvitto.pdf');
  expect(await attached.getByTestId('voucher-receipt-date').textContent()).toBe('2026-02-10');
  expect(await attached.getByTestId('voucher-receipt-total').textContent()).toBe('250,00');
  expect(await view.textContent()).not.toContain('Inga underlag bifogade.');
  await attached.getByRole('button', { name: 'Visa kjell-kvitto.pdf' }).click();
  await view.getByTestId('voucher-receipt-image').waitFor();
  expect(await view.getByRole('img', { name: 'Underlaget kjell-kvitto.pdf' }).getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
  await h.shot('bank-11-verifikation-med-underlag');
  const lines = await backend<{ lines: { account: string; amount: number }[] }>('vouchers.get', { voucher: { series: 'A', number: 2 } });
  expect(lines.lines.map((l) => [l.account, l.amount])).toEqual([['5410', 25000], ['1930', -25000]]);
  expect(h.pageErrors).toEqual([]);
});
