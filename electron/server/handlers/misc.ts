import type { Handler } from './types.js';
import { done, refuse } from '../result.js';
import { listAudit, appendAudit } from '../../db/repos/audit.repo.js';
import { all, first, exec } from '../../db/connection.js';

export const auditList: Handler<'audit.list'> = (ctx, input) => {
  const r = listAudit(ctx.db(), input.offset, input.limit);
  return done({ total: r.total, rows: r.rows.map((x) => ({ id: x.id, at: x.at, actor: x.actor, action: x.action, details: JSON.parse(x.details) as unknown })) });
};

const draftDto = (r: { id: number; created_at: string; updated_at: string; content: string }) =>
  ({ id: r.id, createdAt: r.created_at, updatedAt: r.updated_at, content: JSON.parse(r.content) as Record<string, unknown> });

/** Drafts have no number: a number is taken only at posting, so discarded drafts leave no gap. */
export const saveDraft: Handler<'drafts.save'> = (ctx, input) => ctx.write((db) => {
  const now = ctx.clock.now();
  const content = JSON.stringify(input.content);
  if (input.id !== undefined) {
    if (!first(db, db.q.selectFrom('drafts').select('id').where('id', '=', input.id))) return refuse('not-found', 'Utkastet finns inte längre.');
    exec(db, db.q.updateTable('drafts').set({ content, updated_at: now }).where('id', '=', input.id));
    appendAudit(db, now, ctx.user, 'draft.saved', { id: input.id });
    return done(draftDto(first(db, db.q.selectFrom('drafts').selectAll().where('id', '=', input.id)) as never));
  }
  const id = Number(exec(db, db.q.insertInto('drafts').values({ content, created_at: now, updated_at: now })).lastInsertRowid);
  appendAudit(db, now, ctx.user, 'draft.saved', { id });
  return done(draftDto(first(db, db.q.selectFrom('drafts').selectAll().where('id', '=', id)) as never));
});

export const listDrafts: Handler<'drafts.list'> = (ctx) => done(all(ctx.db(), ctx.db().q.selectFrom('drafts').selectAll().orderBy('updated_at', 'desc')).map(draftDto));

export const discardDraft: Handler<'drafts.discard'> = (ctx, input) => ctx.write((db) => {
  const r = exec(db, db.q.deleteFrom('drafts').where('id', '=', input.id));
  if (!r.changes) return refuse('not-found', 'Utkastet finns inte.');
  appendAudit(db, ctx.clock.now(), ctx.user, 'draft.discarded', { id: input.id });
  return done({ discarded: true });
});
