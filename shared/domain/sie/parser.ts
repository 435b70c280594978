/**
 * Reads SIE 1–4 text into a {@link SieDocument}. Never throws: whatever the input, the result is a
 * document plus line-numbered errors (which refuse the file) and warnings (which do not).
 */
import { type LexedLine, lexLine, splitLines } from './lexer.js';
import type { ParseCtx } from './fields.js';
import { RECORD_HANDLERS } from './records.js';
import { type VoucherState, flushVouchers, newVoucherState, readClose, readOpen, readRow, readVer } from './voucherReader.js';
import { checkKsumma, feedKsumma, finishKsumma, parseDeclaredKsumma, startKsumma, type KsummaRun } from './ksumma.js';
import { sniffSie } from './sniff.js';
import { checkDocument } from './validate.js';
import { emptyDocument, type SieParseResult } from './types.js';

const ROWS = { '#TRANS': 'TRANS', '#RTRANS': 'RTRANS', '#BTRANS': 'BTRANS' } as const;

interface Reader {
  ctx: ParseCtx;
  vouchers: VoucherState;
  ksumma: KsummaRun | null;
  unknown: Map<string, { line: number; count: number }>;
  /** Records with a label this reader knows; none at all means the text is not SIE. */
  known: number;
}

export interface ParseOptions {
  /** Called every {@link PROGRESS_EVERY} lines and once at the end, for long imports. */
  onProgress?: (linesRead: number, totalLines: number) => void;
}

export const PROGRESS_EVERY = 20_000;

/**
 * Parses SIE text (already decoded; see electron/server/sie/decode.ts).
 * @example parseSie('#FLAGGA 0\n#SIETYP 4\n#FNAMN "AB"').doc.companyName?.value // 'AB'
 */
export function parseSie(text: string, options: ParseOptions = {}): SieParseResult {
  const doc = emptyDocument();
  const notSie = sniffSie(text);
  if (notSie) return { doc, errors: [notSie], warnings: [] };
  const ctx: ParseCtx = { doc, errors: [], warnings: [], line: 0, label: '', warnedOnce: new Set(), dates: new Map() };
  const r: Reader = { ctx, vouchers: newVoucherState(), ksumma: null, unknown: new Map(), known: 0 };
  const lines = splitLines(text);
  doc.lineCount = lines.length;
  for (let i = 0; i < lines.length; i++) {
    ctx.line = i + 1;
    readLine(r, lexLine(lines[i]!));
    if (options.onProgress && ctx.line % PROGRESS_EVERY === 0) options.onProgress(ctx.line, lines.length);
  }
  options.onProgress?.(lines.length, lines.length);
  ctx.line = lines.length;
  flushVouchers(ctx, r.vouchers, true);
  if (r.known === 0) {
    return { doc, errors: [{ code: 'not-sie', message: 'Filen innehåller inga kända SIE-poster (#FLAGGA, #KONTO, #VER …) och är ingen SIE-fil av typ 1–4.', line: 1 }], warnings: [] };
  }
  finish(r);
  return { doc, errors: ctx.errors, warnings: ctx.warnings };
}

function readLine(r: Reader, lx: LexedLine): void {
  const { ctx } = r;
  if (lx.kind === 'blank') return;
  if (lx.kind === 'open') { ctx.label = '{'; return readOpen(ctx, r.vouchers); }
  if (lx.kind === 'close') { ctx.label = '}'; return readClose(ctx, r.vouchers); }
  if (lx.kind === 'other') {
    ctx.warnings.push({ code: 'sie-stray-line', message: `Rad ${ctx.line} är ingen SIE-post och hoppas över.`, line: ctx.line });
    return;
  }
  const label = lx.label.toUpperCase();
  ctx.label = label;
  if (lx.unterminatedQuote) ctx.warnings.push({ code: 'sie-unterminated-quote', message: `Rad ${ctx.line} (${label}): ett citattecken avslutas aldrig; resten av raden läses som ett fält.`, line: ctx.line });
  if (lx.unterminatedList) {
    ctx.errors.push({ code: 'sie-unterminated-list', message: `Rad ${ctx.line} (${label}): objektlistan som börjar med "{" avslutas aldrig med "}".`, line: ctx.line });
    return;
  }
  if (label === '#KSUMMA') {
    r.ksumma = readKsumma(ctx, r.ksumma, lx.fields[0]?.t === 'text' ? lx.fields[0].v : undefined);
    return;
  }
  if (r.ksumma) feedKsumma(r.ksumma, lx.label, lx.fields);
  const handler = RECORD_HANDLERS[label];
  if (handler) { r.known++; return handler(ctx, lx.fields); }
  if (label === '#VER') { r.known++; return readVer(ctx, r.vouchers, lx.fields); }
  if (label in ROWS) { r.known++; return readRow(ctx, r.vouchers, ROWS[label as keyof typeof ROWS], lx.fields); }
  const u = r.unknown.get(label);
  if (u) u.count++;
  else {
    r.unknown.set(label, { line: ctx.line, count: 1 });
    ctx.doc.unknownLabels.push({ label, line: ctx.line });
  }
}

/** Unknown labels, the checksum and the whole-document checks, once every line is read. */
function finish(r: Reader): void {
  const { ctx } = r;
  const { doc } = ctx;
  if (r.ksumma && doc.ksumma === null) doc.ksumma = { declared: null, closeLine: null, ...finishKsumma(r.ksumma) };
  for (const [label, u] of r.unknown) {
    ctx.warnings.push({ code: 'sie-unknown-label', message: `Etiketten ${label} (rad ${u.line}${u.count > 1 ? ` och ${u.count - 1} till` : ''}) är okänd och hoppas över.`, line: u.line });
  }
  if (doc.ksumma) {
    for (const p of checkKsumma(doc.ksumma)) (p.code === 'sie-ksumma-mismatch' ? ctx.errors : ctx.warnings).push(p);
  }
  checkDocument(doc, ctx.errors, ctx.warnings);
}

/** The first bare #KSUMMA opens the checksum range; a #KSUMMA with a value closes it. */
function readKsumma(ctx: ParseCtx, run: KsummaRun | null, value: string | undefined): KsummaRun | null {
  if (value === undefined || value === '') {
    return run === null && ctx.doc.ksumma === null ? startKsumma(ctx.line) : run;
  }
  if (run === null) {
    ctx.warnings.push({ code: 'sie-ksumma-unclosed', message: `Rad ${ctx.line}: #KSUMMA ${value} saknar ett inledande #KSUMMA; kontrollsumman kan inte kontrolleras.`, line: ctx.line });
    return null;
  }
  const declared = parseDeclaredKsumma(value);
  if (declared === null) {
    ctx.errors.push({ code: 'sie-ksumma-mismatch', message: `Rad ${ctx.line}: kontrollsumman "${value}" är inget tal.`, line: ctx.line });
    return null;
  }
  ctx.doc.ksumma = { declared, closeLine: ctx.line, ...finishKsumma(run) };
  return null;
}
