/**
 * Migration 6: month close and year-end. Frozen once released; add a new migration instead.
 *
 * - closing_settings: the company's size class, which decides bokföringslagen's time limits.
 * - closing_assets: the asset register (anläggningsregister). Append-only: an entry is a fact
 *   the year-ends rely on.
 * - year_end_runs: one per closed fiscal year: the answers used and what was posted and written,
 *   with the chain head at closing. Append-only.
 * - A fiscal year is closed only by a year-end run and never opened again; both are logged.
 */
export const up = `
CREATE TABLE closing_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  size_class TEXT NOT NULL CHECK (size_class IN ('standard','small','micro','micro-ef')),
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL
) STRICT;

CREATE TRIGGER closing_settings_logged_insert AFTER INSERT ON closing_settings
BEGIN
  INSERT INTO audit_log (at, actor, action, details)
  VALUES (NEW.changed_at, NEW.changed_by, 'closing.settings', json_object('sizeClass', NEW.size_class));
END;
CREATE TRIGGER closing_settings_logged_update AFTER UPDATE ON closing_settings
BEGIN
  INSERT INTO audit_log (at, actor, action, details)
  VALUES (NEW.changed_at, NEW.changed_by, 'closing.settings', json_object('sizeClass', NEW.size_class, 'was', OLD.size_class));
END;

CREATE TABLE closing_assets (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 60),
  name TEXT NOT NULL CHECK (length(name) > 0),
  acquired TEXT NOT NULL CHECK (acquired GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  cost INTEGER NOT NULL CHECK (cost >= 0),
  life_years INTEGER NOT NULL CHECK (life_years BETWEEN 1 AND 100),
  method TEXT NOT NULL CHECK (method IN ('auto','plan','direct')),
  asset_account TEXT NOT NULL CHECK (asset_account GLOB '1[0-2][0-9][0-9]'),
  accumulated_account TEXT,
  depreciation_account TEXT,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL
) STRICT;

CREATE TRIGGER closing_assets_no_update BEFORE UPDATE ON closing_assets
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En post i anläggningsregistret kan inte ändras. Lägg till en ny post i stället.'); END;
CREATE TRIGGER closing_assets_no_delete BEFORE DELETE ON closing_assets
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En post i anläggningsregistret kan inte tas bort.'); END;
CREATE TRIGGER closing_assets_logged AFTER INSERT ON closing_assets
BEGIN
  INSERT INTO audit_log (at, actor, action, details)
  VALUES (NEW.added_at, NEW.added_by, 'closing.asset', json_object('id', NEW.id, 'name', NEW.name, 'cost', NEW.cost, 'acquired', NEW.acquired));
END;

CREATE TABLE year_end_runs (
  id INTEGER PRIMARY KEY,
  fiscal_year_id INTEGER NOT NULL UNIQUE REFERENCES fiscal_years(id),
  answers TEXT NOT NULL CHECK (json_valid(answers)),
  summary TEXT NOT NULL CHECK (json_valid(summary)),
  chain_head TEXT NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL
) STRICT;

CREATE TRIGGER year_end_runs_no_update BEFORE UPDATE ON year_end_runs
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Ett genomfört bokslut kan inte ändras.'); END;
CREATE TRIGGER year_end_runs_no_delete BEFORE DELETE ON year_end_runs
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:Ett genomfört bokslut kan inte tas bort.'); END;

CREATE TRIGGER fiscal_years_stay_closed BEFORE UPDATE OF state ON fiscal_years
WHEN OLD.state = 'closed' AND NEW.state <> 'closed'
BEGIN SELECT RAISE(ABORT, 'KONTERA:fiscal-year-closed:Ett avslutat räkenskapsår kan inte öppnas igen. Bokför rättelser i det öppna året.'); END;
CREATE TRIGGER fiscal_years_close_needs_year_end BEFORE UPDATE OF state ON fiscal_years
WHEN NEW.state = 'closed' AND OLD.state <> 'closed' AND NOT EXISTS (SELECT 1 FROM year_end_runs WHERE fiscal_year_id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'KONTERA:closing-year-end-missing:Ett räkenskapsår stängs genom bokslutet (year-end).'); END;
CREATE TRIGGER fiscal_years_close_logged AFTER UPDATE OF state ON fiscal_years
WHEN NEW.state <> OLD.state
BEGIN
  INSERT INTO audit_log (at, actor, action, details)
  SELECT r.at, r.by, 'year.closed', json_object('fiscalYear', NEW.start_date, 'chainHead', r.chain_head)
  FROM year_end_runs r WHERE r.fiscal_year_id = NEW.id;
END;
`;
