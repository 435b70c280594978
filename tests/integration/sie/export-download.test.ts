/**
 * sie.export without a path (the page's download in browser mode): the report carries the file's
 * bytes as base64 and a suggested name, writes nothing, and the bytes are the same SIE 4E file a
 * path would get; imported into a new company they give the same trial balance.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newCompany, tempDir, type TestCompany } from '../../support/company.js';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { decodeSieBytes } from '../../../electron/server/sie/decode.js';
import { parseSie } from '../../../shared/domain/sie/parser.js';
import { sieFileName } from '../../../shared/domain/sie/fileName.js';

let c: TestCompany | undefined;
afterEach(() => c?.cleanup());

const LEDGER = `
2026-01-15 A "Försäljning jackor"
  1930   12 500,00
  3001  -10 000,00
  2611   -2 500,00
2026-02-10 A "Kontorsmaterial åäö"
  6110      799,20
  2641      199,80
  1930     -999,00
2026-03-01 A "Lokalhyra mars"
  5010    8 000,00
  1930   -8 000,00
`;

const trialBalance = async (s: Session) => {
  const r = await dispatch(s, 'reports.trialBalance', { fiscalYear: '2026-01-01' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.accounts.filter((a) => a.opening || a.debit || a.credit || a.closing)
    .map((a) => ({ number: a.number, opening: a.opening, debit: a.debit, credit: a.credit, closing: a.closing }));
};

describe('SIE export as a download (no path)', () => {
  it('returns the PC8 bytes as base64 with a safe file name, and writes nothing', async () => {
    c = await newCompany({ name: 'Åkesson & Söner AB' });
    await c.post(LEDGER);
    const before = readdirSync(c.dir).sort();
    const r = await c.call('sie.export', {});
    expect(r).toMatchObject({ path: null, fileName: 'Akesson_Soner_AB-2026.se', vouchers: 3, fiscalYear: '2026-01-01', fiscalYearEnd: '2026-12-31' });
    expect(readdirSync(c.dir).sort()).toEqual(before);
    const bytes = Buffer.from(r.data ?? '', 'base64');
    expect(bytes.length).toBe(r.bytes);
    const text = bytes.toString('latin1');
    expect(text).toMatch(/^#FLAGGA 0\r\n#KSUMMA\r\n#PROGRAM "Kontera"/);
    expect(text).toMatch(/#FORMAT PC8\r\n/);
    expect(text).toMatch(/#SIETYP 4\r\n/);
    expect(text).toMatch(/#KSUMMA \d+\r\n$/);
    expect(bytes.includes(Buffer.from([0x94]))).toBe(true); // 'ö' in CP437, not UTF-8
    const decoded = decodeSieBytes(bytes);
    expect(decoded.text).toContain('"Kontorsmaterial åäö"');
    const parsed = parseSie(decoded.text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.doc.vouchers).toHaveLength(3);

    // The same bytes a path gets (same clock, same user).
    const out = path.join(c.dir, 'ut.se');
    const written = await c.call('sie.export', { path: out });
    expect(written).toMatchObject({ path: out, data: null, fileName: r.fileName, vouchers: 3 });
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it('imported into a new company gives the same trial balance', async () => {
    c = await newCompany();
    await c.post(LEDGER);
    const r = await c.call('sie.export', { fiscalYear: '2026-01-01' });
    const dir = tempDir('kontera-sie-download-');
    const file = path.join(dir, r.fileName);
    writeFileSync(file, Buffer.from(r.data ?? '', 'base64'));
    const s = new Session();
    const target = path.join(dir, 'kopia.kontera');
    const imp = await dispatch(s, 'sie.import', { path: file, newCompany: { path: target } });
    expect(imp.ok && imp.value).toMatchObject({ kind: '4E', vouchers: 3, booksDifferences: [] });
    await dispatch(s, 'company.open', { path: target });
    const copy = await trialBalance(s);
    expect(copy.length).toBeGreaterThan(0);
    expect(copy).toEqual(await trialBalance(c.session));
    await dispatch(s, 'company.close', {});
  });

  it('refuses a fiscal year the company does not have', async () => {
    c = await newCompany();
    const r = await c.raw('sie.export', { fiscalYear: '2024-01-01' });
    expect(r.ok || r.error.code).toBe('no-fiscal-year');
  });
});

describe('sieFileName', () => {
  it('uses safe characters and names a broken fiscal year by both years', () => {
    expect(sieFileName('Åkesson & Söner AB', '2025-07-01', '2026-06-30')).toBe('Akesson_Soner_AB-2025-2026.se');
    expect(sieFileName('Ek/Ström HB: "test"', '2026-01-01', '2026-12-31')).toBe('Ek_Strom_HB_test-2026.se');
    expect(sieFileName('  ', '2026-01-01', '2026-12-31')).toBe('kontera-2026.se');
  });
});
