/** The byte door: decoding, container detection by content, XLSX reading, caps. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeBankBytes } from '../../../electron/server/bank/decode.js';
import { sniffContainer, zipDirectory } from '../../../electron/server/bank/container.js';
import { numberText, readXlsxTables } from '../../../electron/server/bank/xlsx.js';
import { MAX_BANK_FILE_BYTES, readBankFile } from '../../../electron/server/bank/readBankFile.js';
import { only, readOk, verifiedAgainstBalance } from './support.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const codeOf = async (bytes: Uint8Array) => {
  const r = await readBankFile(bytes);
  return r.ok ? 'ok' : r.problems[0]!;
};

describe('decodeBankBytes', () => {
  it('UTF-8 with and without BOM, UTF-16 with BOM, else Windows-1252/Latin-1', () => {
    expect(decodeBankBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Rånta')))).toEqual({ text: 'Rånta', encoding: 'utf-8-bom' });
    expect(decodeBankBytes(utf8('Ingående saldo'))).toEqual({ text: 'Ingående saldo', encoding: 'utf-8' });
    expect(decodeBankBytes(iconv.encode('Ingående saldo', 'latin1'))).toEqual({ text: 'Ingående saldo', encoding: 'windows-1252' });
    expect(decodeBankBytes(Uint8Array.of(0x32, 0x30, 0x20, 0x96, 0x20, 0x80))).toEqual({ text: '20 – €', encoding: 'windows-1252' });
    expect(decodeBankBytes(Uint8Array.of(0xff, 0xfe, ...iconv.encode('Saldo;ö', 'utf16le')))).toEqual({ text: 'Saldo;ö', encoding: 'utf-16le' });
  });
});

/** A minimal stored ZIP whose central directory claims the given uncompressed size. */
function zipWith(name: string, data: Uint8Array, claimedSize = data.length): Uint8Array {
  const n = utf8(name);
  const local = new Uint8Array(30 + n.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, n.length, true);
  local.set(n, 30);
  local.set(data, 30 + n.length);
  const cd = new Uint8Array(46 + n.length);
  const cv = new DataView(cd.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, claimedSize, true);
  cv.setUint16(28, n.length, true);
  cd.set(n, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, cd.length, true);
  ev.setUint32(16, local.length, true);
  return Uint8Array.from([...local, ...cd, ...end]);
}

describe('container by content, never by name', () => {
  const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);

  it('old binary .xls (OLE2) is refused with bank-xls-unsupported and says to save as .xlsx or CSV', async () => {
    expect(sniffContainer(ole2)).toBe('ole2');
    const p = await codeOf(ole2);
    expect(p).toMatchObject({ code: 'bank-xls-unsupported' });
    expect((p as { message: string }).message).toContain('spara som .xlsx eller CSV');
  });

  it('a password-protected workbook (OLE2 with EncryptedPackage) says so', async () => {
    const enc = Uint8Array.from([...ole2, ...iconv.encode('EncryptedPackage', 'utf16le')]);
    expect(await codeOf(enc)).toMatchObject({ code: 'bank-unreadable', message: expect.stringContaining('lösenordsskyddad') });
  });

  it('ZIP: directory read without inflating; non-workbooks, bombs and corrupt archives refused', async () => {
    const plain = zipWith('content.xml', utf8('<x/>'));
    expect(zipDirectory(plain)).toEqual({ names: ['content.xml'], uncompressed: 4 });
    expect(await codeOf(plain)).toMatchObject({ code: 'bank-unknown-format', message: expect.stringContaining('.xlsx eller CSV') });
    expect(await codeOf(zipWith('xl/workbook.xml', utf8('<x/>'), 0x7fffffff))).toMatchObject({ code: 'bank-file-too-large' });
    expect(await codeOf(Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3]))).toMatchObject({ code: 'bank-unreadable' });
    expect(await codeOf(zipWith('xl/workbook.xml', utf8('not xml')))).toMatchObject({ code: 'bank-unreadable' });
  });

  it('files over the size cap are refused before reading, in Swedish', async () => {
    const p = await codeOf(new Uint8Array(MAX_BANK_FILE_BYTES + 1));
    expect(p).toMatchObject({ code: 'bank-file-too-large', message: expect.stringContaining('högst 10,0 MB') });
  });
});

