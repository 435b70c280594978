/**
 * Stäng månad and Bokslut in Chromium through the bridge: the month's checklist computed from the
 * books, strict close refused while items are open, close and reopen with a reason, the deadlines;
 * then the year-end wizard for an enskild firma and an aktiebolag through the preview to posting,
 * with the vouchers and files the backend reports checked against the books and the disk.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.js';
import { dispatch } from '../../electron/server/dispatch.js';
import { Session, fixedClock } from '../../electron/server/context.js';
import { tempDir } from '../support/company.js';
import { backendOf, poster } from './support/backend.js';

let h: Harness;
let page: Page;
let dir = '';
let efFile = '';
let abFile = '';

const backend = backendOf(() => h);
const post = poster(backend);
const create = async (file: string, o: { name: string; identity: string; form: 'EF' | 'AB'; vatMethod: 'kontant' | 'faktura' }) => {
  const r = await dispatch(new Session(fixedClock('2025-01-02T09:00:00.000Z'), 'testare'), 'company.create', {
    path: file, name: o.name, identity: o.identity, form: o.form, fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, vatPeriod: 'quarter', vatMethod: o.vatMethod,
  });
  if (!r.ok) throw new Error(r.error.message);
};
const nav = async (name: string) => {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
};
const next = async () => {
  await page.locator('.wizard-nav').getByRole('button', { name: 'Nästa' }).focus();
  await page.keyboard.press('Enter');
};

beforeAll(async () => {
  dir = tempDir('kontera-closing-');
  efFile = path.join(dir, 'ef', 'firman.kontera');
  abFile = path.join(dir, 'ab', 'bolaget.kontera');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(path.dirname(efFile)); mkdirSync(path.dirname(abFile));
  await create(efFile, { name: 'Eks Konsult', identity: '811218-9876', form: 'EF', vatMethod: 'kontant' });
  await create(abFile, { name: 'Bokslutsbolaget AB', identity: '556000-0167', form: 'AB', vatMethod: 'faktura' });
  h = await startHarness({ company: efFile });
  page = h.page;
  await post('2025-01-15', 'Konsultarvode januari', [['1930', 1250000], ['3001', -1000000], ['2611', -250000]]);
  await post('2025-02-10', 'Kontorsmaterial', [['6110', 80000], ['2641', 20000], ['1930', -100000]]);
  await page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Stäng månad', () => {
  const state = () => page.getByTestId('month-state').getAttribute('data-state');
  const periodOf = async (month: string) => (await backend<{ month: string; state: string; reason: string | null }[]>('periods.list', {})).find((p) => p.month === month);

  it('visar checklistan ur bokföringen och vägrar stänga strikt medan punkter är öppna', async () => {
    await nav('Stäng månad');
    await page.getByLabel('Månad', { exact: true }).selectOption('2025-02');
    const list = page.getByTestId('checklist');
    await expect.poll(() => list.locator('li[data-key="receipts"]').getAttribute('data-status')).toBe('open');
    expect(await list.locator('li[data-key="bank"]').getAttribute('data-status')).toBe('open');
    expect(await list.locator('li[data-key="receipts"]').textContent()).toMatch(/underlag.*A2/s);
    expect(await list.locator('li[data-key="earlier-months"]').textContent()).toContain('2025-01');
    const expected = await backend<{ chainHead: string; open: number }>('closing.checklist', { month: '2025-02' });
    expect(await page.getByTestId('chain-head').textContent()).toBe(expected.chainHead);
    expect(await page.getByTestId('open-count').textContent()).toBe(`${expected.open} öppna punkter.`);
    expect(await page.getByTestId('calendar').locator('tbody tr').count()).toBeGreaterThan(12);
    expect(await page.getByTestId('calendar').textContent()).toContain('Momsdeklaration 2025-Q1');
    await h.shot('closing-01-checklista');

    await page.getByLabel('Strikt: stäng bara om alla punkter är klara').check();
    await page.getByRole('button', { name: 'Stäng månaden' }).click();
    const refusal = page.getByTestId('closing-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('februari 2025 stängdes inte');
    expect(await refusal.textContent()).toContain('underlag');
    expect(await state()).toBe('open');
    expect((await periodOf('2025-02'))?.state ?? 'open').toBe('open');
    await h.shot('closing-02-strikt-vagrad');
  });

  it('visar varför en månad som avslutar en momsperiod inte stängs, utan kommandoraden, med en väg till Moms', async () => {
    await page.getByLabel('Månad', { exact: true }).selectOption('2025-03');
    await page.getByTestId('checklist').waitFor();
    await page.getByLabel('Strikt: stäng bara om alla punkter är klara').uncheck();
    await page.getByRole('button', { name: 'Stäng månaden' }).click();
    const refusal = page.getByTestId('closing-refusal');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('momsperioden 2025-Q1');
    expect(text).toContain('(sidan Moms)');
    expect(text).not.toContain('kontera');
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('closing-refusal');
    expect(await state()).toBe('open');
    await refusal.getByRole('button', { name: 'Gå till Moms och bokför momsomföringen för 2025-Q1' }).click();
    await page.getByRole('heading', { name: 'Moms', level: 1 }).waitFor();
    await nav('Stäng månad');
    await page.getByLabel('Månad', { exact: true }).selectOption('2025-02');
    await expect.poll(() => page.getByTestId('checklist').locator('li[data-key="receipts"]').getAttribute('data-status')).toBe('open');
  });

  it('leder från checklistan till verifikationen och till bankavstämningen', async () => {
    await page.getByTestId('checklist').locator('li[data-key="receipts"]').getByRole('button', { name: 'Öppna A2' }).click();
    const view = page.getByTestId('voucher-view');
    await view.waitFor();
    expect(await view.textContent()).toContain('Kontorsmaterial');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Stäm av 1930 för februari 2025 i Bank/ }).click();
    await page.getByRole('heading', { name: 'Bank', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: 'Avstämning' }).getAttribute('aria-selected')).toBe('true');
    await nav('Stäng månad');
  });

  it('stänger månaden med checklistan synlig och öppnar den igen med ett skäl', async () => {
    await page.getByLabel('Månad', { exact: true }).selectOption('2025-02');
    await page.getByTestId('checklist').waitFor();
    await page.getByLabel('Strikt: stäng bara om alla punkter är klara').uncheck();
    await page.getByRole('button', { name: 'Stäng månaden' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('closing-notice').textContent()).toBe('februari 2025 är stängd.');
    await expect.poll(state).toBe('closed');
    expect((await periodOf('2025-02'))?.state).toBe('closed');
    expect(await page.getByRole('button', { name: 'Stäng månaden' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Månad', { exact: true }).locator('option[value="2025-02"]').textContent()).toBe('februari 2025 – stängd');
    const refused = await dispatch(h.bridge.session, 'vouchers.post', { date: '2025-02-20', text: 'Sen', lines: [{ account: '6110', amount: 100 }, { account: '1930', amount: -100 }] });
    expect(refused.ok).toBe(false);
    await h.shot('closing-03-stangd');

    await page.getByRole('button', { name: 'Öppna igen …' }).click();
    const dialog = page.getByTestId('reopen-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Öppna månaden' }).click();
    expect(await dialog.textContent()).toContain('Skriv varför månaden öppnas igen.');
    await page.getByLabel('Skäl').fill('Glömt kvitto för kontorsmaterial');
    await h.shot('closing-04-oppna-igen');
    await dialog.getByRole('button', { name: 'Öppna månaden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('closing-notice').textContent()).toBe('februari 2025 är öppen igen.');
    await expect.poll(state).toBe('open');
    expect(await periodOf('2025-02')).toMatchObject({ state: 'open', reason: 'Glömt kvitto för kontorsmaterial' });
    expect(await page.getByTestId('month-state').textContent()).toContain('Glömt kvitto för kontorsmaterial');
  });
});

describe('Bokslut', () => {
  const vouchersTotal = async () => (await backend<{ total: number }>('vouchers.list', {})).total;

  it('går igenom en enskild firmas bokslut, förhandsgranskar och bokför', async () => {
    await nav('Bokslut');
    expect(await page.getByLabel('Räkenskapsår').inputValue()).toBe('2025-01-01');
    const steps = await page.getByRole('navigation', { name: 'Bokslutets steg' }).getByRole('button').allTextContents();
    expect(steps).toEqual(['1. Företagsuppgifter', '2. Periodiseringar', '3. Inventarier', '4. Lager', '5. Obetalda fakturor', '6. NE-bilagan', '7. Underskrifter', '8. Förhandsgranska']);
    // Without a postcode the SRU files cannot be written, and the wizard writes them with the books:
    // the preview names the missing answer and the booking waits.
    await page.getByRole('button', { name: '8. Förhandsgranska' }).click();
    await expect.poll(() => page.getByTestId('ye-problems').textContent()).toContain('company.postalCode');
    expect(await page.getByRole('button', { name: 'Bokför bokslutet' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('book-hint').textContent()).toContain('SRU-filerna kan inte skrivas');
    await page.getByRole('button', { name: '1. Företagsuppgifter' }).click();
    await page.getByLabel(/^Postnummer/).fill('11122');
    await page.getByLabel(/^Postort/).fill('Stockholm');
    await page.getByLabel(/^Verksamhetens art/).fill('Konsultverksamhet');
    await h.shot('bokslut-01-foretag');
    await next();
    const accruals = page.getByTestId('rows-accruals');
    await accruals.getByRole('button', { name: 'Lägg till rad' }).click();
    await page.getByLabel('Text rad 1', { exact: true }).fill('Förutbetald hyra');
    await page.getByLabel('Konto rad 1', { exact: true }).fill('5010');
    await page.getByLabel('Balanskonto rad 1', { exact: true }).fill('1710');
    await page.getByLabel('Belopp (debet +) rad 1', { exact: true }).fill('-1000');
    await next(); await next(); await next();
    await page.getByTestId('rows-unpaidCustomerInvoices').getByRole('button', { name: 'Lägg till rad' }).click();
    await page.getByTestId('rows-unpaidCustomerInvoices').getByLabel('Motpart rad 1', { exact: true }).fill('Kund AB');
    await page.getByTestId('rows-unpaidCustomerInvoices').getByLabel('Belopp inkl. moms rad 1', { exact: true }).fill('1250');
    await next();
    expect(await page.getByLabel(/^R16 Kostnader som inte bokförts/).inputValue()).toBe('0');
    await h.shot('bokslut-02-ne');
    await next();
    await page.getByTestId('rows-signatures').getByRole('button', { name: 'Lägg till rad' }).click();
    await page.getByLabel('Namn rad 1', { exact: true }).fill('Eva Ek');
    await page.getByLabel('Ort för underskrift').fill('Stockholm');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara svar' }).click()]);
    expect(download.suggestedFilename()).toBe('bokslut-svar-2025-01-01.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ version: 1, fiscalYear: '2025-01-01', company: { postalCode: '11122', city: 'Stockholm' }, signatures: [{ name: 'Eva Ek' }] });
    expect((await dispatch(h.bridge.session, 'closing.yearEndPreview', { fiscalYear: '2025-01-01', answers: saved })).ok).toBe(true);

    const before = await vouchersTotal();
    await page.getByRole('button', { name: 'Förhandsgranska', exact: true }).first().click();
    const preview = page.getByTestId('year-end-preview');
    await preview.waitFor();
    const planned = preview.getByTestId('ye-vouchers');
    expect(await planned.locator('table[data-kind="accruals"] tr[data-account="1710"]').textContent()).toContain('1\u00a0000,00');
    expect(await planned.locator('table[data-kind="unpaid-customers"] tr[data-account="1510"]').textContent()).toContain('1\u00a0250,00');
    expect(await planned.locator('table[data-kind="result"] tr[data-account="2019"]').count()).toBe(1);
    expect(await preview.getByTestId('ye-reversals').locator('table').count()).toBe(2);
    expect(await preview.getByTestId('form-ne-1').locator('div[data-row="R1"]').textContent()).toContain('11\u00a0000');
    expect(await preview.getByTestId('ye-problems').textContent()).toContain('Inga problem.');
    expect(await preview.getByTestId('year-end-document').locator('.doc-body').textContent()).toContain('Förenklat årsbokslut');
    expect(await preview.getByTestId('year-end-document').locator('.doc-body').textContent()).toContain('Eks Konsult');
    expect(await vouchersTotal()).toBe(before);
    await h.shot('bokslut-03-forhandsgranska-ef');

    await page.getByRole('button', { name: 'Bokför bokslutet' }).click();
    await page.getByTestId('book-dialog').getByRole('button', { name: 'Bokför och stäng året' }).click();
    const result = page.getByTestId('year-end-result');
    await result.waitFor();
    await expect.poll(() => page.getByTestId('bokslut-notice').textContent()).toContain('är bokfört och året är avslutat');
    const posted = await result.getByTestId('ye-posted').locator('li').allTextContents();
    expect(posted.length).toBe(3);
    const files = await result.getByTestId('ye-files-list').locator('li').allTextContents();
    expect(files.some((f) => f.endsWith('INFO.SRU'))).toBe(true);
    expect(files.some((f) => f.endsWith('BLANKETTER.SRU'))).toBe(true);
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
    for (const f of files) expect(existsSync(f)).toBe(true);
    expect(files.every((f) => f.startsWith(path.join(path.dirname(efFile), 'bokslut-2025-01-01')))).toBe(true);
    expect(await vouchersTotal()).toBe(before + 3 + 2);
    const years = await backend<{ start: string; state: string }[]>('years.list', {});
    expect(years.find((y) => y.start === '2025-01-01')?.state).toBe('closed');
    expect(years.some((y) => y.start === '2026-01-01')).toBe(true);
    await expect.poll(() => page.getByLabel('Räkenskapsår').locator('option[value="2025-01-01"]').textContent()).toContain('avslutat');
    await h.shot('bokslut-04-bokfort-ef');
    await result.getByTestId('ye-posted').getByRole('button').first().click();
    await page.getByTestId('voucher-view').waitFor();
    await page.keyboard.press('Escape');
  });

  it('går igenom ett aktiebolags bokslut med skatt och årsredovisning och bokför', async () => {
    await backend('company.open', { path: abFile });
    await post('2025-03-05', 'Konsultfaktura', [['1510', 12500000], ['3001', -10000000], ['2611', -2500000]]);
    await post('2025-04-05', 'Hyra', [['5010', 2000000], ['1930', -2000000]]);
    await page.reload();
    await page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
    expect(await page.getByTestId('company-name').textContent()).toBe('Bokslutsbolaget AB');
    await nav('Bokslut');
    const steps = await page.getByRole('navigation', { name: 'Bokslutets steg' }).getByRole('button').allTextContents();
    expect(steps).toEqual(['1. Företagsuppgifter', '2. Periodiseringar', '3. Inventarier', '4. Lager', '5. Skatt (INK2S)', '6. Årsredovisning', '7. Underskrifter', '8. Förhandsgranska']);
    await page.getByLabel(/^Postnummer/).fill('41101');
    await page.getByLabel(/^Postort/).fill('Göteborg');
    // "Verksamhetens art" is the NE-bilaga's field; an AB describes its business in the förvaltningsberättelse.
    expect(await page.getByLabel(/Verksamhetens art|NE 7020/).count()).toBe(0);
    await page.getByRole('button', { name: '5. Skatt (INK2S)' }).click();
    expect(await page.getByLabel(/^Bolagsskatt, procent/).inputValue()).toBe('auto');
    await next();
    await page.getByLabel('Säte (kommun)').fill('Göteborg');
    await page.getByLabel('Verksamheten (förvaltningsberättelsen)').fill('Bolaget bedriver konsultverksamhet.');
    await h.shot('bokslut-05-arsredovisning');
    await next();
    await page.getByTestId('rows-signatures').getByRole('button', { name: 'Lägg till rad' }).click();
    await page.getByLabel('Namn rad 1', { exact: true }).fill('Anna Ab');
    await page.getByLabel('Roll rad 1', { exact: true }).fill('Styrelseledamot');

    const before = await vouchersTotal();
    await page.getByRole('button', { name: 'Förhandsgranska', exact: true }).first().click();
    const preview = page.getByTestId('year-end-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('ye-tax').textContent()).toBe('16\u00a0480 kr');
    expect(await preview.getByTestId('ye-vouchers').locator('table[data-kind="tax"] tr[data-account="2512"]').textContent()).toContain('16\u00a0480,00');
    expect(await preview.getByTestId('form-ink2').locator('div[data-row="1.1"]').textContent()).toContain('80\u00a0000');
    expect(await preview.getByTestId('form-ink2s').locator('div[data-row="4.15"]').textContent()).toContain('80\u00a0000');
    expect(await preview.getByTestId('form-ink2s').locator('div[data-row="4.15"] dt').textContent()).toBe('4.15Överskott (flyttas till 1.1)');
    expect(await preview.getByTestId('form-ink2').locator('div[data-row="1.1"] .form-name').getAttribute('title')).toBe('Överskott av näringsverksamhet');
    expect(await preview.getByTestId('form-ink2r').count()).toBe(1);
    expect(await preview.getByTestId('year-end-document').locator('.doc-body').textContent()).toContain('Bolaget bedriver konsultverksamhet.');
    await preview.getByText('BLANKETTER.SRU', { exact: true }).click();
    expect(await preview.getByTestId('sru-blanketter').textContent()).toContain('INK2');
    expect(await vouchersTotal()).toBe(before);
    await h.shot('bokslut-06-forhandsgranska-ab');

    // A changed answer makes the preview stale: booking waits for a new preview.
    await page.getByRole('button', { name: '6. Årsredovisning' }).click();
    await page.getByLabel('Medelantalet anställda').fill('1');
    await page.getByRole('button', { name: '8. Förhandsgranska' }).click();
    await preview.waitFor();
    await page.getByRole('button', { name: 'Bokför bokslutet' }).click();
    await page.getByTestId('book-dialog').getByRole('button', { name: 'Bokför och stäng året' }).click();
    const result = page.getByTestId('year-end-result');
    await result.waitFor();
    const posted = await result.getByTestId('ye-posted').locator('li').allTextContents();
    expect(posted.map((p) => p.replace(/^\S+ \S+ /, ''))).toEqual(['Skatt på årets resultat', 'Årets resultat']);
    const files = await result.getByTestId('ye-files-list').locator('li').allTextContents();
    expect(files.some((f) => f.endsWith('BLANKETTER.SRU'))).toBe(true);
    for (const f of files) expect(existsSync(f)).toBe(true);
    expect(readFileSync(files.find((f) => f.endsWith('.html'))!, 'utf8')).toContain('Medelantalet anställda');
    expect(await vouchersTotal()).toBe(before + 2);
    const years = await backend<{ start: string; state: string }[]>('years.list', {});
    expect(years.find((y) => y.start === '2025-01-01')?.state).toBe('closed');
    await h.shot('bokslut-07-bokfort-ab');
    expect(h.pageErrors).toEqual([]);
  });
});
