/** The year-end methods: defaults (the answers template), preview, the run, and a closed year's files again. */
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Handler } from './types.js';
import type { Ctx } from '../context.js';
import { done, refuse, refuseAll } from '../result.js';
import type { Db } from '../../db/connection.js';
import { yearEndRun } from '../../db/repos/closing.repo.js';
import { fiscalYearByStart, listFiscalYears } from '../../db/repos/fiscalYears.repo.js';
import { getCompany } from '../../db/repos/company.repo.js';
import { type YearEndContext, yearEndContext } from '../workflows/yearEndFacts.js';
import { type Built, buildYearEnd } from '../workflows/yearEndBuild.js';
import { postYearEnd } from '../workflows/yearEndRun.js';
import { writeYearEndFiles } from '../workflows/yearEndFiles.js';
import { verifyBooks } from '../workflows/verifyBooks.js';
import { ANSWER_FIELDS, answersTemplate } from '../../../shared/domain/closing/answerFields.js';
import type { YearEndAnswers } from '../../../shared/domain/closing/answers.js';
import type { YearEndResultDto } from '../../../shared/api/dto/closing.js';

type Refusal = { ok: false; error: { code: string; message: string; path?: string } };

function context(db: Db, start: string, wantClosed: boolean): YearEndContext | Refusal {
  const c = yearEndContext(db, start);
  if (!c) return refuse('no-fiscal-year', `Det finns inget räkenskapsår som börjar ${start}.`, { path: 'fiscalYear' });
  if (!wantClosed && c.fy.state === 'closed') return refuse('closing-year-closed', `Räkenskapsåret ${c.fy.start_date}–${c.fy.end_date} är redan avslutat. Filerna kan tas fram igen (year-end-documents).`, { path: 'fiscalYear' });
  if (wantClosed && c.fy.state !== 'closed') return refuse('closing-year-not-closed', `Räkenskapsåret ${c.fy.start_date}–${c.fy.end_date} är inte avslutat ännu. Gör bokslutet först.`, { path: 'fiscalYear' });
  if (!wantClosed && c.previous && c.previous.state === 'open' && hasOwnVouchers(db, c.previous.id)) {
    return refuse('closing-earlier-year-open', `Föregående räkenskapsår (${c.previous.start_date}–${c.previous.end_date}) är inte avslutat. Gör bokslutet för det först.`, { path: 'fiscalYear' });
  }
  return c;
}

function hasOwnVouchers(db: Db, fiscalYearId: number): boolean {
  return db.raw.prepare("SELECT 1 FROM vouchers WHERE fiscal_year_id = ? AND origin = 'kontera' LIMIT 1").get(fiscalYearId) !== undefined;
}

const isRefusal = (x: unknown): x is Refusal => typeof x === 'object' && x !== null && 'ok' in x && (x as Refusal).ok === false;

