import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSie } from '../../../shared/domain/sie/parser.js';
import { writeSie4E } from '../../../shared/domain/sie/writer.js';
import { type SieExportData, documentToExportData } from '../../../shared/domain/sie/exportData.js';
import { asIsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';
import { readSieBytes } from '../../../electron/server/sie/read.js';
import { fixtureBytes, readFixture } from './fixtures.js';
import { comparable } from './roundtrip.js';

const KONTERA = { name: 'Kontera', version: '0.1.0' };
const GEN = asIsoDate('2026-01-15');

function exportOf(name: string, generated = GEN): string {
  return writeSie4E(documentToExportData(readFixture(name).doc, KONTERA, generated));
}

describe('writeSie4E', () => {
  it('writes the small fixture byte for byte as the reviewed golden file (CP437, CRLF)', () => {
    expect(encodeSieText(exportOf('small-4e.se'))).toEqual(fixtureBytes('small-4e.expected-export.se'));
  });

  it('writes what case C2 asks of an export', () => {
    const text = exportOf('c2-header-quirks.se');
    const lines = text.split('\r\n');
    expect(lines.slice(0, 6)).toEqual(['#FLAGGA 0', '#KSUMMA', '#PROGRAM "Kontera" 0.1.0', '#FORMAT PC8', '#GEN 20260115', '#SIETYP 4']);
    expect(lines).toContain('#ORGNR 559538-6219');
    expect(lines).toContain('#VER A 7 20250314 "Hyra mars 2025 för lokalen på Storgatan 12 inklusive el, värme, städning och sophämtningen" 20250315');
    expect(lines).toContain('#BTRANS 1930 {} -12000.00 20250315 "Fel belopp" "" "Anna"');
    expect(lines).toContain('#RTRANS 1930 {} -12500.00 20250315 "Rättat belopp" "" "Anna"');
    expect(lines.at(-2)).toMatch(/^#KSUMMA \d+$/);
  });

  it.each(['small-4e.se', 'c2-header-quirks.se', 'c5-objects.se', 'c3-a1-a10.se'])('parse → write → parse gives the same document (%s)', (name) => {
    const first = readFixture(name);
    const again = readSieBytes(encodeSieText(exportOf(name)));
    expect(again.errors).toEqual([]);
    expect(comparable(again.doc)).toEqual(comparable(first.doc));
  });

  it('write → parse → write gives the same bytes, and only #GEN (and its checksum) follow the date', () => {
    const once = exportOf('small-4e.se');
    const reread = readSieBytes(encodeSieText(once)).doc;
    expect(writeSie4E(documentToExportData(reread, KONTERA, GEN))).toBe(once);
    const later = writeSie4E(documentToExportData(reread, KONTERA, asIsoDate('2026-02-01'))).split('\r\n');
    const changed = once.split('\r\n').map((l, i) => (l === later[i] ? null : l.split(' ')[0])).filter((x) => x !== null);
    expect(changed).toEqual(['#GEN', '#KSUMMA']);
  });

  it('replaces characters CP437 lacks by ? and the checksum still verifies', () => {
    const data = documentToExportData(readFixture('c5-objects.se').doc, KONTERA, GEN);
    data.vouchers[0]!.text = 'Faktura 100 € – betald';
    const r = readSieBytes(encodeSieText(writeSie4E(data)));
    expect(r.errors).toEqual([]);
    expect(r.doc.vouchers[0]!.text).toBe('Faktura 100 ? ? betald');
  });
});

// Any export data survives write → encode → decode → parse unchanged (an empty signature is
// written as absent, so the generator makes none).
const word = fc.string({ unit: fc.constantFrom('a', 'Å', 'ö', 'é', ' ', '"', '\\', '{', '}', '#', '1', '-'), maxLength: 12 });
const account = fc.integer({ min: 1000, max: 8999 }).map(String);
const amount = fc.integer({ min: -99_999_999, max: 99_999_999 }).map(ore);
const date = fc.integer({ min: 0, max: 364 }).map((d) => asIsoDate(new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10)));
const row = fc.record({
  account, amount, text: fc.option(word), transDate: fc.option(date), quantity: fc.option(fc.constantFrom('1', '2.5', '-3')),
  sign: fc.option(word.filter((w) => w !== '')), objects: fc.array(fc.record({ dim: fc.integer({ min: 1, max: 30 }), id: word }), { maxLength: 2 }),
});
const voucher = fc.record({
  series: fc.constantFrom('A', 'B', 'LÖN', ''), number: fc.option(fc.integer({ min: 1, max: 99999 })), date,
  text: word, regDate: fc.option(date), sign: fc.option(word.filter((w) => w !== '')), rows: fc.array(row, { minLength: 1, maxLength: 4 }),
}).map((v) => {
  const rows = v.rows.map((r) => ({ kind: 'TRANS' as const, ...r }));
  const rest = rows.reduce((s, r) => s - r.amount, 0);
  rows.push({ ...rows[0]!, amount: ore(rest), text: null, transDate: null, quantity: null, sign: null, objects: [] });
  return { ...v, rows };
});

describe('writer property', () => {
  it('write → parse → export data is the identity', () => {
    fc.assert(fc.property(fc.array(voucher, { maxLength: 5 }), word, (vouchers, name) => {
      const data: SieExportData = {
        ...documentToExportData(parseSie('#FLAGGA 0').doc, KONTERA, GEN),
        company: { name, orgnr: '556036-0793', ftyp: null, fnr: null, bkod: null, address: null },
        vouchers,
      };
      const r = readSieBytes(encodeSieText(writeSie4E(data)));
      expect(r.errors).toEqual([]);
      const back = documentToExportData(r.doc, KONTERA, GEN);
      expect(back.company.name).toBe(name);
      const expected = vouchers.map((v) => ({
        ...v,
        number: v.number === null ? null : String(v.number),
        rows: v.rows.map((x) => ({ ...x, text: x.text || null })), // an empty row text reads as none
      }));
      expect(back.vouchers).toEqual(expected);
    }), { numRuns: 200 });
  });
});
