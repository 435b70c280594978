/**
 * The VAT breakdown table: a header such as "Moms% Moms Netto Brutto", "Moms Moms Netto Totalt"
 * (H&M) or "MOMSSATS EXKL MOMS MOMS INKL MOMS" (Åhlens), then one row of numbers per rate and
 * perhaps a "Totalt" row. The header gives the order of the columns.
 */
import { type Ore, ore } from '../money/ore.js';
import { amountsIn, cleanRate } from './amount.js';

export type Column = 'rate' | 'vat' | 'net' | 'gross';

export interface TableRow {
  printedRate: string | null;
  vat: Ore;
  net: Ore | null;
  gross: Ore | null;
  line: number;
}

export interface VatTable {
  header: number;
  columns: Column[];
  rows: TableRow[];
  /** The table's own total row ("Totalt 27.70 110.80 138.50"), when printed. */
  totals: { vat: Ore | null; net: Ore | null; gross: Ore | null } | null;
}

const MOMS = '[mhn][o0][mn][s5]';
const WORDS: [Column, RegExp][] = [
  ['rate', new RegExp(`^(${MOMS}([^\\p{L}\\s].{0,2}|[Y9])|${MOMS}-?sats|${MOMS}kod|%|vat%|alv%|veron|vero%|rate|satz)$`, 'iu')],
  ['net', /^(netto|exkl|excl|exkl\.|veroton|net|netto\/)$/i],
  ['gross', /^(brutto|inkl|incl|inkl\.|totalt|total|verollinen|gross|summa|belopp)$/i],
  ['vat', new RegExp(`^(${MOMS}|vero|vat|alv|mwst|moms:?)$`, 'i')],
];

/** The column roles of a header line, or null when it is not a VAT table header. */
export function headerColumns(line: string): Column[] | null {
  const words = line.replace(/\b(exkl|inkl|excl|incl)\.?\s*[mhn][o0][mn][s5]\b/gi, '$1').replace(/\b([mhn][o0][mn][s5])\s+%/gi, '$1%')
    .split(/[\s|—–-]+/).map((w) => w.replace(/^[^\p{L}%]+|[.,:;]+$/gu, '')).filter((w) => /[\p{L}%]/u.test(w));
  const cols: Column[] = [];
  for (const w of words) {
    const hit = WORDS.find(([, re]) => re.test(w));
    // "Moms Moms Netto Totalt" (the % lost): the first of two VAT words is the rate column.
    if (hit?.[0] === 'vat' && cols[cols.length - 1] === 'vat' && !cols.includes('rate')) cols[cols.length - 1] = 'rate';
    if (hit && !cols.includes(hit[0])) cols.push(hit[0]);
  }
  if (!cols.includes('vat') || cols.length < 3 || !(cols.includes('net') || cols.includes('gross'))) return null;
  return cols;
}

function parseRow(line: string, columns: Column[]): Omit<TableRow, 'line'> | null {
  let rest = line;
  let printedRate: string | null = null;
  if (columns[0] === 'rate') {
    const t = line.trim();
    // A rate is written 25,00 / 25.008 (% read as 8) / 25 %; a stray digit before it is noise.
    const m = /(?<![\d.,])(\d{1,2})\s?[.,]\s?(\d{1,3})(?![\d])\s?%?|(?<![\d.,])(\d{1,2})\s?%/.exec(t.slice(0, 12)) ?? /^\D{0,3}?(\d{1,2})(?![\d.,])/.exec(t);
    if (!m) return null;
    printedRate = cleanRate((m[1] ?? m[3]) as string, (m[2] ?? '').slice(0, 2));
    rest = t.slice((m.index ?? 0) + m[0].length);
  }
  const amounts = amountsIn(rest.replace(/(\d):(\d{2})(?!\d)/g, '$1.$2')).map((a) => a.value);
  const roles: Column[] = columns.filter((c) => c !== 'rate');
  if (amounts.length !== roles.length) return null;
  const get = (c: Column): Ore | null => (roles.includes(c) ? (amounts[roles.indexOf(c)] as Ore) : null);
  const vat = get('vat');
  return vat === null ? null : { printedRate, vat, net: get('net'), gross: get('gross') };
}

/**
 * Finds the first VAT table in the lines.
 * @example readVatTable(['Moms% Moms Netto Brutto', '12,00 14,54 121,19 135,73'])?.rows[0]
 *   // { printedRate: '12', vat: 1454, net: 12119, gross: 13573, line: 1 }
 */
export function readVatTable(lines: readonly string[]): VatTable | null {
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i] as string);
    if (!columns) continue;
    const rows: TableRow[] = [];
    let totals: VatTable['totals'] = null;
    for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
      const line = lines[j] as string;
      if (/^\W*(totalt|total|summa|yhteens)/i.test(line)) {
        const a = amountsIn(line.replace(/(\d):(\d{2})(?!\d)/g, '$1.$2')).map((x) => x.value);
        const roles = columns.filter((c) => c !== 'rate');
        if (a.length === roles.length) totals = { vat: pick(a, roles, 'vat'), net: pick(a, roles, 'net'), gross: pick(a, roles, 'gross') };
        break;
      }
      const row = parseRow(line, columns);
      if (!row) {
        if (rows.length > 0) break;
        continue;
      }
      if (row.vat === 0 && row.printedRate !== '0' && !row.net && !row.gross) continue;
      rows.push({ ...row, line: j });
    }
    if (rows.length > 0) return { header: i, columns, rows, totals };
  }
  return null;
}

function pick(a: number[], roles: Column[], c: Column): Ore | null {
  const i = roles.indexOf(c);
  return i < 0 ? null : ore(a[i] as number);
}
