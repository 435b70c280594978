/**
 * Säkerhet in the real UI: backups to a second place, "back up now", encrypting the company file
 * (recovery key shown once, reopened with the password, refused with a wrong one), and a damaged
 * company file offered its newest whole backup, restored, with the books back.
 * The tests run in order in one browser, as one user's afternoon.
 */
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, closeSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './support/harness.js';
import { createCompanyByKeyboard, startOnWelcome } from './support/ui.js';
import { dispatch } from '../../electron/server/dispatch.js';
import { Session } from '../../electron/server/context.js';
import { backendOf } from './support/backend.js';

let h: Harness;
let page: Page;
const PASSWORD = 'korrekt häst batteri';

const backend = backendOf(() => h);
const nav = async (name: string) => {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).or(page.getByRole('heading', { level: 1 })).first().waitFor();
};
const postVoucher = async (text: string) => {
  const info = await backend<{ fiscalYears: { start: string }[] }>('company.info', {});
  await backend('vouchers.post', { date: `${info.fiscalYears[0]!.start.slice(0, 8)}15`, text, lines: [{ account: '6110', amount: 80000 }, { account: '2641', amount: 20000 }, { account: '1930', amount: -100000 }] });
};
const closeFromStart = async () => {
  await nav('Start');
  await page.getByRole('button', { name: 'Stäng företaget' }).click();
  await page.getByTestId('company-name').getByText('Inget företag öppet').waitFor();
};

beforeAll(async () => {
  h = await startOnWelcome();
  page = h.page;
});
afterAll(async () => {
  await h?.close();
});

