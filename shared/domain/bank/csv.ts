/**
 * CSV reading for bank exports: RFC 4180 quoting ("" inside quotes, separators and line breaks
 * inside quoted fields), any of CRLF/LF/CR, and dialect sniffing among `;`, `,` and TAB.
 */
import type { BankTable } from './types.js';

export type Separator = ';' | ',' | '\t';

const LINE_BREAKS = /\r\n|\r|\n/g;
const countBreaks = (s: string) => (s.match(LINE_BREAKS) ?? []).length;

/** Text of a quoted field starting at the opening quote `at`, and the index after its closing quote. */
function quoted(text: string, at: number): { value: string; end: number } {
  let value = '';
  let j = at + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return { value: value + text.slice(j), end: text.length };
    value += text.slice(j, q);
    if (text[q + 1] !== '"') return { value, end: q + 1 };
    value += '"';
    j = q + 2;
  }
}

/**
 * Splits CSV text into records; `lines` holds the 1-based physical line where each record starts.
 * A quote that does not open a field is kept as a literal character, as is text after a closing
 * quote. Fields are sliced, not built character by character, so large files stay cheap.
 * @example parseCsv('a;"b;c"\n1;2', ';').rows // [['a', 'b;c'], ['1', '2']]
 */
export function parseCsv(text: string, sep: Separator): BankTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  const delim = new RegExp(`[${sep === '\t' ? '\\t' : sep}\\r\\n]`, 'g');
  const nextDelim = (from: number) => {
    delim.lastIndex = from;
    return delim.exec(text)?.index ?? text.length;
  };
  let row: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  while (i < text.length) {
    let field: string;
    if (text[i] === '"') {
      const q = quoted(text, i);
      line += countBreaks(q.value);
      const k = nextDelim(q.end);
      field = q.value + text.slice(q.end, k);
      i = k;
    } else {
      const k = nextDelim(i);
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    const c = text[i];
    if (c === sep) {
      i++;
      if (i === text.length) row.push('');
      continue;
    }
    rows.push(row);
    lines.push(rowLine);
    row = [];
    if (c === '\r' && text[i + 1] === '\n') i++;
    i++;
    line++;
    rowLine = line;
  }
  if (row.length > 0) {
    rows.push(row);
    lines.push(rowLine);
  }
  return { rows, lines };
}

const CANDIDATES: Separator[] = [';', '\t', ','];

/**
 * Picks the separator whose split gives the most lines with one common field count (> 1) among
 * the first 40 non-empty lines; ties go to `;`, then TAB, then `,`.
 * @example sniffSeparator('Datum,Belopp\n2025-01-01,"1,50"') // ','
 */
export function sniffSeparator(text: string): Separator | null {
  const sample = text.slice(0, 65_536).split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, 40).join('\n');
  let best: Separator | null = null;
  let bestScore = 0;
  for (const sep of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const r of parseCsv(sample, sep).rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let score = 0;
    for (const [width, n] of counts) if (width > 1 && n > score) score = n;
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Repairs records that a bank wrote with raw (unquoted) line breaks inside a text field (seen in
 * Marginalen exports): consecutive short records are joined, the break kept inside the field,
 * when together they have exactly `width` fields. Full-width records are never touched.
 * @example mergeSplitRows({ rows: [['a', 'b'], ['1', 'x'], ['y', '2']], lines: [1, 2, 3] }, 0, 3).rows // [['a', 'b'], ['1', 'x\ny', '2']]
 */
export function mergeSplitRows(table: BankTable, headerIdx: number, width: number): BankTable {
  if (table.numeric) return table;
  const rows: string[][] = table.rows.slice(0, headerIdx + 1);
  const lines: number[] = table.lines.slice(0, headerIdx + 1);
  const short = (i: number) => i < table.rows.length && (table.rows[i]?.length ?? 0) < width;
  for (let r = headerIdx + 1; r < table.rows.length; r++) {
    const start = r;
    let merged = [...(table.rows[r] ?? [])];
    let end = r;
    while (merged.length < width && short(end + 1)) {
      const next = table.rows[end + 1] ?? [];
      const joined = [...merged.slice(0, -1), `${merged[merged.length - 1] ?? ''}\n${next[0] ?? ''}`, ...next.slice(1)];
      if (joined.length > width) break;
      merged = joined;
      end++;
    }
    const repaired = merged.length === width && end > start;
    rows.push(repaired ? merged : [...(table.rows[start] ?? [])]);
    lines.push(table.lines[start] ?? start + 1);
    if (repaired) r = end;
  }
  return { rows, lines };
}
