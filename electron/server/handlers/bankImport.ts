/** bank.preview and bank.import: the preview shows the plan; the import applies exactly that plan. */
import type { Handler } from './types.js';
import { done, refuse } from '../result.js';
import { backupTo, defaultBackupDir } from '../../db/backup.js';
import { loadBankFile, type LoadedBankFile } from '../workflows/bankFile.js';
import { planImport, type ImportPlan } from '../workflows/bankImportPlan.js';
import { writeImport } from '../workflows/bankImportWrite.js';
import { formatName } from '../../../shared/domain/bank/parse.js';
import { encodingLabel } from '../bank/decode.js';
import type { BankImportDto, BankPreviewDto } from '../../../shared/api/dto/bank.js';

type FileInput = { path: string; account?: string | undefined; statement?: number | undefined; numberStyle?: 'comma' | 'point' | undefined };

const load = (input: FileInput) => loadBankFile(input.path, input.numberStyle ? { numberStyle: input.numberStyle } : {});

function previewDto(file: LoadedBankFile, p: ImportPlan): BankPreviewDto {
  const selected = new Set(p.selected);
  return {
    file: file.path, sha256: file.sha256, format: p.format, formatName: formatName(p.format), encoding: file.read.encoding ?? null, encodingLabel: encodingLabel(file.read.encoding),
    account: p.account, accountName: p.accountName, newAccount: p.newAccount, alreadyImported: p.alreadyImported,
    statements: file.read.statements.map((s, i) => {
      const dates = s.rows.map((r) => r.bookingDate).sort();
      return {
        part: i + 1, selected: selected.has(i), sourceAccount: s.account ?? null, currency: s.currency, firstDate: dates[0] ?? null,
        lastDate: dates.at(-1) ?? null, opening: s.openingBalance ?? null, closing: s.closingBalance ?? null, rows: s.rows.length,
      };
    }),
    rows: p.incoming.map((r, k) => {
      const d = p.plan.decisions[k]!;
      const b = r.row;
      return {
        part: r.part, line: b.line, date: b.bookingDate, amount: b.amount, balance: b.balance ?? null, text: b.text, reference: b.reference ?? null,
        counterparty: b.counterparty ?? null, currency: b.currency, originalAmount: b.originalAmount ?? null, originalCurrency: b.originalCurrency ?? null,
        decision: d.kind, duplicateOf: d.kind === 'duplicate' ? p.existingIds[d.existing] ?? null : null, shiftedDays: d.kind === 'duplicate' ? d.shiftedDays : null,
      };
    }),
    skippedRows: p.skipped,
    summary: { rows: p.incoming.length + p.skipped.length, imported: p.plan.newRows.length, duplicates: p.plan.duplicates, skipped: p.skipped.length },
    warnings: p.warnings,
    fingerprint: p.fingerprint,
  };
}

export const bankPreview: Handler<'bank.preview'> = async (ctx, input) => {
  const file = await load(input);
  if (!file.ok) return file;
  const p = planImport(ctx.db(), file.value, input);
  return p.ok ? done(previewDto(file.value, p.value)) : p;
};

const stale = () => refuse('bank-preview-stale', 'Kontot eller filen har ändrats sedan förhandsgranskningen, så importen skulle inte bli den du såg. Förhandsgranska igen och importera sedan.', { path: 'expect' });

/**
 * Imports a statement: plan outside (to skip the backup when nothing is new), automatic backup,
 * then the plan is recomputed inside one write transaction and applied only if it is the plan
 * the caller saw (`expect`, the preview's fingerprint).
 */
export const bankImport: Handler<'bank.import'> = async (ctx, input) => {
  const file = await load(input);
  if (!file.ok) return file;
  const before = planImport(ctx.db(), file.value, input);
  if (!before.ok) return before;
  if (input.expect && before.value.fingerprint !== input.expect) return stale();
  let backup: string | null = null;
  if (before.value.plan.newRows.length > 0 && !before.value.alreadyImported) {
    try {
      backup = (await backupTo(ctx.db(), defaultBackupDir(ctx.db().path), ctx.clock.now(), 'före bankimport')).path;
    } catch {
      return refuse('cannot-write', `Säkerhetskopian före importen kunde inte skrivas i ${defaultBackupDir(ctx.db().path)}. Inget importerades; kontrollera att mappen går att skriva i.`);
    }
  }
  return ctx.write<BankImportDto>((db) => {
    const p = planImport(db, file.value, input);
    if (!p.ok) return p;
    if (input.expect && p.value.fingerprint !== input.expect) return stale();
    const w = writeImport(db, p.value, file.value, ctx.clock.now(), ctx.user);
    ctx.emit({ type: 'progress', job: 'bank.import', done: p.value.incoming.length, total: p.value.incoming.length, label: 'Bankimport' });
    return done({
      format: p.value.format, account: p.value.account, rows: p.value.incoming.length + w.skipped, imported: w.imported, duplicates: w.duplicates,
      skipped: w.skipped, statementIds: w.statementIds, alreadyImported: p.value.alreadyImported, backup, fingerprint: p.value.fingerprint, warnings: p.value.warnings,
    });
  });
};
