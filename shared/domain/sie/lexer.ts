/**
 * Splits one SIE line into a label and fields. Fields are separated by spaces or tabs; a field
 * may be quoted (`"a b"`), and inside quotes `\"` is a quote. A run of n backslashes before a
 * quote stands for n/2 backslashes (so a text ending in `\` can be written and read back); any
 * other backslash is literal, which keeps paths like `C:\Program` intact. `{…}` is an object list.
 */

export type SieToken =
  | { t: 'text'; v: string; quoted: boolean }
  | { t: 'list'; items: string[] };

export interface LexedLine {
  kind: 'record' | 'open' | 'close' | 'blank' | 'other';
  /** The label as written, with `#`, e.g. `#TRANS` (only for `record`). */
  label: string;
  fields: SieToken[];
  unterminatedQuote: boolean;
  unterminatedList: boolean;
}

const SP = 32;
const TAB = 9;
const QUOTE = 34;
const BSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;

function isWs(c: number): boolean {
  return c === SP || c === TAB || c === 13 || c === 0xfeff;
}

/**
 * Splits text into lines on CRLF, LF or a lone CR.
 * @example splitLines('a\r\nb\n') // ['a', 'b']
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface Cursor { s: string; i: number }

/** Reads a quoted field; the cursor stands on the opening quote. Returns the value and whether it closed. */
function readQuoted(cur: Cursor): { v: string; closed: boolean } {
  const { s } = cur;
  const close = s.indexOf('"', cur.i + 1);
  if (close >= 0 && s.lastIndexOf('\\', close) <= cur.i) {
    // Fast path: no backslash before the closing quote.
    const v = s.slice(cur.i + 1, close);
    cur.i = close + 1;
    return { v, closed: true };
  }
  let out = '';
  let i = cur.i + 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === BSLASH) {
      let n = 0;
      while (i < s.length && s.charCodeAt(i) === BSLASH) { n++; i++; }
      if (i < s.length && s.charCodeAt(i) === QUOTE) {
        out += '\\'.repeat(n >> 1);
        if (n % 2 === 1) { out += '"'; i++; continue; }
        cur.i = i + 1;
        return { v: out, closed: true };
      }
      out += '\\'.repeat(n);
      continue;
    }
    if (c === QUOTE) { cur.i = i + 1; return { v: out, closed: true }; }
    out += s[i];
    i++;
  }
  cur.i = i;
  return { v: out, closed: false };
}

function readBare(cur: Cursor, inList: boolean): string {
  const { s } = cur;
  const start = cur.i;
  let i = start;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isWs(c) || (inList && c === RBRACE)) break;
    i++;
  }
  cur.i = i;
  return s.slice(start, i);
}

function skipWs(cur: Cursor): void {
  while (cur.i < cur.s.length && isWs(cur.s.charCodeAt(cur.i))) cur.i++;
}

function readList(cur: Cursor, res: LexedLine): string[] {
  const items: string[] = [];
  cur.i++; // the `{`
  for (;;) {
    skipWs(cur);
    if (cur.i >= cur.s.length) { res.unterminatedList = true; return items; }
    const c = cur.s.charCodeAt(cur.i);
    if (c === RBRACE) { cur.i++; return items; }
    if (c === QUOTE) {
      const q = readQuoted(cur);
      if (!q.closed) res.unterminatedQuote = true;
      items.push(q.v);
    } else {
      items.push(readBare(cur, true));
    }
  }
}

/**
 * Lexes one line (without its line break).
 * @example lexLine('#TRANS 3020 {1 "STH-1"} -9000.00').fields[1] // { t: 'list', items: ['1', 'STH-1'] }
 */
export function lexLine(line: string): LexedLine {
  const res: LexedLine = { kind: 'blank', label: '', fields: [], unterminatedQuote: false, unterminatedList: false };
  const cur: Cursor = { s: line, i: 0 };
  skipWs(cur);
  if (cur.i >= line.length) return res;
  const first = line.charCodeAt(cur.i);
  if (first !== 35 /* # */) {
    const rest = line.slice(cur.i).trim();
    res.kind = rest === '{' ? 'open' : rest === '}' ? 'close' : 'other';
    return res;
  }
  res.kind = 'record';
  res.label = readBare(cur, false);
  for (;;) {
    skipWs(cur);
    if (cur.i >= line.length) break;
    const c = line.charCodeAt(cur.i);
    if (c === QUOTE) {
      const q = readQuoted(cur);
      if (!q.closed) res.unterminatedQuote = true;
      res.fields.push({ t: 'text', v: q.v, quoted: true });
    } else if (c === LBRACE) {
      res.fields.push({ t: 'list', items: readList(cur, res) });
    } else {
      res.fields.push({ t: 'text', v: readBare(cur, false), quoted: false });
    }
  }
  return res;
}

// SIE forbids control characters in fields; a writer turns them into spaces.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * Writes a value as one SIE field: bare when it is a plain word, otherwise quoted with `"` and
 * backslashes escaped so that {@link lexLine} reads back exactly `value` (control characters,
 * which SIE forbids, become spaces).
 * @example quoteField('Konsult "Fas 2"') // '"Konsult \\"Fas 2\\""'
 */
export function quoteField(value: string, forceQuotes = false): string {
  if (!forceQuotes && /^[^\s"{}\\\u0000-\u001f\u007f]+$/.test(value) && !value.startsWith('#')) return value;
  let out = '"';
  let run = 0;
  for (const ch of value.replace(CONTROL, ' ')) {
    if (ch === '\\') { run++; out += ch; continue; }
    if (ch === '"') { out += '\\'.repeat(run) + '\\"'; run = 0; continue; }
    run = 0;
    out += ch;
  }
  return out + '\\'.repeat(run) + '"';
}

/** The text of a field for places that want a scalar: an object list reads as its items joined. */
export function fieldText(tok: SieToken | undefined): string | undefined {
  if (tok === undefined) return undefined;
  return tok.t === 'text' ? tok.v : tok.items.join(' ');
}
