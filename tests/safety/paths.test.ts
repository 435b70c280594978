/**
 * The path rule (tests/safety/README.md): a path the user chose (CLI argument, file dialog) is
 * taken as given and resolved against the working folder, `..` included — it is the user's own
 * disk and rights — but Kontera never overwrites: a new company or an export refuses an existing
 * target. A name that comes from outside (an uploaded file's name) never becomes a path: only
 * its last component survives, in a safe alphabet, inside the upload folder.
 */
import { existsSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect, afterEach } from 'vitest';
import fc from 'fast-check';
import { safeName } from '../../electron/bridge/uploads.js';
import { newCompany, type TestCompany } from '../support/company.js';

let c: TestCompany | undefined;
afterEach(() => c?.cleanup());

describe('namn utifrån blir aldrig sökvägar', () => {
  it('safeName: ingen separator, ingen ledande punkt, stannar i mappen (fast-check, 500 fall)', () => {
    const hostile = fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('../../etc/passwd', '..\\..\\boot.ini', '/abs/x', 'C:\\x', '.', '..', '...', '\u0000', 'a/..', '.hidden', '..\u2215x'));
    fc.assert(fc.property(hostile, (name) => {
      const s = safeName(name);
      const inside = path.resolve('/uppladdning', s).startsWith('/uppladdning/');
      return s.length > 0 && s.length <= 120 && !/[\\/\u0000]/.test(s) && !s.startsWith('.') && inside;
    }), { seed: 7, numRuns: 500 });
    expect(safeName('../../etc/passwd')).toBe('passwd');
    expect(safeName('..')).toBe('fil');
  });
});

describe('sökvägar användaren valt', () => {
  it('ett nytt företag med .. i sökvägen hamnar där sökvägen pekar och skriver aldrig över', async () => {
    c = await newCompany();
    mkdirSync(path.join(c.dir, 'sub'));
    const via = path.join(c.dir, 'sub', '..', 'andra.kontera');
    const made = await c.call('company.create', { path: via, name: 'Andra AB', identity: '556000-0167', form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter' });
    expect(made.file).toBe(path.join(c.dir, 'andra.kontera'));
    const again = await c.raw('company.create', { path: path.join(c.dir, 'sub', '..', 'bolag.kontera'), name: 'X AB', identity: '556000-0167', form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter' });
    expect(again.ok ? null : again.error.code).toBe('file-exists');
  });

  it('en export med .. skriver aldrig över en befintlig fil', async () => {
    c = await newCompany();
    const victim = path.join(c.dir, 'viktig.txt');
    writeFileSync(victim, 'rör ej');
    mkdirSync(path.join(c.dir, 'ut'));
    const r = await c.raw('sie.export', { path: path.join(c.dir, 'ut', '..', 'viktig.txt') });
    expect(r.ok ? null : r.error.code).toBe('cannot-write');
    expect(readFileSync(victim, 'utf8')).toBe('rör ej');
    const ok = await c.call('sie.export', { path: path.join(c.dir, 'ut', '..', 'export.se') });
    expect(ok.path).toBe(path.join(c.dir, 'export.se'));
    expect(existsSync(path.join(c.dir, 'export.se'))).toBe(true);
  });
});
