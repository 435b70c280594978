import { type Db, exec, all, first } from '../connection.js';

/** Appends one entry to the behandlingshistorik. */
export function appendAudit(db: Db, at: string, actor: string, action: string, details: unknown): void {
  exec(db, db.q.insertInto('audit_log').values({ at, actor, action, details: JSON.stringify(details) }));
}

export function listAudit(db: Db, offset: number, limit: number) {
  const total = first(db, db.q.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  const rows = all(db, db.q.selectFrom('audit_log').selectAll().orderBy('id', 'desc').offset(offset).limit(limit));
  return { total, rows };
}
