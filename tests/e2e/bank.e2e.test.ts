/**
 * The Bank page in Chromium through the bridge: two statements imported through their previews,
 * a sure match confirmed, ten rows booked with the keyboard alone (templates, a rule's suggestion
 * and counter-accounts), January reconciled to zero, and a link undone and made again.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, ROOT, type Harness } from './support/harness.js';
import { dispatch } from '../../electron/server/dispatch.js';
import { Session, fixedClock } from '../../electron/server/context.js';
import { tempDir } from '../support/company.js';
import { backendOf } from './support/backend.js';

const FIXTURES = path.join(ROOT, 'tests/fixtures/bank');
const HANDELSBANKEN = path.join(FIXTURES, 'handelsbanken/Transaktioner_12345678_synthetic.txt');
const SEB = path.join(FIXTURES, 'seb/Kontohandelser_synthetic_comma.csv');
const NBSP = '\u00a0';

let h: Harness;
let companyDir = '';
let page: Page;

const backend = backendOf(() => h);
const tab = (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });

/** How each of the ten rows is booked, keyed by the bank's text; every step is a key press. */
type Step = { template: string } | { account: string; text: string } | 'suggestion';
const PLAN: Record<string, Step> = {
  '783-5960 00012': { template: 'kundinb' },
  'SWISH/MÅNAVG': { template: 'bankavg' },
  'Åsa Öberg': { template: 'försäljning 25' },
  'KJELL & CO 48': { template: 'förbrukningsinv' },
  'ÖF-ANNAN-BANK': 'suggestion',
  'INTERNET BET': { account: '2440', text: 'Betalning leverantör' },
  'Täckning': { account: '2893', text: 'Insättning från ägaren' },
  'Fakt 1601': { template: 'kundinb' },
  'Skatteverket': { template: 'betalning till skatt' },
  'Banktjänster': { template: 'bankavg' },
};

beforeAll(async () => {
  companyDir = tempDir('kontera-bank-');
  const file = path.join(companyDir, 'jackbolaget.kontera');
  const made = await dispatch(new Session(fixedClock('2026-01-01T09:00:00.000Z'), 'testare'), 'company.create', {
    path: file, name: 'Exempeljackor AB', identity: '556036-0793', form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter',
  });
  if (!made.ok) throw new Error(made.error.message);
  h = await startHarness({ company: file });
  page = h.page;
  await backend('opening.set', { fiscalYear: '2026-01-01', lines: [{ account: '1930', amount: 1000000 }, { account: '2091', amount: -1000000 }] });
  await backend('vouchers.post', { date: '2026-01-02', text: 'Hyra januari', lines: [{ account: '5010', amount: 850000 }, { account: '1930', amount: -850000 }] });
  await backend('bank.rules.add', { textContains: 'ÖF-ANNAN-BANK', template: 'Bankavgift' });
  await page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
});
afterAll(async () => {
  await h?.close();
  if (companyDir) rmSync(companyDir, { recursive: true, force: true });
});