describe('numberText (the XLSX number rule)', () => {
  it('rounds to 15 significant digits and writes plain decimals', () => {
    expect(numberText(1234.5600000000001)).toBe('1234.56');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(-238)).toBe('-238');
    expect(numberText(779.4)).toBe('779.4');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(-0)).toBe('0');
    expect(numberText(Number.NaN)).toBe('');
  });
});

async function sebWorkbook(amount: number | string = -457.4): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Info').addRow(['Exporterad från internetbanken']);
  const ws = wb.addWorksheet('Kontohändelser');
  ws.addRow(['Företagsnamn: Exempeljackor AB']);
  ws.mergeCells('A1:F1');
  ws.addRow([]);
  ws.addRow(['Företagskonto', 'Saldo', 'Tillgängligt belopp']);
  ws.addRow(['5000 10 123 45', 1000.3, 1000.3]);
  ws.addRow([]);
  ws.addRow(['Bokföringsdatum', 'Valutadatum', 'Verifikationsnummer', 'Text/mottagare', 'Belopp', 'Saldo']);
  ws.addRow([new Date(Date.UTC(2026, 2, 10)), '2026-03-10', '5484610014', { richText: [{ text: 'Biltema ' }, { text: 'swed/26-03-09' }] }, amount, { formula: 'F8+E7', result: 0.1 + 0.2 + 1000 }]);
  ws.addRow(['2026-03-02', '2026-03-02', '5490990006', 'Fakt 1601', 1000, 1457.7]);
  ws.addRow(['2026-03-01', '2026-03-01', '5490990502', 'Banktjänster', -100, 457.7]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('XLSX through readBankFile', () => {
  it('reads the first sheet a format recognises; numbers, dates, rich text, formulas and merges as specified', async () => {
    const f = await readOk(await sebWorkbook());
    expect(f.container).toBe('xlsx');
    const st = only(f.statements);
    expect(st).toMatchObject({ format: 'seb', account: '5000 10 123 45', openingBalance: 55_770, closingBalance: 100_030 });
    expect(st.rows.map((r) => [r.line, r.bookingDate, r.amount, r.balance, r.text])).toEqual([
      [9, '2026-03-01', -10_000, 45_770, 'Banktjänster'],
      [8, '2026-03-02', 100_000, 145_770, 'Fakt 1601'],
      [7, '2026-03-10', -45_740, 100_030, 'Biltema swed/26-03-09'],
    ]);
    expect(verifiedAgainstBalance(st)).toBe(2);
  });

  it('keeps a merged range’s value once, in its master cell, and flags numeric cells', async () => {
    const t = await readXlsxTables(await sebWorkbook());
    if (!t.ok) throw new Error('unreadable');
    const sheet = t.value[1]!;
    expect(sheet.rows[0]).toEqual(['Företagsnamn: Exempeljackor AB', '', '', '', '', '']);
    expect(sheet.rows[2]).toEqual(['5000 10 123 45', '1000.3', '1000.3']);
    expect(sheet.numeric?.[2]).toEqual([false, true, true]);
    expect(sheet.lines.slice(0, 4)).toEqual([1, 3, 4, 6]);
  });

  it('a numeric cell with a real third decimal is refused, never rounded', async () => {
    const r = await readBankFile(await sebWorkbook(-457.405));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'bank-invalid-amount', line: 7 });
  });

  it('a workbook that is not a statement is bank-unknown-format', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Försäljning').addRow(['Datum', 'Artikel', 'Antal']);
    expect(await codeOf(new Uint8Array(await wb.xlsx.writeBuffer()))).toMatchObject({ code: 'bank-unknown-format' });
  });
});

describe('readBankFile on arbitrary bytes', () => {
  it('always returns ok or coded problems, never throws', async () => {
    const prefix = fc.constantFrom(Uint8Array.of(), Uint8Array.of(0x50, 0x4b, 3, 4), Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe));
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 600 }), async (p, body) => {
        const r = await readBankFile(Uint8Array.from([...p, ...body]));
        if (!r.ok) for (const x of r.problems) expect(x.code).toMatch(/^bank-[a-z-]+$/);
      }),
      { numRuns: 300 },
    );
  });
});
