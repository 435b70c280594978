/**
 * Writes SIE 4E text: #FLAGGA 0, #FORMAT PC8, #SIETYP 4, org.nr as NNNNNN-NNNN, numeric fields
 * bare, texts quoted and escaped, CRLF, wrapped in #KSUMMA. The checksum is computed from the very
 * tokens that are written, so it always verifies once the text is encoded as CP437.
 */
import { toCompact } from '../dates/isoDate.js';
import { parseIdentity } from '../identity/identity.js';
import { formatSieAmount } from './amount.js';
import { type SieToken, quoteField } from './lexer.js';
import { feedKsumma, finishKsumma, startKsumma } from './ksumma.js';
import type { SieExportData, SieExportRow, SieExportVoucher } from './exportData.js';
import type { SieObjectRef } from './types.js';

type Field = SieToken | null;
interface Rec { label: string; fields: SieToken[] }

const CONTROL = /[\u0000-\u001f\u007f]/g;
/** Quoted only when the value needs it (spaces, quotes, empty). */
const plain = (v: string | number): SieToken => ({ t: 'text', v: String(v).replace(CONTROL, ' '), quoted: false });
/** Always quoted: names and texts. */
const quoted = (v: string): SieToken => ({ t: 'text', v: v.replace(CONTROL, ' '), quoted: true });
const list = (objs: SieObjectRef[]): SieToken => ({ t: 'list', items: objs.flatMap((o) => [String(o.dim), o.id.replace(CONTROL, ' ')]) });
const opt = (v: string | null | undefined, make: (s: string) => SieToken = quoted): Field => (v === null || v === undefined ? null : make(v));

/** Drops trailing absent fields; an absent field before a present one is written as `""`. */
function rec(label: string, ...fields: Field[]): Rec {
  let n = fields.length;
  while (n > 0 && fields[n - 1] === null) n--;
  return { label, fields: fields.slice(0, n).map((f) => f ?? quoted('')) };
}

function serialize(r: Rec): string {
  let s = r.label;
  for (const f of r.fields) {
    if (f.t === 'list') {
      s += ' {' + f.items.map((it, i) => (i % 2 === 0 ? it : quoteField(it, true))).join(' ') + '}';
    } else {
      s += ' ' + quoteField(f.v, f.quoted);
    }
  }
  return s;
}

function orgnr(raw: string): string {
  const id = parseIdentity(raw);
  return id.ok ? id.value.display : raw;
}

function header(d: SieExportData): Rec[] {
  const c = d.company;
  const out: Rec[] = [
    rec('#PROGRAM', quoted(d.program.name), plain(d.program.version)),
    rec('#FORMAT', plain('PC8')),
    rec('#GEN', plain(toCompact(d.generated)), opt(d.generatedBy)),
    rec('#SIETYP', plain(4)),
    ...d.prosa.map((p) => rec('#PROSA', quoted(p))),
  ];
  if (c.ftyp) out.push(rec('#FTYP', plain(c.ftyp)));
  if (c.fnr) out.push(rec('#FNR', quoted(c.fnr)));
  if (c.orgnr) out.push(rec('#ORGNR', plain(orgnr(c.orgnr)), opt(c.acquisitionNo, plain), opt(c.activityNo, plain)));
  if (c.bkod) out.push(rec('#BKOD', plain(c.bkod)));
  if (c.address) out.push(rec('#ADRESS', quoted(c.address.contact), quoted(c.address.street), quoted(c.address.postal), quoted(c.address.phone)));
  out.push(rec('#FNAMN', quoted(c.name)));
  for (const y of d.fiscalYears) {
    out.push(rec('#RAR', plain(y.index), y.start ? plain(toCompact(y.start)) : null, y.end ? plain(toCompact(y.end)) : null));
  }
  if (d.taxYear) out.push(rec('#TAXAR', plain(d.taxYear)));
  if (d.omfattn) out.push(rec('#OMFATTN', plain(toCompact(d.omfattn))));
  if (d.chartType) out.push(rec('#KPTYP', plain(d.chartType)));
  if (d.currency) out.push(rec('#VALUTA', plain(d.currency)));
  return out;
}

