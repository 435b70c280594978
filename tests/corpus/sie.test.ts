/**
 * The SIE reader on every file of ../shared/realdata/sie (131 files from 40+ programs): each one
 * is read or refused with line-numbered problems, survives export, and the balances
 * ../shared/realdata/NOTES.md §5 pins come out to the öre. §3–4 and §7: sie-expectations.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { hasRealdata, noteIfNoRealdata, realdata } from '../support/realdata.js';
import { readSieBytes } from '../../electron/server/sie/read.js';
import { decodeSieBytes } from '../../electron/server/sie/decode.js';
import { encodeSieText } from '../../electron/server/sie/encode.js';
import { buildImportPlan } from '../../shared/domain/sie/plan.js';
import { writeSie4E } from '../../shared/domain/sie/writer.js';
import { documentToExportData } from '../../shared/domain/sie/exportData.js';
import { asIsoDate } from '../../shared/domain/dates/isoDate.js';
import { comparable } from '../unit/sie/roundtrip.js';
import type { SieDocument } from '../../shared/domain/sie/types.js';

noteIfNoRealdata('sie');
const ROOT = realdata('sie');

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const read = (rel: string) => readSieBytes(readFileSync(path.join(ROOT, rel)));
const stated = (doc: SieDocument, kind: 'UB' | 'RES', account?: string) =>
  doc.balances.filter((b) => b.kind === kind && b.yearIndex === 0 && (account === undefined || b.account === account)).reduce((s, b) => s + b.amount, 0);

/** Every file the reader refuses, with the codes of its errors. Any change here is a behaviour change. */
const REFUSED: Record<string, string[]> = {
  'asteinarson-sie-import/bluewedge-2018_19.se': ['unbalanced-voucher'],
  'barsoom-sie/sie_file.se': ['unbalanced-voucher'],
  'barsoom-sie/sie_file_with_unknown_entries.se': ['unbalanced-voucher'],
  'jsisie/HAS4E_1412.Se': ['not-sie'],
  'jsisie/Sie3.se': ['sie-bad-account'],
  'jsisie/Sie4.se': ['sie-bad-account'],
  'jsisie/XE_SIE_4_20151125095119.SE': ['unbalanced-voucher'],
  'jsisie/transaktioner_ovnbolag-bad-balance.se': ['unbalanced-voucher'],
  'sie4j/BLBLOV_SIE1_erroneous_leap_year.SE': ['sie-bad-fiscal-year'],
  'sie4j/BLBLOV_SIE2_UTF_8_with_non_numeric_account_number.SE': ['sie-bad-account'],
  'sie4j/BLBLOV_SIE4_UTF_8_IMBALANCED.SI': ['unbalanced-voucher'],
  'sie4j/BLBLOV_SIE4_UTF_8_with_erroneous_voucher_date.SI': ['sie-bad-date'],
  'sie4j/BLBLOV_SIE4_UTF_8_with_faulty_transaction.SI': ['sie-bad-amount'],
  'sie4j/BLBLOV_SIE4_UTF_8_with_imbalanced_voucher.SE': ['unbalanced-voucher'],
  'sie4j/BLBLOV_SIE4_UTF_8_with_missing_account_balance.SE': ['sie-bad-amount'],
  'sie4j/BLBLOV_SIE4_UTF_8_with_missing_account_numbers.SE': ['sie-bad-account'],
  'sie4j/BLBLOV_SIE4_UTF_8_with_missing_voucher_date.SI': ['sie-bad-date'],
  'sie4j/BLBLOV_SIE4_UTF_8_with_non_numeric_account_number.SE': ['sie-bad-account'],
  'sie4sdk/Sie4E1ksumma.SI': ['sie-ksumma-mismatch'],
  'sie5-xml/Sample.sie': ['not-sie'],
  'sie5-xml/SampleEntry.sie': ['not-sie'],
};

