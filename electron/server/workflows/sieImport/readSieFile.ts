import { readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readSieBytes } from '../../sie/read.js';
import { buildImportPlan, type SieImportPlan } from '../../../../shared/domain/sie/plan.js';
import type { EventSink } from '../../../../shared/api/events.js';
import { type HandlerResult, done, refuse, refuseAll } from '../../result.js';

export const MAX_SIE_BYTES = 256 * 1024 * 1024;

export interface ReadSie {
  plan: SieImportPlan;
  encoding: string;
  sha256: string;
  fileName: string;
  warnings: { code: string; message: string; line?: number }[];
}

/** Reads, decodes and parses a SIE file; any error in the file refuses it with its line. */
export function readSieFile(file: string, emit: EventSink): HandlerResult<ReadSie> {
  const full = path.resolve(file);
  if (!existsSync(full)) return refuse('file-not-found', `SIE-filen ${full} finns inte.`, { path: 'path' });
  if (statSync(full).size > MAX_SIE_BYTES) {
    return refuse('sie-file-too-large', `SIE-filen är större än ${MAX_SIE_BYTES / 1024 / 1024} MB. Dela upp exporten per räkenskapsår.`, { path: 'path' });
  }
  const bytes = readFileSync(full);
  const read = readSieBytes(bytes, { onProgress: (done, total) => emit({ type: 'progress', job: 'sie.import', done, total, label: 'Läser SIE-filen' }) });
  if (read.errors.length > 0) return refuseAll(read.errors);
  const plan = buildImportPlan(read.doc);
  return done({
    plan, encoding: read.encoding, sha256: createHash('sha256').update(bytes).digest('hex'), fileName: path.basename(full),
    warnings: [...read.warnings, ...plan.warnings].map((w) => ({ code: w.code, message: w.message, ...(w.line ? { line: w.line } : {}) })),
  });
}
