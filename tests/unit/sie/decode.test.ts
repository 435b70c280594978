import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeSieBytes } from '../../../electron/server/sie/decode.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';
import { readSieBytes } from '../../../electron/server/sie/read.js';
import { decodeCp437, encodeCp437 } from '../../../shared/domain/sie/cp437.js';
import { findMojibake } from '../../../shared/domain/sie/mojibake.js';

// Case C1: one SIE 4 file in three byte encodings, plus one that was already broken.
const C1 = [
  '#FLAGGA 0',
  '#PROGRAM "Testprogram" 1.0',
  '%FORMAT%',
  '#GEN 20250101',
  '#SIETYP 4',
  '#FNAMN "Åkeri & Ölhandel AB"',
  '#KONTO 4535 "Inköp av tjänster från annat EU-land"',
  '#KONTO 6570 "BANKTJÄNSTER"',
  '',
].join('\r\n');

const cp437 = iconv.encode(C1.replace('%FORMAT%', '#FORMAT PC8'), 'cp437');
const utf8 = Buffer.from(C1.replace('%FORMAT%', '#FORMAT PC8'), 'utf8');
const win1252 = iconv.encode(C1.replace('%FORMAT%\r\n', ''), 'windows-1252');
// What an importer that trusts #FORMAT wrongly produced: CP437 bytes read as Windows-1252, saved as UTF-8.
const mojibake = Buffer.from(iconv.decode(cp437, 'windows-1252'), 'utf8');

function names(bytes: Buffer): string[] {
  return readSieBytes(bytes).doc.accounts.map((a) => a.name);
}

describe('decodeSieBytes (case C1)', () => {
  it('detects CP437, UTF-8 and Windows-1252 from the bytes, whatever #FORMAT says', () => {
    expect(decodeSieBytes(cp437).encoding).toBe('cp437');
    expect(decodeSieBytes(utf8).encoding).toBe('utf-8');
    expect(decodeSieBytes(win1252).encoding).toBe('windows-1252');
  });

  it('decodes the three encodings to identical Unicode', () => {
    const expected = ['Inköp av tjänster från annat EU-land', 'BANKTJÄNSTER'];
    expect(names(cp437)).toEqual(expected);
    expect(names(utf8)).toEqual(expected);
    expect(names(win1252)).toEqual(expected);
    for (const b of [cp437, utf8, win1252]) expect(decodeSieBytes(b).warnings).toEqual([]);
  });

  it('warns about text that was already mis-decoded, naming the line', () => {
    const d = decodeSieBytes(mojibake);
    expect(d.text).toContain('Ink”p av tj„nster');
    expect(d.text).toContain('BANKTJŽNSTER');
    // Å (0x8F) has no Windows-1252 character, so that importer even lost it (U+FFFD on line 6).
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['sie-mojibake', 6], ['sie-mojibake', 7]]);
    expect(d.warnings[1]!.message).toMatch(/Windows-1252.*"Ink”p" på rad 7 \(4 ställen\)/);
  });

  it('warns about U+FFFD replacement characters and double-encoded UTF-8', () => {
    expect(findMojibake('#FLAGGA 0\n#FNAMN "Bokf\uFFFDring"')[0]).toMatchObject({ code: 'sie-mojibake', line: 2 });
    expect(findMojibake('#KONTO 1930 "FÃ¶retagskonto"')[0]?.code).toBe('sie-mojibake');
    expect(findMojibake('#KONTO 1930 "Företagskonto"\n#KONTO 2099 "Årets resultat"')).toEqual([]);
  });

  it('does not judge #FNR, a program-internal path often in another code page', () => {
    expect(findMojibake('#FNR "C:\\SPCS\\F÷retag"\n#FNAMN "AB"')).toEqual([]);
  });

  it('never throws on arbitrary bytes; binary data is refused as not-sie', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
      const r = readSieBytes(b);
      expect(r.errors.every((e) => typeof e.line === 'number' && e.line >= 1)).toBe(true);
    }), { numRuns: 500 });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(readSieBytes(png).errors.map((e) => e.code)).toEqual(['not-sie']);
    expect(readSieBytes(Buffer.alloc(0)).errors.map((e) => e.code)).toEqual(['not-sie']);
  });

  it('strips a UTF-8 byte-order mark and reads pure ASCII', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const d = decodeSieBytes(bom);
    expect(d).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(d.text.startsWith('#FLAGGA')).toBe(true);
    expect(decodeSieBytes(Buffer.from('#FLAGGA 0\n')).encoding).toBe('ascii');
  });
});

describe('CP437', () => {
  it('the domain table agrees with iconv-lite on all 256 bytes, both ways', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = iconv.decode(Buffer.from(all), 'cp437');
    expect(decodeCp437(all)).toBe(text);
    expect(Buffer.from(encodeCp437(text))).toEqual(iconv.encode(text, 'cp437'));
  });

  it('encodes export text as CP437 with ? for characters CP437 lacks', () => {
    expect([...encodeSieText('åäöÅÄÖé')]).toEqual([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82]);
    expect(encodeSieText('5 €').toString('latin1')).toBe('5 ?');
    expect(Buffer.from(encodeCp437('5 €'))).toEqual(encodeSieText('5 €'));
  });
});