/** NOTES.md §5 "exact match on every account": #UB 0 / #RES 0 counts. */
const EXACT: Record<string, [number, number]> = {
  'byrokrat-accounting/BL0001_typ4.SE': [28, 17],
  'vertel-odoo/SIE_exempelfil_noext': [28, 17],
  'byrokrat-accounting/Bokslut_Norstedts_SIE_4E.se': [27, 63],
  'byrokrat-accounting/MAMUT_SIE4_EXPORT.SE': [10, 6],
  'byrokrat-accounting/SIE4.se': [26, 27],
  'byrokrat-accounting/SIE_exempelfil.se': [38, 12],
  'byrokrat-accounting/Sie4.se': [57, 88],
  'byrokrat-accounting/Test4.SE': [24, 40],
  'byrokrat-accounting/live2011.se': [80, 2],
  'byrokrat-accounting/magenta_bokforing_SIE4E.se': [23, 25],
  'byrokrat-accounting/sie_4.SE': [22, 13],
  'byrokrat-accounting/transaktioner_ovnbolag.se': [33, 49],
  'byrokrat-accounting/typ4.se': [26, 35],
  'forsslund-sie-parser/SIE4_Exempelfil.SE': [27, 58],
  'sieport/SIE4-sample.SE': [27, 58],
  'siefile-jokedst/SIE4_Exempelfil_escape-variant.SE': [27, 58],
  'jsisie/SIE4_Exempelfil_med_underdim.SE': [27, 58],
  'sie4j/BLBLOV_SIE4.SE': [26, 8],
  'sie4j/BLBLOV_SIE4_ISO_8859_15.SE': [26, 8],
  'sie4j/BLBLOV_SIE4_UTF_8_1.SE': [26, 8],
  'sie4j/CC2-foretaget.SE': [7, 3],
  'asteinarson-sie-import/20140901-20150831.se': [5, 13],
  'asteinarson-sie-import/20140901-20150831_utf8.se': [5, 13],
  'auronisai-real-company/Spiris_export_20240701-20251231.se': [22, 38],
};

