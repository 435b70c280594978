import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lexLine, quoteField, splitLines } from '../../../shared/domain/sie/lexer.js';

describe('lexLine', () => {
  it('reads a label, bare and quoted fields, separated by spaces or tabs', () => {
    const l = lexLine('\t#TRANS\t3020  {1 "STH-1"}\t-9000.00 20250314 "Konsult \\"Fas 2\\""');
    expect(l.kind).toBe('record');
    expect(l.label).toBe('#TRANS');
    expect(l.fields).toEqual([
      { t: 'text', v: '3020', quoted: false },
      { t: 'list', items: ['1', 'STH-1'] },
      { t: 'text', v: '-9000.00', quoted: false },
      { t: 'text', v: '20250314', quoted: false },
      { t: 'text', v: 'Konsult "Fas 2"', quoted: true },
    ]);
  });

  it('reads object lists: empty, with spaces, several pairs, bare non-numeric ids', () => {
    expect(lexLine('#TRANS 1930 {} 1.00').fields[1]).toEqual({ t: 'list', items: [] });
    expect(lexLine('#TRANS 1930 { } 1.00').fields[1]).toEqual({ t: 'list', items: [] });
    expect(lexLine('#TRANS 1930 {1 "STH-1" 2 "X"} 1.00').fields[1]).toEqual({ t: 'list', items: ['1', 'STH-1', '2', 'X'] });
    expect(lexLine('#TRANS 1930 {6 P7} 1.00').fields[1]).toEqual({ t: 'list', items: ['6', 'P7'] });
    expect(lexLine('#TRANS 1930 {"1" "1" "6" "1"} 1.00').fields[1]).toEqual({ t: 'list', items: ['1', '1', '6', '1'] });
  });

  it('keeps backslashes that do not escape a quote (Windows paths)', () => {
    expect(lexLine('#FNR "C:\\ProgramData\\SPCS\\Företag"').fields[0]).toEqual({ t: 'text', v: 'C:\\ProgramData\\SPCS\\Företag', quoted: true });
  });

  it('flags an unterminated quote and an unterminated object list', () => {
    const q = lexLine('#TRANS 3010 {} -900.00 20140127 "260    aaaa');
    expect(q.unterminatedQuote).toBe(true);
    expect(q.fields[4]).toEqual({ t: 'text', v: '260    aaaa', quoted: true });
    expect(lexLine('#TRANS 3010 {1 "A" -900.00').unterminatedList).toBe(true);
  });

  it('keeps a quote inside a bare word as a character', () => {
    expect(lexLine('#PROSA hej"citat').fields[0]).toEqual({ t: 'text', v: 'hej"citat', quoted: false });
  });

  it('classifies braces, blank and other lines', () => {
    expect(lexLine('  {  ').kind).toBe('open');
    expect(lexLine('}\r').kind).toBe('close');
    expect(lexLine(' \t ').kind).toBe('blank');
    expect(lexLine('<html>').kind).toBe('other');
  });

  it('splits CRLF, LF and lone CR line breaks', () => {
    expect(splitLines('a\r\nb\nc\rd\n')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('quoteField', () => {
  it('writes plain words bare and everything else quoted and escaped', () => {
    expect(quoteField('1930')).toBe('1930');
    expect(quoteField('')).toBe('""');
    expect(quoteField('Två ord')).toBe('"Två ord"');
    expect(quoteField('Konsult "Fas 2"')).toBe('"Konsult \\"Fas 2\\""');
    expect(quoteField('slutar med \\')).toBe('"slutar med \\\\"');
    expect(quoteField('rad\nbrytning')).toBe('"rad brytning"');
  });

  const text = fc.string({ unit: fc.constantFrom('a', 'Ö', ' ', '\t', '"', '\\', '{', '}', '#', 'x', '1', '€') });
  const noControl = fc.string({ unit: fc.constantFrom('a', 'Ö', ' ', '"', '\\', '{', '}', '#', 'x', '1', '€') });

  it('round-trips any text without control characters through lexLine', () => {
    fc.assert(fc.property(noControl, noControl, (a, b) => {
      const line = `#VER ${quoteField(a)} ${quoteField(b, true)} 20250101`;
      const l = lexLine(line);
      expect(l.fields.map((f) => (f.t === 'text' ? f.v : null))).toEqual([a, b, '20250101']);
    }), { numRuns: 500 });
  });

  it('round-trips object ids inside a list', () => {
    fc.assert(fc.property(noControl, (id) => {
      const l = lexLine(`#TRANS 1930 {1 ${quoteField(id, true)}} 1.00`);
      expect(l.fields[1]).toEqual({ t: 'list', items: ['1', id] });
    }), { numRuns: 300 });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), text, (s, t) => {
      lexLine(s);
      lexLine(`#${t}`);
    }), { numRuns: 1000 });
  });
});
