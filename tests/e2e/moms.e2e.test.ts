/**
 * The Moms page in Chromium through the bridge: the return laid out as Skatteverket's form, a box's
 * vouchers, the checks, the eSKD file as a download, the momsomföring previewed and booked, and a
 * later change shown as "ändrat efter rapportering".
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './support/harness.js';
import { todaySv } from '../../renderer/app/today.js';
import { dispatch } from '../../electron/server/dispatch.js';
import { Session, fixedClock } from '../../electron/server/context.js';
import { tempDir } from '../support/company.js';
import { backendOf, poster } from './support/backend.js';

let h: Harness;
let companyDir = '';
let page: Page;
const NBSP = '\u00a0';

const backend = backendOf(() => h);
const post = poster(backend);

beforeAll(async () => {
  companyDir = tempDir('kontera-moms-');
  const file = path.join(companyDir, 'momsbolaget.kontera');
  const made = await dispatch(new Session(fixedClock('2026-01-02T09:00:00.000Z'), 'testare'), 'company.create', {
    path: file, name: 'Momsbolaget AB', identity: '556000-0167', form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter',
  });
  if (!made.ok) throw new Error(made.error.message);
  h = await startHarness({ company: file });
  page = h.page;
  await post('2026-01-15', 'Försäljning jackor', [['1930', 1250000], ['3001', -1000000], ['2611', -250000]]);
  await post('2026-02-10', 'Kontorsmaterial', [['6110', 79920], ['2641', 19980], ['1930', -99900]]);
  await post('2026-03-20', 'Försäljning med fel moms', [['1930', 130040], ['3001', -100000], ['2611', -30040]]);
  await post('2026-04-10', 'Omvänd moms utan underlag', [['2645', 100000], ['2614', -100000]]);
  await page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
});
afterAll(async () => {
  await h?.close();
  if (companyDir) rmSync(companyDir, { recursive: true, force: true });
});

const box = (id: string) => page.getByTestId('moms-form').locator(`tr[data-box="${id}"]`);

describe('Momssidan', () => {
  it('visar deklarationen som Skatteverkets blankett med kontrollerna', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Moms', exact: true }).click();
    await page.getByRole('heading', { name: 'Moms', level: 1 }).waitFor();
    const options = await page.getByLabel('Momsperiod').locator('option').allTextContents();
    expect(options.map((o) => o.replace(/ – försenad$/, ''))).toEqual(['kvartal 1 2026 (jan–mar)', 'kvartal 2 2026 (apr–jun)', 'kvartal 3 2026 (jul–sep)', 'kvartal 4 2026 (okt–dec)']);
    await page.getByLabel('Momsperiod').selectOption('2026-Q1');
    // A period not reported whose last day has passed is marked, in the list and on the page (the run's date decides).
    const late = todaySv() > '2026-05-12';
    await expect.poll(() => page.getByLabel('Momsperiod').locator('option[value="2026-Q1"]').textContent()).toBe(`kvartal 1 2026 (jan–mar)${late ? ' – försenad' : ''}`);
    await expect.poll(() => page.getByTestId('moms-overdue').count()).toBe(late ? 1 : 0);
    if (late) expect(await page.getByTestId('moms-overdue').textContent()).toBe('Försenad: sista dag var 2026-05-12 och perioden är inte rapporterad.');
    await expect.poll(() => box('05').textContent()).toContain(`11${NBSP}000`);
    expect(await page.getByTestId('moms-form').locator('caption').allTextContents()).toEqual([
      'A Momspliktig försäljning eller uttag exklusive moms', 'B Utgående moms på försäljning eller uttag i ruta 05–08',
      'C Momspliktiga inköp vid omvänd betalningsskyldighet', 'D Utgående moms på inköp i ruta 20–24', 'H Import',
      'I Utgående moms på import i ruta 50', 'E Försäljning m.m. som är undantagen från moms', 'F Ingående moms', 'G Moms att betala eller få tillbaka',
    ]);
    expect(await box('10').textContent()).toContain(`2${NBSP}800`);
    expect(await box('48').textContent()).toContain('199');
    expect(await box('49').textContent()).toContain(`2${NBSP}601att betala`);
    const report = await backend<{ boxes: Record<string, number> }>('vat.report', { period: '2026-Q1' });
    expect([report.boxes['05'], report.boxes['10'], report.boxes['48'], report.boxes['49']]).toEqual([11000, 2800, 199, 2601]);
    const checks = page.getByTestId('moms-checks');
    expect(await checks.locator('li[data-code="vat-ratio"]').textContent()).toMatch(/^Varning/);
    expect(await page.getByRole('button', { name: 'Skapa fil' }).isEnabled()).toBe(true);
    expect(await box('10').getAttribute('class')).toContain('is-flagged');
    await h.shot('moms-01-deklaration');
  });

  it('går från en ruta till verifikationerna bakom den och vidare till verifikationen', async () => {
    await box('10').getByRole('button').click();
    const detail = page.getByTestId('box-detail');
    await detail.waitFor();
    expect(await detail.textContent()).toContain(`Exakt 2${NBSP}800,40 kr, deklareras 2${NBSP}800 kr`);
    expect(await detail.locator('tbody tr').count()).toBe(2);
    await h.shot('moms-02-ruta-10');
    await detail.getByRole('button', { name: 'Öppna verifikation A1' }).click();
    const view = page.getByTestId('voucher-view');
    await view.waitFor();
    expect(await view.textContent()).toContain('Försäljning jackor');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
  });

  it('stoppar fil och momsomföring när en kontroll är ett fel', async () => {
    await page.getByLabel('Momsperiod').selectOption('2026-Q2');
    const err = page.getByTestId('moms-checks').locator('li[data-code="reverse-charge-without-base"]');
    await err.waitFor();
    expect(await err.textContent()).toMatch(/^Fel/);
    expect(await page.getByRole('button', { name: 'Skapa fil' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Bokför momsomföring' }).isDisabled()).toBe(true);
    await h.shot('moms-03-fel');
  });

  it('skapar eSKD-filen som nedladdning i ISO-8859-1', async () => {
    await page.getByLabel('Momsperiod').selectOption('2026-Q1');
    await expect.poll(() => box('05').textContent()).toContain(`11${NBSP}000`);
    await page.getByLabel('Upplysning till Skatteverket (valfri)').fill('Försäljning på mässa i Göteborg');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Skapa fil' }).click()]);
    expect(download.suggestedFilename()).toBe('moms-5560000167-202603.xml');
    const bytes = readFileSync(await download.path());
    const text = bytes.toString('latin1');
    const expected = await backend<{ text: string }>('vat.eskd', { period: '2026-Q1', note: 'Försäljning på mässa i Göteborg' });
    expect(text).toBe(expected.text);
    expect(bytes.includes(Buffer.from('Göteborg', 'latin1'))).toBe(true);
    expect(text).toContain('<MomsBetala>2601</MomsBetala>');
    await expect.poll(() => page.getByTestId('moms-notice').textContent()).toBe('Filen moms-5560000167-202603.xml är skapad. Den finns bland dina hämtade filer.');
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toContain('Filen moms-5560000167-202603.xml är skapad');
  });

  it('visar momsomföringen innan något bokförs och bokför den sedan', async () => {
    const before = await backend<{ total: number }>('vouchers.list', {});
    await page.getByRole('button', { name: 'Bokför momsomföring' }).click();
    const preview = page.getByTestId('settlement-preview');
    await preview.waitFor();
    expect(await preview.locator('tr[data-account="2611"]').textContent()).toContain(`2${NBSP}800,40`);
    expect(await preview.locator('tr[data-account="2650"]').textContent()).toContain(`2${NBSP}601,00`);
    expect(await preview.locator('tr[data-account="3740"]').textContent()).toContain('0,40');
    await h.shot('moms-04-momsomforing');
    expect((await backend<{ total: number }>('vouchers.list', {})).total).toBe(before.total);
    await preview.getByRole('button', { name: 'Bokför momsomföringen' }).click();
    await expect.poll(() => page.getByTestId('moms-notice').textContent()).toBe('Momsomföringen M1 är bokförd och perioden är markerad som rapporterad.');
    const filed = await backend<{ period: string; box49: number }[]>('vat.reports', {});
    expect(filed).toEqual([expect.objectContaining({ period: '2026-Q1', box49: 2601 })]);
    await expect.poll(() => page.getByTestId('moms-status').textContent()).toContain('Rapporterad');
    expect(await page.getByRole('button', { name: 'Bokför momsomföring' }).isDisabled()).toBe(true);
    expect(await box('49').textContent()).toContain(`2${NBSP}601`);
  });

  it('visar "ändrat efter rapportering" med skillnaden per ruta', async () => {
    await backend('periods.reopen', { month: '2026-03', reason: 'Glömd faktura' });
    await post('2026-03-25', 'Glömd försäljning', [['1930', 250000], ['3001', -200000], ['2611', -50000]]);
    await page.getByLabel('Momsperiod').selectOption('2026-Q2');
    await page.getByLabel('Momsperiod').selectOption('2026-Q1');
    const changed = page.getByTestId('moms-changed');
    await changed.waitFor();
    expect(await changed.locator('tr[data-box="05"]').textContent()).toContain(`+2${NBSP}000`);
    expect(await changed.locator('tr[data-box="10"]').textContent()).toContain('+500');
    expect(await box('05').textContent()).toContain(`ändrad +2${NBSP}000`);
    await h.shot('moms-05-andrat');
    expect(h.pageErrors).toEqual([]);
  });
});
