/**
 * Migration 2: filed VAT returns and the company's VAT settings. Frozen: never edit after
 * release; add a new migration instead.
 *
 * vat_reports holds what was declared for a period (whole-krona boxes, as öre, in JSON) and the
 * momsomföring voucher that settled it. A filed return is a fact like a posted voucher: it is never
 * changed or removed, and two returns never cover the same day.
 */
export const up = `
CREATE TABLE vat_reports (
  id INTEGER PRIMARY KEY,
  period TEXT NOT NULL UNIQUE CHECK (length(period) BETWEEN 4 AND 10),
  from_date TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  to_date TEXT NOT NULL CHECK (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  boxes TEXT NOT NULL CHECK (json_valid(boxes) AND json_type(boxes) = 'object'),
  exact TEXT NOT NULL CHECK (json_valid(exact) AND json_type(exact) = 'object'),
  box49 INTEGER NOT NULL CHECK (box49 % 100 = 0),
  voucher_id INTEGER REFERENCES vouchers(id),
  reported_at TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  CHECK (to_date >= from_date),
  CHECK (json_extract(boxes, '$."49"') = box49)
) STRICT;

CREATE INDEX vat_reports_by_range ON vat_reports (from_date, to_date);

CREATE TRIGGER vat_reports_no_update BEFORE UPDATE ON vat_reports
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En inlämnad momsdeklaration kan inte ändras. Lämna en ny deklaration för perioden i stället.'); END;
CREATE TRIGGER vat_reports_no_delete BEFORE DELETE ON vat_reports
BEGIN SELECT RAISE(ABORT, 'KONTERA:immutable:En inlämnad momsdeklaration kan inte tas bort.'); END;
CREATE TRIGGER vat_reports_no_overlap BEFORE INSERT ON vat_reports
WHEN EXISTS (SELECT 1 FROM vat_reports WHERE from_date <= NEW.to_date AND to_date >= NEW.from_date)
BEGIN SELECT RAISE(ABORT, 'KONTERA:vat-already-reported:Momsen för perioden är redan redovisad och bokförd.'); END;
CREATE TRIGGER vat_reports_voucher_on_last_day BEFORE INSERT ON vat_reports
WHEN NEW.voucher_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM vouchers WHERE id = NEW.voucher_id AND date = NEW.to_date)
BEGIN SELECT RAISE(ABORT, 'KONTERA:vat-settlement-date:Momsomföringen ska vara daterad periodens sista dag.'); END;
CREATE TRIGGER vat_reports_logged AFTER INSERT ON vat_reports
BEGIN
  INSERT INTO audit_log (at, actor, action, details)
  VALUES (NEW.reported_at, NEW.reported_by, 'vat.reported',
          json_object('period', NEW.period, 'from', NEW.from_date, 'to', NEW.to_date, 'box49', NEW.box49, 'voucher', NEW.voucher_id));
END;

CREATE TABLE vat_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0,1)),
  contact_name TEXT CHECK (contact_name IS NULL OR length(contact_name) <= 35),
  contact_phone TEXT CHECK (contact_phone IS NULL OR length(contact_phone) <= 17),
  contact_email TEXT,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL
) STRICT;

CREATE TRIGGER vat_settings_logged_insert AFTER INSERT ON vat_settings
BEGIN
  INSERT INTO audit_log (at, actor, action, details)
  VALUES (NEW.changed_at, NEW.changed_by, 'vat.settings', json_object('exempt', NEW.exempt, 'contact', NEW.contact_name));
END;
CREATE TRIGGER vat_settings_logged_update AFTER UPDATE ON vat_settings
BEGIN
  INSERT INTO audit_log (at, actor, action, details)
  VALUES (NEW.changed_at, NEW.changed_by, 'vat.settings', json_object('exempt', NEW.exempt, 'contact', NEW.contact_name));
END;
`;