function chart(d: SieExportData): Rec[] {
  const out: Rec[] = [];
  for (const a of d.accounts) {
    if (a.name !== null) out.push(rec('#KONTO', plain(a.number), quoted(a.name)));
    if (a.type) out.push(rec('#KTYP', plain(a.number), plain(a.type)));
    if (a.unit) out.push(rec('#ENHET', plain(a.number), quoted(a.unit)));
    for (const s of a.sru) out.push(rec('#SRU', plain(a.number), plain(s)));
  }
  for (const x of d.dimensions) {
    out.push(x.parent === null ? rec('#DIM', plain(x.dim), quoted(x.name)) : rec('#UNDERDIM', plain(x.dim), quoted(x.name), plain(x.parent)));
  }
  for (const o of d.objects) out.push(rec('#OBJEKT', plain(o.dim), quoted(o.id), quoted(o.name)));
  return out;
}

function balances(d: SieExportData): Rec[] {
  const q = (s: string | null) => opt(s, plain);
  return [
    ...d.balances.map((b) => rec(`#${b.kind}`, plain(b.yearIndex), plain(b.account), plain(formatSieAmount(b.amount)), q(b.quantity))),
    ...d.objectBalances.map((b) => rec(`#${b.kind}`, plain(b.yearIndex), plain(b.account), list(b.objects), plain(formatSieAmount(b.amount)), q(b.quantity))),
    ...d.periodBalances.map((b) => rec(`#${b.kind}`, plain(b.yearIndex), plain(b.period.replace('-', '')), plain(b.account), list(b.objects), plain(formatSieAmount(b.amount)), q(b.quantity))),
  ];
}

function row(r: SieExportRow): Rec {
  return rec(`#${r.kind}`, plain(r.account), list(r.objects), plain(formatSieAmount(r.amount)),
    r.transDate ? plain(toCompact(r.transDate)) : null, opt(r.text || null), opt(r.quantity, plain), opt(r.sign || null));
}

function voucher(v: SieExportVoucher): (Rec | '{' | '}')[] {
  const number = v.number === null ? quoted('') : plain(v.number);
  return [
    rec('#VER', plain(v.series), number, plain(toCompact(v.date)), quoted(v.text), v.regDate ? plain(toCompact(v.regDate)) : null, opt(v.sign)),
    '{', ...v.rows.map(row), '}',
  ];
}

/**
 * SIE 4E text in pieces of whole lines (CRLF), so that a year of books can be encoded and written
 * as it is produced instead of held in memory; `d.vouchers` may be a lazy iterable. The pieces
 * joined are exactly writeSie4E's text.
 */
export function* sie4EChunks(d: SieExportData, linesPerChunk = 4096): Generator<string> {
  const run = startKsumma(2);
  let lines = ['#FLAGGA 0', '#KSUMMA'];
  const flush = function* (): Generator<string> {
    if (lines.length > 0) yield lines.join('\r\n') + '\r\n';
    lines = [];
  };
  const put = function* (r: Rec | '{' | '}'): Generator<string> {
    if (typeof r === 'string') lines.push(r);
    else {
      feedKsumma(run, r.label, r.fields);
      lines.push(serialize(r));
    }
    if (lines.length >= linesPerChunk) yield* flush();
  };
  for (const r of [...header(d), ...chart(d), ...balances(d)]) yield* put(r);
  for (const v of d.vouchers) for (const r of voucher(v)) yield* put(r);
  lines.push(`#KSUMMA ${finishKsumma(run).computed}`);
  yield* flush();
}

/**
 * SIE 4E text with CRLF line ends, to be encoded as CP437 (electron/server/sie/encode.ts).
 * @example writeSie4E(data).startsWith('#FLAGGA 0\r\n#KSUMMA\r\n#PROGRAM "Kontera"') // true
 */
export function writeSie4E(d: SieExportData): string {
  return [...sie4EChunks(d)].join('');
}
