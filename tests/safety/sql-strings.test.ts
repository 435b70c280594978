/**
 * No SQL built from strings: every value reaches SQLite as a bound parameter (kysely or a
 * prepared statement). This scans electron/ and shared/ and fails listing each offender. The
 * few reviewed exceptions interpolate no user data and say why below; interpolating only
 * SCREAMING_CASE module constants (e.g. an attached schema's name) is allowed by rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { scanSource, type Finding } from './sql/scan.js';

/** Reviewed interpolations: file, a snippet of the literal, and why it is safe. */
const REVIEWED: { file: string; snippet: string; why: string }[] = [
  { file: 'electron/db/connection.ts', snippet: 'EXPLAIN QUERY PLAN ${c.sql}', why: 'SQL text compiled by kysely; its values stay bound parameters' },
  { file: 'electron/db/migrate.ts', snippet: 'user_version = ${m.version}', why: 'integer from the frozen migration list; PRAGMA values cannot be bound' },
  { file: 'electron/db/migrate.ts', snippet: 'application_id = ${KONTERA_APPLICATION_ID}', why: 'compile-time integer constant' },
  { file: 'electron/db/repos/vat.repo.ts', snippet: 'IN (${marks})', why: 'a list of ? placeholders, one per bound VAT code' },
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** A module constant in SCREAMING_CASE (a schema name, a table list) cannot carry user data. */
const onlyConstants = (f: Finding) => f.kind === 'template' && f.exprs.length > 0 && f.exprs.every((e) => /^[A-Z][A-Z0-9_]*$/.test(e));
const reviewed = (f: Finding) => onlyConstants(f) || REVIEWED.some((r) => r.file === f.file && f.text.replace(/\s+/g, ' ').includes(r.snippet));

describe('ingen SQL byggd av strängar', () => {
  it('electron/ och shared/ binder alla värden som parametrar', () => {
    const files = [...walk('electron'), ...walk('shared')].map((f) => f.split(path.sep).join('/'));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) => scanSource(f, readFileSync(f, 'utf8'))).filter((f) => !reviewed(f));
    expect(offenders.map((o) => `${o.file}:${o.line} (${o.kind}) ${o.text.replace(/\s+/g, ' ').slice(0, 100)}`)).toEqual([]);
  });

  it('skannern hittar interpolation, sammanfogning och kyselys råa SQL men inte parametrar', () => {
    const src = [
      'db.prepare(`SELECT * FROM vouchers WHERE text = \'${input}\'`).all();',
      "db.raw.exec('DELETE FROM drafts WHERE id = ' + id);",
      'const q = sql.raw(userText);',
      'db.pragma(`key = ${password}`);',
      'db.prepare(`SELECT * FROM vouchers WHERE text = ?`).all(input);',
      "const s = sql.raw('CURRENT_TIMESTAMP'); // a literal is fine",
      '// db.prepare(`SELECT ${x}`) in a comment is ignored',
      'const label = `Verifikation ${n}`;',
      'db.prepare(`SELECT 1 FROM ${ARCHIVE_SCHEMA}.files WHERE sha256 = ?`);',
    ].join('\n');
    const found = scanSource('x.ts', src);
    expect(found.map((f) => [f.line, f.kind])).toEqual([[1, 'template'], [2, 'concat'], [3, 'kysely-raw'], [4, 'template'], [9, 'template']]);
    expect(found.map(onlyConstants)).toEqual([false, false, false, false, true]);
  });
});
