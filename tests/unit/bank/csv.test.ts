import { describe, expect, it } from 'vitest';
import { mergeSplitRows, parseCsv, sniffSeparator } from '../../../shared/domain/bank/csv.js';
import { htmlTableRows, looksLikeHtml } from '../../../shared/domain/bank/html.js';
import { findHeaderRow, normHeader } from '../../../shared/domain/bank/header.js';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, separators and line breaks inside quotes, and every line ending', () => {
    const t = parseCsv('a;"b;""c"""\r\n1;"x\ny"\r2;3', ';');
    expect(t.rows).toEqual([['a', 'b;"c"'], ['1', 'x\ny'], ['2', '3']]);
    expect(t.lines).toEqual([1, 2, 4]);
  });
  it('keeps a quote that does not open a field', () => {
    expect(parseCsv('12" skärm;5', ';').rows).toEqual([['12" skärm', '5']]);
  });
  it('keeps trailing empty fields', () => {
    expect(parseCsv('a;b;\n', ';').rows).toEqual([['a', 'b', '']]);
  });
});

describe('sniffSeparator', () => {
  it('finds ; , and TAB, respecting quotes', () => {
    expect(sniffSeparator('Datum,Beskrivning,Belopp\n12/29/2025,"BETALNING, TACK","-1000,00"\n')).toBe(',');
    expect(sniffSeparator('Kontohändelser: x;;;\n;;;\nDatum;Detaljer;Belopp;Valuta\n2025-07-25;A, B;2000,00;SEK\n')).toBe(';');
    expect(sniffSeparator('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    expect(sniffSeparator('just one line of prose')).toBeNull();
  });
});

describe('mergeSplitRows', () => {
  it('rejoins a record a bank split with raw line breaks, only when the widths add up exactly', () => {
    const t = parseCsv('h1;h2;h3;h4\n1;two\nparts;x;y\n5;6;7;8\n9;10\n', ';');
    const m = mergeSplitRows(t, 0, 4);
    expect(m.rows).toEqual([['h1', 'h2', 'h3', 'h4'], ['1', 'two\nparts', 'x', 'y'], ['5', '6', '7', '8'], ['9', '10']]);
    expect(m.lines).toEqual([1, 2, 4, 5]);
  });
});

describe('HTML tables saved as .xls', () => {
  it('reads cells with entities, nested tags and unclosed cells', () => {
    const html = '<html><body><table>\n<tr><th>Text</th><th>Belopp</th></tr>\n<tr><td><b>A &amp; B</b></td><td>-1&nbsp;250,00</td></tr>\n<tr><td>C<td>&#8722;5,00</tr></table>';
    expect(looksLikeHtml(html)).toBe(true);
    const t = htmlTableRows(html);
    expect(t.rows).toEqual([['Text', 'Belopp'], ['A & B', '-1\u00a0250,00'], ['C', '\u22125,00']]);
    expect(t.lines).toEqual([2, 3, 4]);
  });
});

describe('headers', () => {
  it('normalises case, BOM, quotes, colons and spaces around slashes', () => {
    expect(normHeader('\ufeff"Text / mottagare":')).toBe('text/mottagare');
    expect(findHeaderRow([['titel'], ['Datum', 'BELOPP ']], [['datum'], ['belopp']])).toBe(1);
    expect(findHeaderRow([['Datum']], [['datum'], ['belopp']])).toBe(-1);
  });
});