describe('Säkerhet i webbläsaren', () => {
  it('sparar en andra plats, säkerhetskopierar nu och visar kopiorna i listan', async () => {
    await createCompanyByKeyboard(page, { name: 'Kassaskåpet', identity: '811218-9876', form: 'EF' });
    await postVoucher('Kontorsstol');
    await nav('Säkerhet');
    await page.getByTestId('backup-settings').waitFor();

    const usb = path.join(h.dir, 'usb-minne');
    await page.getByLabel('Andra plats för säkerhetskopior').fill(path.join(h.dir, 'finns-inte'));
    await page.getByRole('button', { name: 'Spara platsen' }).click();
    await expect.poll(() => page.locator('#second-dir-msg').textContent()).toContain('Kan inte skriva');
    mkdirSync(usb);
    await page.getByLabel('Andra plats för säkerhetskopior').fill(usb);
    await page.getByRole('button', { name: 'Spara platsen' }).click();
    await expect.poll(() => page.getByTestId('second-dir-now').textContent()).toBe(`Andra plats: ${usb}`);
    expect((await backend<{ secondBackupDir: string }>('safety.settings', {})).secondBackupDir).toBe(usb);

    await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
    // The bridge may already have made the day's automatic backup on opening; these are the manual ones.
    const manual = page.getByTestId('backup-list').locator('tbody tr').filter({ hasText: 'Manuell' });
    await expect.poll(() => manual.count()).toBe(2);
    const rows = await manual.allTextContents();
    expect(rows.every((r) => r.includes('Hel'))).toBe(true);
    expect(rows.some((r) => r.includes(usb))).toBe(true);
    expect(readdirSync(usb).some((f) => f.endsWith('.kontera-backup'))).toBe(true);
    await h.shot('safety-01-backups');
    expect(h.pageErrors).toEqual([]);
  });

  it('krypterar med lösenord två gånger, visar återställningsnyckeln en gång och öppnar med lösenordet', async () => {
    const enc = page.getByTestId('encrypt-form');
    await enc.getByLabel('Lösenord', { exact: true }).fill('kort');
    await expect.poll(() => page.locator('#encrypt-password-msg').textContent()).toContain('för kort');
    await enc.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
    await enc.getByLabel('Upprepa lösenordet').fill('korrekt häst batterx');
    await expect.poll(() => page.locator('#encrypt-password2-msg').textContent()).toBe('Lösenorden är inte lika.');
    await h.shot('safety-02-password-errors');
    await enc.getByLabel('Upprepa lösenordet').fill(PASSWORD);
    await page.getByRole('button', { name: 'Kryptera företagsfilen' }).click();

    const dialog = page.getByTestId('recovery-key-dialog');
    await dialog.waitFor();
    const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
    expect(key).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){13}$/);
    expect(await dialog.textContent()).toContain('visas bara den här gången');
    const go = page.getByRole('button', { name: 'Fortsätt' });
    expect(await go.isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    await h.shot('safety-03-recovery-key');
    await page.getByLabel('Jag har sparat återställningsnyckeln').check();
    await go.click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('encryption').textContent()).toContain('Företagsfilen är krypterad.');
    expect(await page.getByTestId('recovery-key').count()).toBe(0);

    const file = path.join(h.dir, 'kassaskapet.kontera');
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');

    await closeFromStart();
    await page.getByTestId('recent').getByRole('button', { name: /^Kassaskåpet/ }).click();
    const unlock = page.getByTestId('unlock');
    await unlock.waitFor();
    await unlock.getByLabel('Lösenord').fill('fel lösenord');
    await unlock.getByRole('button', { name: 'Öppna' }).click();
    await expect.poll(() => page.locator('#unlock-secret-msg').textContent()).toContain('Fel lösenord');
    await h.shot('safety-04-wrong-password');
    await unlock.getByLabel('Lösenord').fill(PASSWORD);
    await unlock.getByRole('button', { name: 'Öppna' }).click();
    await page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
    expect(await page.getByTestId('company-name').textContent()).toBe('Kassaskåpet');
    expect((await backend<{ ok: boolean; vouchers: number }>('verify', {})).vouchers).toBe(1);

    await nav('Säkerhet');
    await page.getByRole('heading', { name: 'Byt lösenord' }).waitFor();
    expect(await page.getByTestId('recovery-key').count()).toBe(0);
    const change = page.getByTestId('change-form');
    await change.getByLabel('Nytt lösenord', { exact: true }).fill('ett nytt långt lösenord');
    await change.getByLabel('Upprepa det nya lösenordet').fill('ett nytt långt lösenord');
    await change.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByText('Lösenordet är bytt.').waitFor();

    // Restoring an encrypted company from Säkerhet asks its password again and lands back on Säkerhet.
    const manual = page.getByTestId('backup-list').locator('tbody tr').filter({ hasText: 'Manuell' });
    const before = await manual.count();
    await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
    // The new, encrypted copy (and its twin in the second location) is listed first; the older ones are plain.
    await expect.poll(() => manual.count()).toBeGreaterThan(before);
    await h.shot('safety-08-encrypted-backup-list');
    await manual.first().getByRole('button', { name: /^Återställ/ }).click();
    await page.getByTestId('restore-confirm').getByRole('button', { name: 'Återställ kopian' }).click();
    const again = page.getByTestId('unlock');
    await again.waitFor();
    await again.getByLabel('Lösenord').fill('ett nytt långt lösenord');
    await again.getByRole('button', { name: 'Öppna' }).click();
    await page.getByRole('heading', { name: 'Säkerhet', level: 1 }).waitFor();
    await page.getByText(/Säkerhetskopian är återställd\. Den tidigare filen ligger kvar som/).waitFor();
    expect(await page.getByTestId('company-name').textContent()).toBe('Kassaskåpet');
    const s = new Session();
    const old = await dispatch(s, 'safety.openEncrypted', { path: file, password: PASSWORD });
    expect(old.ok ? null : old.error.code).toBe('wrong-password');
    const fresh = await dispatch(s, 'safety.openEncrypted', { path: file, recoveryKey: key });
    expect(fresh.ok).toBe(true);
    await dispatch(s, 'company.close', {});
    expect(h.pageErrors).toEqual([]);
  });

  it('erbjuder den senaste hela säkerhetskopian när företagsfilen är skadad, återställer och visar böckerna', async () => {
    await closeFromStart();
    await createCompanyByKeyboard(page, { name: 'Reservbolaget', identity: '811218-9876', form: 'EF' });
    await postVoucher('Reservdelar till skrivaren');
    await nav('Säkerhet');
    await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
    await expect.poll(() => page.getByTestId('backup-list').locator('tbody tr').filter({ hasText: 'Manuell' }).count()).toBe(1);
    await closeFromStart();

    const file = path.join(h.dir, 'reservbolaget.kontera');
    const fd = openSync(file, 'r+');
    const size = statSync(file).size;
    writeSync(fd, Buffer.alloc(size - 100, 0x41), 0, size - 100, 100); // the header stays, every page is garbage
    closeSync(fd);

    await page.getByTestId('recent').getByRole('button', { name: /^Reservbolaget/ }).click();
    const dialog = page.getByTestId('missing-file');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('går inte att läsa');
    const offered = page.getByTestId('offered-backups').locator('tbody tr');
    await expect.poll(() => offered.count()).toBeGreaterThan(0);
    expect(await offered.first().textContent()).toMatch(/Manuell.*Hel/); // newest first
    await h.shot('safety-05-damaged-file');
    await offered.first().getByRole('button', { name: /^Återställ/ }).click();
    const confirm = page.getByTestId('restore-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Den nuvarande filen tas inte bort');
    await h.shot('safety-06-restore-confirm');
    await confirm.getByRole('button', { name: 'Återställ kopian' }).click();
    await page.getByRole('heading', { name: 'Bokför', level: 1 }).waitFor();
    expect(await page.getByTestId('company-name').textContent()).toBe('Reservbolaget');
    expect(readdirSync(h.dir).some((f) => f.startsWith('reservbolaget.kontera.fore-aterstallning-'))).toBe(true);
    expect(existsSync(file)).toBe(true);

    await nav('Verifikationer');
    await page.getByText('Reservdelar till skrivaren').first().waitFor();
    await h.shot('safety-07-restored-books');
    expect(h.pageErrors).toEqual([]);
  });
});