describe.skipIf(!hasRealdata)('SIE corpus: every file is read or refused with a line', () => {
  const files = hasRealdata ? walk(ROOT) : [];

  it('walks the whole folder', () => {
    expect(files.length).toBe(131);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (rel, file) => {
    const t0 = performance.now();
    const r = readSieBytes(readFileSync(file));
    expect(performance.now() - t0).toBeLessThan(5_000);
    for (const p of [...r.errors, ...r.warnings]) {
      expect(p.message.length).toBeGreaterThan(10);
      if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
    }
    for (const e of r.errors) expect(e.line, `${e.code}: ${e.message}`).toBeGreaterThanOrEqual(1);
    const codes = [...new Set(r.errors.map((e) => e.code))];
    expect(codes).toEqual(REFUSED[rel] ?? []);
    if (codes.length > 0) return;
    // Every readable file survives export: parse → write → parse keeps the document (up to what
    // CP437 can carry: text already broken into U+FFFD or „ becomes "?").
    const cp437 = readSieBytes(encodeSieText(decodeSieBytes(readFileSync(file)).text));
    const written = writeSie4E(documentToExportData(cp437.doc, { name: 'Kontera', version: '0.1.0' }, asIsoDate('2026-01-15')));
    const again = readSieBytes(encodeSieText(written));
    expect(again.errors).toEqual([]);
    expect(comparable(again.doc)).toEqual(comparable(cp437.doc));
    expect(writeSie4E(documentToExportData(again.doc, { name: 'Kontera', version: '0.1.0' }, asIsoDate('2026-01-15')))).toBe(written);
  });
});

describe.skipIf(!hasRealdata)('SIE corpus: closing balances recompute to the öre (NOTES §5)', () => {
  it.each(Object.entries(EXACT))('%s', (rel, [ub, res]) => {
    const r = read(rel);
    expect(r.errors).toEqual([]);
    const plan = buildImportPlan(r.doc);
    expect(plan.recomputation).toMatchObject({ checked: true, ubChecked: ub, resChecked: res, differences: [] });
  });

  it('headline numbers', () => {
    const cases: [string, number, Record<string, number>][] = [
      ['forsslund-sie-parser/SIE4_Exempelfil.SE', -107434411, { 1930: 74668619, 1920: 13183423, 1910: 303800 }],
      ['auronisai-real-company/Spiris_export_20240701-20251231.se', 32157849, { 1930: 9053272, 1910: 4338192, 1940: -4720366 }],
      ['byrokrat-accounting/BL0001_typ4.SE', -21258347, { 1930: 86901545 }],
      ['byrokrat-accounting/Bokslut_Norstedts_SIE_4E.se', -109448811, { 1930: 231233181 }],
      ['byrokrat-accounting/SIE4.se', -6520750, { 1930: 20275659 }],
    ];
    for (const [rel, resSum, ubs] of cases) {
      const doc = read(rel).doc;
      expect(buildImportPlan(doc).recomputation.resSum, rel).toBe(resSum);
      expect(stated(doc, 'RES'), rel).toBe(resSum);
      for (const [acct, amount] of Object.entries(ubs)) expect(stated(doc, 'UB', acct), `${rel} UB ${acct}`).toBe(amount);
    }
  });

  it('the real Spiris export: 1 011 vouchers, 2 339 rows, 18 months, and the time it takes printed', () => {
    const bytes = readFileSync(path.join(ROOT, 'auronisai-real-company/Spiris_export_20240701-20251231.se'));
    const t0 = performance.now();
    const r = readSieBytes(bytes);
    const ms = performance.now() - t0;
    console.log(`[sie] Spiris-exporten (${bytes.length} byte, ${r.doc.lineCount} rader) lästes på ${ms.toFixed(1)} ms`);
    expect(r.encoding).toBe('cp437');
    expect(r.doc.vouchers.length).toBe(1011);
    expect(r.doc.vouchers.reduce((n, v) => n + v.rows.length, 0)).toBe(2339);
    expect(r.doc.fiscalYears.find((y) => y.index === 0)).toMatchObject({ start: '2024-07-01', end: '2025-12-31' });
    expect(buildImportPlan(r.doc).company.name).toBe('Exempeljackor AB');
  });

  it('opening balances that do not sum to zero are reported with their sum, never changed', () => {
    const ib: [string, number][] = [
      ['byrokrat-accounting/transaktioner_ovnbolag.se', 115167815],
      ['byrokrat-accounting/Sie4.se', 7666300],
      ['byrokrat-accounting/sie_4.SE', -28404683],
      ['sie4j/BLBLOV_SIE4.SE', -18719527],
      ['byrokrat-accounting/live2011.se', -49360142],
      ['byrokrat-accounting/SIE_exempelfil.se', 6353292],
      ['byrokrat-accounting/BokslutSIE1.se', 107434411],
      ['jsisie/XE_SIE_1_20151125094750.SE', -1520971954],
    ];
    for (const [rel, sum] of ib) {
      const doc = read(rel).doc;
      const plan = buildImportPlan(doc);
      expect(plan.recomputation.ibSum, rel).toBe(sum);
      expect(plan.openingBalances.map((b) => b.amount)).toEqual(doc.balances.filter((b) => b.kind === 'IB' && b.yearIndex === 0).map((b) => b.amount));
      expect(plan.suggestedCorrection?.amount, rel).toBe(-sum);
      expect(plan.warnings.some((w) => w.code === 'sie-ib-not-balanced'), rel).toBe(true);
    }
    for (const rel of ['forsslund-sie-parser/SIE4_Exempelfil.SE', 'auronisai-real-company/Spiris_export_20240701-20251231.se', 'sie4j/CC2-foretaget.SE']) {
      expect(buildImportPlan(read(rel).doc).suggestedCorrection, rel).toBeNull();
    }
  });

  it('#RTRANS/#BTRANS are history: only #TRANS rows count (BL0001_typ4, sie_4)', () => {
    for (const rel of ['byrokrat-accounting/BL0001_typ4.SE', 'byrokrat-accounting/sie_4.SE']) {
      const plan = buildImportPlan(read(rel).doc);
      const history = plan.vouchers.flatMap((v) => v.history);
      expect(history.length, rel).toBeGreaterThan(0);
      expect(history.every((h) => h.kind === 'RTRANS' || h.kind === 'BTRANS')).toBe(true);
      expect(plan.recomputation.differences).toEqual([]);
    }
    const bl = buildImportPlan(read('byrokrat-accounting/BL0001_typ4.SE').doc).vouchers.flatMap((v) => v.history);
    expect([bl.filter((h) => h.kind === 'RTRANS').length, bl.filter((h) => h.kind === 'BTRANS').length]).toEqual([6, 3]);
  });

  it('files whose balances can not be derived from their vouchers are listed, not corrected', () => {
    const plan = buildImportPlan(read('byrokrat-accounting/Sie4.si').doc);
    expect(plan.recomputation.differences.length).toBeGreaterThan(0);
    expect(plan.statedBalances).toEqual(read('byrokrat-accounting/Sie4.si').doc.balances);
    const iso = buildImportPlan(read('auronisai-real-company/Spiris_export_pack_up_ISO_relabelled.se').doc);
    expect(iso.recomputation.differences.map((d) => [d.account, d.difference])).toEqual([['1930', -56100], ['1945', 5100], ['2893', 51000]]);
  });
});
