/**
 * Some banks' "Excel" downloads are HTML tables saved with an .xls name. This reads the cell text
 * of every <tr> in document order; it is a tolerant tag scanner, not a full HTML parser.
 */
import type { BankTable } from './types.js';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}

function cellText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/**
 * True when the text looks like an HTML document or fragment with a table.
 * @example looksLikeHtml('<html><table>…') // true
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).toLowerCase();
  return /<(html|table|!doctype html)\b/.test(head);
}

/**
 * Rows of all tables; `lines` are the physical lines of each <tr>.
 * @example htmlTableRows('<table><tr><td>a</td><td>1&nbsp;000</td></tr></table>').rows // [['a', '1 000']]
 */
export function htmlTableRows(html: string): BankTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  const clean = html.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const trRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table\b|$)/gi;
  for (let m = trRe.exec(clean); m; m = trRe.exec(clean)) {
    const cells: string[] = [];
    const cellRe = /<t[dh]\b[^>]*>([\s\S]*?)(?=<t[dh]\b|<\/tr\b|$)/gi;
    const body = m[1] ?? '';
    for (let c = cellRe.exec(body); c; c = cellRe.exec(body)) cells.push(cellText((c[1] ?? '').replace(/<\/t[dh]>\s*$/i, '')));
    if (cells.length === 0) continue;
    rows.push(cells);
    lines.push(clean.slice(0, m.index).split('\n').length);
  }
  return { rows, lines };
}
