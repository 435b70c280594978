import { type Db, all, first } from '../connection.js';
import type { Template } from '../../../shared/domain/templates/template.js';

export function insertTemplates(db: Db, templates: readonly Template[], builtin: boolean, now: string): void {
  const st = db.raw.prepare('INSERT INTO templates (name, form, builtin, description, lines, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const t of templates) st.run(t.name, t.form, builtin ? 1 : 0, t.description, JSON.stringify(t.lines), now);
}

function toTemplate(r: { id: number; name: string; form: 'EF' | 'AB' | 'both'; builtin: number; description: string; lines: string }) {
  return { id: r.id, name: r.name, form: r.form, builtin: r.builtin === 1, description: r.description, lines: JSON.parse(r.lines) as Template['lines'] };
}

export function listTemplates(db: Db) {
  return all(db, db.q.selectFrom('templates').selectAll().orderBy('builtin', 'desc').orderBy('name')).map(toTemplate);
}

export function templateByName(db: Db, name: string) {
  const r = first(db, db.q.selectFrom('templates').selectAll().where('name', '=', name));
  return r ? toTemplate(r) : undefined;
}
