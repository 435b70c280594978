import type Database from 'better-sqlite3';

/**
 * Sets a fiscal year's state directly, past the triggers that let a year close only through a
 * year-end run and never reopen. Error-catalogue tests use it to put a year in the closed state
 * cheaply and put it back afterwards; the triggers are restored exactly as they were.
 */
export function setFiscalYearStateRaw(raw: Database.Database, state: 'open' | 'closed', start?: string): void {
  const triggers = raw
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'fiscal_years' AND sql IS NOT NULL")
    .all() as { name: string; sql: string }[];
  raw.transaction(() => {
    for (const t of triggers) raw.prepare(`DROP TRIGGER "${t.name.replaceAll('"', '""')}"`).run();
    if (start === undefined) raw.prepare('UPDATE fiscal_years SET state = ?').run(state);
    else raw.prepare('UPDATE fiscal_years SET state = ? WHERE start_date = ?').run(state, start);
    for (const t of triggers) raw.prepare(t.sql).run();
  })();
}