describe('Banksidan', () => {
  it('importerar två kontoutdrag och visar exakt vad som läggs till innan något sparas', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Bank', exact: true }).click();
    await page.getByRole('heading', { name: 'Bank', level: 1 }).waitFor();
    await expect.poll(() => tab('Importera').getAttribute('aria-selected')).toBe('true');
    await page.locator('#bank-file').setInputFiles(HANDELSBANKEN);
    const preview = page.getByTestId('bank-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('bank-new-rows').textContent()).toBe('8');
    expect(await preview.locator('tr[data-decision="new"]').count()).toBe(8);
    expect(await preview.textContent()).toContain('Handelsbanken');
    expect(await preview.textContent()).toContain('Rader som inte importeras');
    expect((await backend<unknown[]>('bank.accounts', {})).length).toBe(0);
    await h.shot('bank-01-forhandsgranskning');
    await preview.getByRole('button', { name: 'Importera 8 rader' }).click();
    await expect.poll(() => page.getByTestId('bank-imported').textContent()).toBe('8 rader är importerade till 1930.');

    await page.getByLabel('Konto i bokföringen').fill('1940');
    await page.keyboard.press('Enter');
    await page.locator('#bank-file').setInputFiles(SEB);
    await expect.poll(() => page.getByTestId('bank-preview').textContent()).toContain('1940 Övriga bankkonton');
    await page.getByRole('button', { name: 'Importera 3 rader' }).click();
    await expect.poll(() => page.getByTestId('bank-imported').textContent()).toBe('3 rader är importerade till 1940.');
    const rows = await backend<{ total: number }>('bank.rows', {});
    expect(rows.total).toBe(11);
  });

  it('bekräftar en säker matchning mot en verifikation som redan fanns', async () => {
    await tab('Matchning').click();
    const sure = page.getByTestId('match-sure');
    await sure.waitFor();
    expect(await sure.textContent()).toContain('Hyra januari');
    await h.shot('bank-02-matchning');
    await page.getByRole('button', { name: 'Bekräfta 1 matchning' }).click();
    await expect.poll(() => page.getByTestId('match-notice').textContent()).toBe('1 matchning är bekräftad.');
    expect(await page.getByTestId('match-linked').textContent()).toContain('A1');
  });

  it('bokför tio bankrader enbart med tangentbordet', async () => {
    const vouchersBefore = (await backend<{ total: number }>('vouchers.list', {})).total;
    await tab('Att bokföra').click();
    const count = page.getByTestId('queue-count');
    await expect.poll(() => count.textContent()).toBe('10 rader att bokföra');
    const kb = page.keyboard;
    const started = Date.now();
    for (let left = 10; left > 0; left--) {
      await expect.poll(() => count.textContent()).toBe(left === 1 ? '1 rad att bokföra' : `${left} rader att bokföra`);
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('book-template');
      const text = (await page.getByTestId('book-panel').locator('.book-text').textContent()) ?? '';
      const step = PLAN[text];
      if (!step) throw new Error(`Ingen plan för raden "${text}"`);
      if (left === 10) await h.shot('bank-03-att-bokfora');
      if (step === 'suggestion') {
        expect(await page.getByTestId('suggestion').textContent()).toContain('Bankavgift');
        await kb.press('Control+Enter');
      } else if ('template' in step) {
        await kb.type(step.template);
        await kb.press('Enter');
        await expect.poll(() => page.getByTestId('book-lines').isVisible()).toBe(true);
        if (text === 'KJELL & CO 48') {
          expect(await page.getByTestId('book-lines').textContent()).toContain(`703,12`);
          await h.shot('bank-04-mall-forhandsvisning');
        }
        await kb.press('Control+Enter');
      } else {
        await kb.press('Enter');
        await kb.type(step.account);
        await kb.press('Enter');
        await kb.type(step.text);
        // Enter in the last field goes on to "Bokför raden" as the hint says; Ctrl+Enter books from anywhere.
        if (left % 2) {
          await kb.press('Enter');
          await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Bokför raden');
          await kb.press('Enter');
        } else await kb.press('Control+Enter');
      }
      await expect.poll(() => page.getByTestId('bank-booked').textContent()).toMatch(/^Bankraden \d{4}-\d{2}-\d{2} är bokförd som A\d+\.$/);
    }
    const ms = Date.now() - started;
    await page.getByTestId('queue-empty').waitFor();
    console.log(`tio bankrader bokförda med tangentbordet på ${ms} ms`);
    expect((await backend<{ total: number }>('bank.queue', {})).total).toBe(0);
    const list = await backend<{ total: number }>('vouchers.list', {});
    expect(list.total).toBe(vouchersBefore + 10);
    const all = await backend<{ rows: { ref: string; text: string }[] }>('vouchers.list', { limit: 100 });
    const lines = async (text: string) => {
      const ref = all.rows.find((r) => r.text === text)?.ref ?? '';
      const v = await backend<{ lines: { account: string; amount: number }[] }>('vouchers.get', { voucher: { series: ref.replace(/\d+$/, ''), number: Number(ref.replace(/^\D+/, '')) } });
      return v.lines.map((l) => [l.account, l.amount]);
    };
    expect(await lines('KJELL & CO 48')).toEqual([['5410', 70312], ['2641', 17578], ['1930', -87890]]);
    expect(await lines('Betalning leverantör')).toEqual([['2440', 244000], ['1930', -244000]]);
    expect(await lines('ÖF-ANNAN-BANK')).toEqual([['6570', 150], ['1930', -150]]);
    expect(await lines('Banktjänster')).toEqual([['6570', 45650], ['1940', -45650]]);
    await h.shot('bank-05-allt-bokfort');
  });

  it('stämmer av januari: kontoutdraget och bokföringen visar samma saldo', async () => {
    await tab('Avstämning').click();
    await page.getByLabel('Bankkonto').selectOption('1930');
    await page.getByLabel('Månad').selectOption('2026-01');
    const rec = page.getByTestId('reconciliation');
    await rec.waitFor();
    await expect.poll(() => rec.getByTestId('rec-statement').textContent()).toBe(`6${NBSP}347,35`);
    expect(await rec.getByTestId('rec-ledger').textContent()).toBe(`6${NBSP}347,35`);
    expect(await rec.getByTestId('rec-difference').textContent()).toBe('0,00');
    expect(await rec.getByTestId('rec-state').textContent()).toContain('Avstämd');
    await rec.getByRole('button', { name: 'Spara avstämningen' }).click();
    await expect.poll(() => page.getByTestId('rec-saved').textContent()).toBe('Avstämningen för januari 2026 är sparad: avstämd.');
    const saved = await backend<{ month: string; reconciled: boolean; difference: number }[]>('bank.reconciliations', { account: '1930' });
    expect(saved).toEqual([expect.objectContaining({ month: '2026-01', reconciled: true, difference: 0 })]);
    await h.shot('bank-06-avstamning');
  });

  it('kopplar bort en bankrad med en orsak och kopplar den igen från kön', async () => {
    await tab('Matchning').click();
    await page.getByRole('button', { name: 'Koppla bort 2026-01-02 Hyra januari' }).click();
    await page.keyboard.type('Fel verifikation vald');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('match-notice').textContent()).toContain('ligger åter bland raderna att bokföra');
    await tab('Att bokföra').click();
    await expect.poll(() => page.getByTestId('queue-count').textContent()).toBe('1 rad att bokföra');
    // Booking a row that looks like a voucher in the books asks first, with the focus away from booking.
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('book-template');
    await page.keyboard.press('Enter');
    await page.keyboard.type('5010');
    await page.keyboard.press('Control+Enter');
    const confirm = page.getByTestId('book-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Raden liknar A1 (2026-01-02');
    expect(await confirm.textContent()).toContain('Bokför ändå?');
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Avbryt');
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('book-template');
    expect((await backend<{ total: number }>('bank.queue', {})).total).toBe(1);
    await page.getByTestId('candidates').getByRole('button', { name: 'Koppla till A1' }).click();
    await expect.poll(() => page.getByTestId('bank-booked').textContent()).toBe('Bankraden 2026-01-02 är kopplad till A1.');
    await page.getByTestId('queue-empty').waitFor();
    expect(h.pageErrors).toEqual([]);
  });
});
