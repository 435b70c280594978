/**
 * sie.export reads a year's vouchers a page at a time and writes the file as it goes. A year of
 * 4 500 vouchers in two interleaved series (more than two pages) comes out complete and in
 * series/number order; the file appears under its name only when complete, never over an existing
 * file, and no temporary file is left behind.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { decodeSieBytes } from '../../../electron/server/sie/decode.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';
import { parseSie } from '../../../shared/domain/sie/parser.js';
import { largeBook, largeSieText } from '../../fixtures/sie/generateLarge.js';
import { tempDir } from '../../support/company.js';

const N = 4500;
const dir = tempDir('kontera-sie-paged-');
const s = new Session();
afterAll(async () => {
  await dispatch(s, 'company.close', {});
});

async function call<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('SIE export of a year larger than one page', () => {
  it('writes every voucher once, in series and number order, with every row', async () => {
    const source = path.join(dir, 'stor.se');
    writeFileSync(source, encodeSieText(largeSieText(N)));
    const target = path.join(dir, 'stor.kontera');
    await call(dispatch(s, 'sie.import', { path: source, newCompany: { path: target } }));
    await call(dispatch(s, 'company.open', { path: target }));

    const out = path.join(dir, 'ut.se');
    const r = await call(dispatch(s, 'sie.export', { path: out, fiscalYear: '2025-01-01' }));
    expect(r).toMatchObject({ path: out, vouchers: N });
    const bytes = readFileSync(out);
    expect(bytes.length).toBe(r.bytes);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const parsed = parseSie(decodeSieBytes(bytes).text);
    expect(parsed.errors).toEqual([]);
    const key = (v: { series: string; number: number | string | null; rows: { account: string; amount: number }[] }) =>
      `${v.series}${v.number}:${v.rows.map((x) => `${x.account}=${x.amount}`).join(',')}`;
    const expected = [...largeBook(N).vouchers]
      .sort((a, b) => (a.series === b.series ? Number(a.number) - Number(b.number) : a.series < b.series ? -1 : 1))
      .map(key);
    expect(parsed.doc.vouchers.map(key)).toEqual(expected);

    // The download (no path) is the same bytes.
    const download = await call(dispatch(s, 'sie.export', { fiscalYear: '2025-01-01' }));
    expect(Buffer.from(download.data ?? '', 'base64').equals(bytes)).toBe(true);
  });

  it('refuses to write over an existing file and leaves it as it was', async () => {
    const out = path.join(dir, 'finns.se');
    writeFileSync(out, 'gammal fil');
    const r = await dispatch(s, 'sie.export', { path: out, fiscalYear: '2025-01-01' });
    expect(r.ok || r.error.code).toBe('cannot-write');
    expect(r.ok || r.error.message).toMatch(/finns redan/);
    expect(readFileSync(out, 'utf8')).toBe('gammal fil');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a folder that does not exist, writing nothing', async () => {
    const r = await dispatch(s, 'sie.export', { path: path.join(dir, 'saknas', 'ut.se'), fiscalYear: '2025-01-01' });
    expect(r.ok || r.error.code).toBe('cannot-write');
    expect(r.ok || r.error.message).toMatch(/Kontrollera att mappen finns/);
  });
});