/** The nearest folder at or above `dir` that exists (the one a missing folder would be created in). */
function existingAncestor(dir: string): string {
  let d = path.resolve(dir);
  while (!existsSync(d) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
}

/**
 * The folders to write to: the given ones, or bokslut-<start>/ beside the company file when
 * writeFiles is set. Checked here (a folder, or one that can be created, and writable) but only
 * created by makeDirs once the run is to write, so a refused run leaves nothing behind.
 */
function dirsOf(ctx: Ctx, input: { fiscalYear: string; sruDir?: string | undefined; pdfDir?: string | undefined; writeFiles: boolean }): { sruDir?: string; pdfDir?: string } | Refusal {
  const base = path.join(path.dirname(ctx.db().path), `bokslut-${input.fiscalYear}`);
  const dirs = { ...(input.sruDir ?? (input.writeFiles ? path.join(base, 'sru') : undefined) ? { sruDir: input.sruDir ?? path.join(base, 'sru') } : {}),
    ...(input.pdfDir ?? (input.writeFiles ? base : undefined) ? { pdfDir: input.pdfDir ?? base } : {}) };
  for (const d of Object.values(dirs)) {
    try {
      const at = existingAncestor(d);
      if (!statSync(at).isDirectory()) throw new Error(`${at} är ingen mapp`);
      accessSync(at, constants.W_OK);
    } catch (e) {
      return refuse('cannot-write', `Kan inte skriva i mappen ${d}: ${(e as Error).message}. Välj en annan mapp.`, { path: 'sruDir' });
    }
  }
  return dirs;
}

function makeDirs(dirs: { sruDir?: string; pdfDir?: string }): void {
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
}

export const yearEndDefaults: Handler<'closing.yearEndDefaults'> = (ctx, input) => {
  const db = ctx.db();
  const c = getCompany(db);
  if (!c || !fiscalYearByStart(db, input.fiscalYear)) return refuse('no-fiscal-year', `Det finns inget räkenskapsår som börjar ${input.fiscalYear}.`, { path: 'fiscalYear' });
  return done({ fiscalYear: input.fiscalYear, form: c.form, template: answersTemplate(c.form, input.fiscalYear), fields: ANSWER_FIELDS.filter((f) => f.forms.includes(c.form)).map((f) => ({ ...f })) });
};

export const yearEndPreview: Handler<'closing.yearEndPreview'> = (ctx, input) => {
  const c = context(ctx.db(), input.fiscalYear, false);
  if (isRefusal(c)) return c;
  return done(buildYearEnd(c, input.answers, ctx.clock.now(), 'post').dto);
};

function result(built: Built, posted: { posted: YearEndResultDto['posted']; reversals: YearEndResultDto['reversalsPosted']; nextFiscalYear: string }, files: string[], pdfError: string | null, chainHead: string): YearEndResultDto {
  return { ...built.dto, posted: posted.posted, reversalsPosted: posted.reversals, nextFiscalYear: posted.nextFiscalYear, files, chainHead, pdfError };
}

export const yearEnd: Handler<'closing.yearEnd'> = async (ctx, input) => {
  const dirs = dirsOf(ctx, input);
  if (isRefusal(dirs)) return dirs;
  const now = ctx.clock.now();
  let built: Built | null = null;
  const r = ctx.write((db) => {
    const c = context(db, input.fiscalYear, false);
    if (isRefusal(c)) return c;
    built = buildYearEnd(c, input.answers, now, 'post', dirs.sruDir ? 'required' : 'optional');
    const blocking = built.dto.problems.filter((p) => !p.code.startsWith('sru-'));
    if (blocking.length) return refuseAll(blocking);
    if (dirs.sruDir && !built.dto.sru) return refuseAll(built.dto.problems);
    return postYearEnd(db, c, built, input.answers, now, ctx.user);
  });
  if (!r.ok) return r;
  if (!built) throw new Error('year-end built nothing');
  ctx.emit({ type: 'log', level: 'info', message: `Bokslutet för ${input.fiscalYear} är bokfört och året är avslutat.` });
  makeDirs(dirs);
  const written = await writeYearEndFiles((built as Built).dto, dirs);
  return done(result(built, r.value, written.files, written.pdfError, verifyBooks(ctx.db()).chainHead));
};

export const yearEndDocuments: Handler<'closing.yearEndDocuments'> = async (ctx, input) => {
  const db = ctx.db();
  const c = context(db, input.fiscalYear, true);
  if (isRefusal(c)) return c;
  const run = yearEndRun(db, c.fy.id);
  if (!run) return refuse('closing-year-not-closed', 'Året saknar ett bokslut i Kontera (det stängdes på annat sätt).', { path: 'fiscalYear' });
  const dirs = dirsOf(ctx, input);
  if (isRefusal(dirs)) return dirs;
  const built = buildYearEnd(c, JSON.parse(run.answers) as YearEndAnswers, ctx.clock.now(), 'documents');
  if (dirs.sruDir && !built.dto.sru) return refuseAll(built.dto.problems);
  makeDirs(dirs);
  const written = await writeYearEndFiles(built.dto, dirs);
  const summary = JSON.parse(run.summary) as { posted: YearEndResultDto['posted']; reversals: YearEndResultDto['reversalsPosted'] };
  const next = listFiscalYears(db).find((y) => y.start_date > c.fy.end_date)?.start_date ?? '';
  return done(result(built, { posted: summary.posted, reversals: summary.reversals, nextFiscalYear: next }, written.files, written.pdfError, run.chain_head));
};
