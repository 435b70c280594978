/**
 * Reads voucher blocks: `#VER …` then `{`, the rows, then `}`. Rows outside a block, blocks that
 * never close and vouchers without a valid date are errors that name the line.
 */
import type { SieToken } from './lexer.js';
import { type ParseCtx, account, amount, date, error, objects, quantity, str, warn } from './fields.js';
import { fromCompact, isIsoDate } from '../dates/isoDate.js';
import type { RowKind, SieRow, SieVoucher } from './types.js';

export interface VoucherState {
  /** Read a #VER, waiting for its `{`. `keep` is false when the header was refused. */
  pending: { v: SieVoucher; keep: boolean } | null;
  open: { v: SieVoucher; keep: boolean } | null;
}

export function newVoucherState(): VoucherState {
  return { pending: null, open: null };
}

export function voucherName(v: Pick<SieVoucher, 'series' | 'number'>): string {
  const id = [v.series, v.number ?? ''].filter((s) => s !== '').join(' ');
  return id === '' ? 'Verifikationen (utan nummer)' : `Verifikationen ${id}`;
}

function finish(ctx: ParseCtx, s: { v: SieVoucher; keep: boolean }, endLine: number): void {
  s.v.endLine = endLine;
  if (s.keep) ctx.doc.vouchers.push(s.v);
}

/** Closes whatever is pending or open when a new #VER or the end of the file arrives. */
export function flushVouchers(ctx: ParseCtx, st: VoucherState, atEof: boolean): void {
  if (st.open) {
    const v = st.open.v;
    ctx.errors.push({
      code: 'sie-unclosed-voucher',
      message: `${voucherName(v)} på rad ${v.line} avslutas aldrig med "}"${atEof ? ' före filens slut' : ` före rad ${ctx.line}`}. Filen verkar avkortad eller trasig; exportera den igen.`,
      line: v.line,
    });
    finish(ctx, st.open, ctx.line);
    st.open = null;
  }
  if (st.pending) {
    finish(ctx, st.pending, st.pending.v.line);
    st.pending = null;
  }
}

export function readVer(ctx: ParseCtx, st: VoucherState, fields: SieToken[]): void {
  flushVouchers(ctx, st, false);
  const errorsBefore = ctx.errors.length;
  let f = fields;
  if (/^\d+$/.test(str(f, 0)) && fromCompact(str(f, 1)) && !fromCompact(str(f, 2))) {
    // Series left out instead of written "" (seen in real files): number and date come first.
    warn(ctx, 'sie-missing-field', 'verifikationsserien saknas (ska skrivas ""); raden läses som nummer och datum');
    f = [{ t: 'text', v: '', quoted: true }, ...f];
  }
  const number = str(f, 1);
  const d = date(ctx, f[2], 'verifikationsdatum', true);
  const v: SieVoucher = {
    series: str(f, 0),
    number: number === '' ? null : number,
    date: d ?? ('0000-00-00' as SieVoucher['date']),
    text: str(f, 3),
    regDate: date(ctx, f[4], 'registreringsdatum', false),
    sign: str(f, 5) || null,
    rows: [],
    line: ctx.line,
    endLine: ctx.line,
  };
  st.pending = { v, keep: ctx.errors.length === errorsBefore };
}

export function readOpen(ctx: ParseCtx, st: VoucherState): void {
  if (st.pending && !st.open) {
    st.open = st.pending;
    st.pending = null;
  } else {
    warn(ctx, 'sie-stray-line', '"{" utan föregående #VER hoppas över');
  }
}

export function readClose(ctx: ParseCtx, st: VoucherState): void {
  if (st.open) {
    finish(ctx, st.open, ctx.line);
    st.open = null;
  } else {
    warn(ctx, 'sie-stray-line', '"}" utan öppen verifikation hoppas över');
  }
}

/** A #TRANS, #RTRANS or #BTRANS row: `konto {objekt} belopp [datum] [text] [kvantitet] [sign]`. */
export function readRow(ctx: ParseCtx, st: VoucherState, kind: RowKind, f: SieToken[]): void {
  if (!st.open) {
    error(ctx, 'sie-trans-outside-ver', 'raden står utanför en verifikation (#VER följd av "{" … "}")');
    return;
  }
  const a = account(ctx, f[0]);
  // The object list must be present, but a writer that left it out still puts the amount next.
  const at = f[1]?.t === 'list' ? 2 : 1;
  if (at === 1) warn(ctx, 'sie-missing-field', 'objektlistan {} saknas; raden läses ändå');
  const amt = amount(ctx, f[at]);
  if (a === null || amt === null) {
    st.open.keep = false;
    return;
  }
  const row: SieRow = {
    kind, account: a, objects: objects(ctx, f[1]), amount: amt, transDate: null, text: null,
    quantity: null, sign: null, line: ctx.line,
  };
  readRowTail(ctx, row, f, at + 1);
  st.open.v.rows.push(row);
}

function readRowTail(ctx: ParseCtx, row: SieRow, f: SieToken[], i: number): void {
  const d = str(f, i);
  if (d !== '' && !/^\d+$/.test(d) && !isIsoDate(d)) {
    // Seen in real files: the date left out and the text moved into its place.
    warn(ctx, 'sie-trans-date-as-text', `transaktionsdatum saknas och "${d}" läses som radens text`);
    row.text = d;
    row.quantity = quantity(ctx, f[i + 1]);
    row.sign = str(f, i + 2) || null;
    return;
  }
  row.transDate = date(ctx, f[i], 'transaktionsdatum', false);
  row.text = str(f, i + 1) || null;
  row.quantity = quantity(ctx, f[i + 2]);
  row.sign = str(f, i + 3) || null;
}
