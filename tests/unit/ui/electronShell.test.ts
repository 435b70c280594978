/** The Electron shell's security settings and routing, checked under Node (the Electron binary is not available here). */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, windowOptions, APP_URL, INVOKE_CHANNEL, EVENT_CHANNEL } from '../../../electron/main/security.js';
import { isAppUrl, isTrustedSender, externalUrl } from '../../../electron/main/navigation.js';
import { route } from '../../../electron/main/ipc.js';
import { menuTemplate } from '../../../electron/main/menu.js';
import { dialogSpec } from '../../../electron/main/dialogs.js';

describe('BrowserWindow och CSP', () => {
  it('ger sidan varken Node eller Electron: contextIsolation, sandbox, ingen nodeIntegration, webSecurity på', () => {
    const w = windowOptions('/app/preload.cjs').webPreferences!;
    expect(w).toMatchObject({
      preload: '/app/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
  });

  it('har en strikt CSP: inget inline-skript, ingen eval, inga externa anslutningar, ingen inramning', () => {
    const d = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((x) => [x.split(' ')[0], x.split(' ').slice(1).join(' ')]));
    expect(d['default-src']).toBe("'none'");
    expect(d['script-src']).toBe("'self'");
    expect(d['connect-src']).toBe("'self'");
    expect(d['object-src']).toBe("'none'");
    expect(d['frame-ancestors']).toBe("'none'");
    expect(d['base-uri']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('har en kanal för anrop och en för händelser', () => {
    expect([INVOKE_CHANNEL, EVENT_CHANNEL]).toEqual(['kontera:invoke', 'kontera:event']);
    expect(APP_URL).toBe('app://kontera/index.html');
  });
});

describe('navigering och avsändarkontroll', () => {
  it('känner bara igen programmets egna sidor', () => {
    expect(isAppUrl('app://kontera/index.html')).toBe(true);
    expect(isAppUrl('app://kontera/assets/x.js')).toBe(true);
    for (const u of ['app://evil/index.html', 'https://kontera/index.html', 'file:///etc/passwd', 'app://user:pw@kontera/', '', null, 'inte en url']) expect(isAppUrl(u)).toBe(false);
  });

  it('godtar bara huvudramen på programmets sida som avsändare', () => {
    expect(isTrustedSender({ url: 'app://kontera/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://kontera/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('öppnar bara https-länkar utanför programmet', () => {
    expect(externalUrl('https://www.skatteverket.se/')).toBe('https://www.skatteverket.se/');
    expect(externalUrl('http://example.com/')).toBeNull();
    expect(externalUrl('file:///etc/passwd')).toBeNull();
  });

  it('skickar host.* till huvudprocessen, resten till motorn, och avvisar främmande avsändare', async () => {
    const calls: string[] = [];
    const deps = { backend: async (m: string) => { calls.push(`backend:${m}`); return { ok: true }; }, host: async (m: string) => { calls.push(`host:${m}`); return { ok: true }; } };
    const me = { url: 'app://kontera/index.html', parent: null };
    await route(me, 'vouchers.post', {}, deps);
    await route(me, 'host.recent.list', {}, deps);
    expect(calls).toEqual(['backend:vouchers.post', 'host:host.recent.list']);
    expect(await route({ url: 'https://evil.example/', parent: null }, 'vouchers.post', {}, deps)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route(me, 42, {}, deps)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toHaveLength(2);
  });
});

describe('meny och fildialoger', () => {
  it('har en svensk meny vars val går till sidan', () => {
    const sent: string[] = [];
    const t = menuTemplate((a) => sent.push(a), { mac: false, dev: false });
    expect(t.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    const file = t[0]!.submenu as { label?: string; accelerator?: string; click?: () => void }[];
    const byLabel = (l: string) => file.find((x) => x.label === l)!;
    expect(byLabel('Nytt företag …').accelerator).toBe('CmdOrCtrl+N');
    byLabel('Nytt företag …').click!();
    byLabel('Öppna …').click!();
    byLabel('Importera SIE …').click!();
    byLabel('Exportera SIE …').click!();
    byLabel('Exportera säkerhetskopia …').click!();
    expect(sent).toEqual(['new-company', 'open-company', 'import-sie', 'export-sie', 'export-backup']);
    const accelerators = file.map((x) => x.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(JSON.stringify(menuTemplate(() => {}, { mac: false, dev: false }))).not.toContain('toggleDevTools');
  });

  it('frågar efter rätt filtyp i varje dialog', () => {
    expect(dialogSpec('open-company')).toMatchObject({ type: 'open', title: 'Öppna företag', filters: [{ extensions: ['kontera'] }] });
    expect(dialogSpec('save-company', 'firma.kontera')).toMatchObject({ type: 'save', defaultName: 'firma.kontera' });
    expect(dialogSpec('sie').filters[0]!.extensions).toEqual(['se', 'si', 'sie', 'txt']);
    expect(dialogSpec('locate-company').title).toBe('Leta upp företagsfilen');
    expect(dialogSpec('save-backup').type).toBe('folder');
    expect(dialogSpec('save-sie', 'Testbolaget_AB-2026.se')).toEqual({
      type: 'save', title: 'Exportera SIE-fil', buttonLabel: 'Exportera', filters: [{ name: 'SIE-filer', extensions: ['se'] }], defaultName: 'Testbolaget_AB-2026.se',
    });
    expect(dialogSpec('save-vat', 'moms-5560000167-202603.xml')).toMatchObject({
      type: 'save', title: 'Spara momsdeklarationen (eSKD-fil)', filters: [{ extensions: ['xml'] }], defaultName: 'moms-5560000167-202603.xml',
    });
    expect(dialogSpec('save-sie').defaultName).toBeUndefined();
  });
});
