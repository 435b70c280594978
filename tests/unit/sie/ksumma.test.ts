import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32 } from '../../../shared/domain/sie/crc32.js';
import { ksummaContribution } from '../../../shared/domain/sie/ksumma.js';
import { lexLine } from '../../../shared/domain/sie/lexer.js';
import { parseSie } from '../../../shared/domain/sie/parser.js';
import { writeSie4E } from '../../../shared/domain/sie/writer.js';
import { documentToExportData } from '../../../shared/domain/sie/exportData.js';
import { asIsoDate } from '../../../shared/domain/dates/isoDate.js';
import { readSieBytes } from '../../../electron/server/sie/read.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';
import { readFixture } from './fixtures.js';

describe('crc32', () => {
  it('equals zlib.crc32 on any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      expect(crc32(b)).toBe(zlibCrc32(b));
    }), { numRuns: 300 });
  });
});

describe('#KSUMMA contribution of a record', () => {
  it('is the label and field contents without separators, quotes or braces', () => {
    const k = lexLine('#KONTO 1915 "Kassa \\"special\\""');
    expect(ksummaContribution(k.label, k.fields)).toBe('#KONTO1915Kassa "special"');
    expect(crc32(new TextEncoder().encode('#KONTO1915Kassa "special"'))).toBe(1921122205);
    const t = lexLine('#TRANS 7010 {1 "456"} 13200.00');
    expect(ksummaContribution(t.label, t.fields)).toBe('#TRANS7010145613200.00');
  });
});

describe('#KSUMMA verification', () => {
  const doc = readFixture('small-4e.se').doc;
  const text = writeSie4E(documentToExportData(doc, { name: 'Kontera', version: '0.1.0' }, asIsoDate('2026-01-15')));
  const declared = /#KSUMMA (\d+)\r\n$/.exec(text)![1]!;

  it('verifies what the writer wrote, once encoded as CP437', () => {
    const r = readSieBytes(encodeSieText(text));
    expect(r.errors).toEqual([]);
    expect(r.doc.ksumma).toMatchObject({ openLine: 2, declared: Number(declared) });
    expect(r.doc.ksumma!.computed).toBe(Number(declared));
  });

  it('reports a changed amount as sie-ksumma-mismatch on the closing line', () => {
    const tampered = text.replace('#TRANS 1930 {} 12500.00', '#TRANS 1930 {} 12500.01').replace('#TRANS 2611 {} -2500.00', '#TRANS 2611 {} -2500.01');
    const r = parseSie(tampered);
    const lines = tampered.split('\r\n').length - 1;
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([['sie-ksumma-mismatch', lines]]);
    expect(r.errors[0]!.message).toContain(`(${declared})`);
  });

  it('accepts the signed 32-bit print of the same value', () => {
    const signed = Number(declared) > 0x7fffffff ? Number(declared) - 0x100000000 : Number(declared);
    const r = parseSie(text.replace(`#KSUMMA ${declared}`, `#KSUMMA ${signed}`));
    expect(r.errors).toEqual([]);
  });

  it('warns when the checksum is opened but never closed', () => {
    const r = parseSie(text.replace(`#KSUMMA ${declared}\r\n`, ''));
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.line])).toContainEqual(['sie-ksumma-unclosed', 2]);
  });
});
