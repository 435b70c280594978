/** Finding a format's header row and its columns by name, tolerant of case, spacing and BOMs. */

/**
 * Normal form of a header cell: lower case, NFC, no BOM/quotes/trailing colon, single spaces,
 * no spaces around `/`.
 * @example normHeader(' Text / mottagare ') // 'text/mottagare'
 */
export function normHeader(s: string): string {
  return s
    .normalize('NFC')
    .replace(/^\ufeff/, '')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()
    .replace(/:$/, '')
    .replace(/^"|"$/g, '')
    .replace(/:$/, '')
    .replace(/\s*\/\s*/g, '/')
    .trim()
    .toLowerCase();
}

/**
 * Index of the first cell at or after `from` whose normal form is one of `aliases`.
 * @example columnOf(['Datum', 'Valuta', 'Belopp', 'Valuta'], ['valuta'], 3) // 3
 */
export function columnOf(header: readonly string[], aliases: readonly string[], from = 0): number | undefined {
  for (let i = from; i < header.length; i++) if (aliases.includes(normHeader(header[i] ?? ''))) return i;
  return undefined;
}

/**
 * The first row (within the first `scan` rows) holding every required column, each given as a
 * list of accepted names; -1 when none does.
 * @example findHeaderRow([['x'], ['Datum', 'Belopp']], [['datum'], ['belopp']]) // 1
 */
export function findHeaderRow(rows: readonly (readonly string[])[], required: readonly (readonly string[])[], scan = 40): number {
  const n = Math.min(rows.length, scan);
  for (let r = 0; r < n; r++) {
    const row = rows[r] ?? [];
    if (required.every((aliases) => columnOf(row, aliases) !== undefined)) return r;
  }
  return -1;
}

/**
 * True when every cell is blank.
 * @example isBlankRow(['', ' ']) // true
 */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}
