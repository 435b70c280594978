import { type Db, all, first } from '../connection.js';
import type { Template } from '../../../shared/domain/templates/template.js';

export function insertTemplates(db: Db, templates: readonly Template[], builtin: boolean, now: string): void {
  const st = db.raw.prepare('INSERT INTO templates (name, form, builtin, description, lines, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const t of templates) st.run(t.name, t.form, builtin ? 1 : 0, t.description, encodeLines(t), now);
}

/**
 * The `lines` column holds the JSON array of lines; a template with a counterparty (one saved from
 * a voucher) holds `{"lines": [...], "counterparty": "..."}` instead, so no schema change is needed
 * and every file written before reads as it did.
 */
function encodeLines(t: Template): string {
  return t.counterparty ? JSON.stringify({ lines: t.lines, counterparty: t.counterparty }) : JSON.stringify(t.lines);
}

function decodeLines(json: string): { lines: Template['lines']; counterparty?: string } {
  const v = JSON.parse(json) as Template['lines'] | { lines: Template['lines']; counterparty?: string };
  if (Array.isArray(v)) return { lines: v };
  return { lines: v.lines, ...(v.counterparty ? { counterparty: v.counterparty } : {}) };
}

function toTemplate(r: { id: number; name: string; form: 'EF' | 'AB' | 'both'; builtin: number; description: string; lines: string }) {
  return { id: r.id, name: r.name, form: r.form, builtin: r.builtin === 1, description: r.description, ...decodeLines(r.lines) };
}

export function listTemplates(db: Db) {
  return all(db, db.q.selectFrom('templates').selectAll().orderBy('builtin', 'desc').orderBy('name')).map(toTemplate);
}

export function templateByName(db: Db, name: string) {
  const r = first(db, db.q.selectFrom('templates').selectAll().where('name', '=', name));
  return r ? toTemplate(r) : undefined;
}
