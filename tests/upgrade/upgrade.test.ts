/**
 * Upgrade safety: every kept company file of a released schema version (tests/fixtures/upgrade/
 * schema-N.db, written by its generate.ts on the release commit) opens with the current code,
 * is migrated after a verified backup, and keeps its vouchers, hash chain, trial balances, bank
 * rows, period states and drafts exactly — and (schema 8 on) its fiscal-year states, receipts with
 * their archived bytes and voucher links (verify checks the archive), year-end runs and SIE
 * stated balances; a fixture older than those features must show their empty state.
 * How to add one: tests/fixtures/upgrade/README.md.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import Database from 'better-sqlite3';
import { LATEST_VERSION } from '../../electron/db/migrate.js';
import { defaultBackupDir } from '../../electron/db/backup.js';
import { expectationsOf, fixtureArchiveOf, type UpgradeExpectations } from '../fixtures/upgrade/expectations.js';
import { archivePathOf } from '../../electron/server/receipts/archive.js';
import { tempDir } from '../support/company.js';

const dir = path.resolve('tests/fixtures/upgrade');
type NewFacts = 'yearStates' | 'receipts' | 'yearEnds' | 'importedBalances';
const fixtures = readdirSync(dir).filter((f) => /^schema-\d+\.db$/.test(f)).sort();

describe('uppgradering av sparade företagsfiler', () => {
  it('det finns minst en fixtur, och ingen från ett nyare schema än koden', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const f of fixtures) expect(Number(/\d+/.exec(f)?.[0])).toBeLessThanOrEqual(LATEST_VERSION);
  });

  for (const f of fixtures) {
    it(`${f} öppnas, uppgraderas till schema ${LATEST_VERSION} och behåller allt`, async () => {
      const version = Number(/\d+/.exec(f)?.[0]);
      const expected = JSON.parse(readFileSync(path.join(dir, f.replace('.db', '.expected.json')), 'utf8')) as Partial<UpgradeExpectations> & Omit<UpgradeExpectations, NewFacts>;
      const work = tempDir('kontera-uppgradering-');
      const file = path.join(work, 'gammal.kontera');
      copyFileSync(path.join(dir, f), file);
      const archive = fixtureArchiveOf(path.join(dir, f));
      if (existsSync(archive)) copyFileSync(archive, archivePathOf(file));
      const raw = new Database(file, { readonly: true });
      expect(raw.pragma('user_version', { simple: true })).toBe(version);
      raw.close();

      const got = await expectationsOf(file);
      expect(got.vouchers).toBe(expected.vouchers);
      expect(got.chainHead).toBe(expected.chainHead);
      expect(got.years).toEqual(expected.years);
      expect(got.bankRows).toBe(expected.bankRows);
      expect(got.periods).toEqual(expected.periods);
      expect(got.drafts).toBe(expected.drafts);
      // Facts recorded since schema 8; an older fixture has none of the features behind them.
      expect(got.yearStates).toEqual(expected.yearStates ?? expected.years.map((y) => ({ start: y.start, state: 'open' })));
      expect(got.receipts).toEqual(expected.receipts ?? []);
      expect(got.yearEnds).toEqual(expected.yearEnds ?? []);
      expect(got.importedBalances).toEqual(expected.importedBalances ?? []);
      if (version >= 8) expect([got.receipts.length, got.yearEnds.length, got.importedBalances.length].every((n) => n > 0), 'schema 8 fixture uses receipts, year-end and stated balances').toBe(true);
    });
  }

  it('den senaste fixturen migreras i sin egen fil efter en kontrollerad säkerhetskopia', async () => {
    const f = fixtures.at(-1) as string;
    const version = Number(/\d+/.exec(f)?.[0]);
    const work = tempDir('kontera-uppgradering-');
    const file = path.join(work, 'gammal.kontera');
    copyFileSync(path.join(dir, f), file);
    const { Session } = await import('../../electron/server/context.js');
    const { dispatch } = await import('../../electron/server/dispatch.js');
    const s = new Session();
    const opened = await dispatch(s, 'company.open', { path: file });
    expect(opened.ok).toBe(true);
    await dispatch(s, 'company.close', {});
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    raw.close();
    const backups = existsSync(defaultBackupDir(file)) ? readdirSync(defaultBackupDir(file)).filter((b) => b.endsWith('.kontera-backup')) : [];
    expect(backups.length).toBe(version < LATEST_VERSION ? 1 : 0);
  });
});
