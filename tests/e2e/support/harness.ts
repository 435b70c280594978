import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startBridge, type Bridge } from '../../../electron/bridge/server.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const RENDERER = path.join(ROOT, 'dist-renderer');
export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
export const CHROMIUM = process.env.KONTERA_CHROMIUM ?? '/usr/bin/chromium';

/** Flags from the team's tech notes: no sandbox (root in CI), no GPU, no network chatter. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export interface Harness {
  bridge: Bridge;
  context: BrowserContext;
  page: Page;
  dir: string;
  /** Errors the page logged or threw: a test ends by asserting there were none. */
  pageErrors: string[];
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts a bridge on port 0 in this process and a fresh Chromium (a new, empty profile folder) on its URL. */
export async function startHarness(o: { company?: string } = {}): Promise<Harness> {
  if (!existsSync(path.join(RENDERER, 'index.html'))) throw new Error('dist-renderer saknas: kör "npm run build:renderer" först (test:e2e gör det).');
  const dir = mkdtempSync(path.join(tmpdir(), 'kontera-e2e-'));
  const bridge = await startBridge({ port: 0, rendererDir: RENDERER, defaultDir: dir });
  if (o.company) {
    const { dispatch } = await import('../../../electron/server/dispatch.js');
    const r = await dispatch(bridge.session, 'company.open', { path: o.company });
    if (!r.ok) throw new Error(r.error.message);
  }
  const profile = path.join(dir, 'profile');
  mkdirSync(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1360, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm',
  });
  const page = context.pages()[0] ?? await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto(bridge.url);
  mkdirSync(SHOTS, { recursive: true });
  return {
    bridge, context, page, dir, pageErrors,
    async shot(name) {
      const file = path.join(SHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      await bridge.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
