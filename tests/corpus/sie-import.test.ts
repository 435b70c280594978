/**
 * Every real SIE file in ../shared/realdata/sie through the whole import: it either imports into
 * a new company or is refused with a line-numbered error; none crashes. For the files whose
 * balances NOTES.md §5 recomputes exactly, the books' closing balances after import equal the
 * file's #UB and #RES to the öre.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { hasRealdata, realdata, noteIfNoRealdata } from '../support/realdata.js';
import { tempDir } from '../support/company.js';
import { Session } from '../../electron/server/context.js';
import { dispatch } from '../../electron/server/dispatch.js';

noteIfNoRealdata('sie-import');

const EXACT = [
  'byrokrat-accounting/BL0001_typ4.SE', 'vertel-odoo/SIE_exempelfil_noext', 'byrokrat-accounting/Bokslut_Norstedts_SIE_4E.se',
  'byrokrat-accounting/MAMUT_SIE4_EXPORT.SE', 'byrokrat-accounting/SIE4.se', 'byrokrat-accounting/SIE_exempelfil.se', 'byrokrat-accounting/Sie4.se',
  'byrokrat-accounting/Test4.SE', 'byrokrat-accounting/live2011.se', 'byrokrat-accounting/magenta_bokforing_SIE4E.se', 'byrokrat-accounting/sie_4.SE',
  'byrokrat-accounting/transaktioner_ovnbolag.se', 'byrokrat-accounting/typ4.se', 'forsslund-sie-parser/SIE4_Exempelfil.SE', 'sieport/SIE4-sample.SE',
  'siefile-jokedst/SIE4_Exempelfil_escape-variant.SE', 'jsisie/SIE4_Exempelfil_med_underdim.SE', 'sie4j/BLBLOV_SIE4.SE', 'sie4j/BLBLOV_SIE4_ISO_8859_15.SE',
  'sie4j/BLBLOV_SIE4_UTF_8_1.SE', 'sie4j/CC2-foretaget.SE', 'asteinarson-sie-import/20140901-20150831.se', 'asteinarson-sie-import/20140901-20150831_utf8.se',
  'auronisai-real-company/Spiris_export_20240701-20251231.se',
];
/** Refusals that concern the company, not a line of the file. */
const NO_LINE = new Set(['sie-company-missing', 'invalid-identity']);

interface Outcome { ok: boolean; code?: string; line?: number; vouchers?: number; booksDifferences?: number; target: string }
const outcomes = new Map<string, Outcome>();

function walk(d: string, out: string[] = []): string[] {
  for (const f of readdirSync(d).sort()) {
    const p = path.join(d, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

describe.skipIf(!hasRealdata)('SIE corpus through the import', () => {
  beforeAll(async () => {
    const dir = tempDir('kontera-siekorpus-');
    let i = 0;
    for (const file of walk(realdata('sie'))) {
      const rel = path.relative(realdata('sie'), file);
      let target = path.join(dir, `${i++}.kontera`);
      let r = await dispatch(new Session(), 'sie.import', { path: file, newCompany: { path: target } });
      if (!r.ok && NO_LINE.has(r.error.code)) {
        target = path.join(dir, `${i++}.kontera`);
        r = await dispatch(new Session(), 'sie.import', { path: file, newCompany: { path: target, name: 'Korpusbolaget', identity: '556036-0793' } });
      }
      outcomes.set(rel, r.ok
        ? { ok: true, vouchers: r.value.vouchers, booksDifferences: r.value.booksDifferences.length, target }
        : { ok: false, code: r.error.code, ...(r.error.line ? { line: r.error.line } : {}), target });
    }
  }, 300_000);

  it('every file imports or is refused with a line number; none is an internal error', () => {
    expect(outcomes.size).toBeGreaterThan(120);
    const bad = [...outcomes].filter(([, o]) => !o.ok && (o.code === 'internal' || !o.line)).map(([f, o]) => `${f}: ${o.code}`);
    expect(bad).toEqual([]);
    expect([...outcomes.values()].filter((o) => o.ok).length).toBeGreaterThan(100);
  });

  it.each(EXACT)('%s: closing balances after import equal #UB and #RES', (rel) => {
    const o = outcomes.get(rel);
    expect(o?.ok, `${rel}: ${o?.code} rad ${o?.line}`).toBe(true);
    expect(o?.booksDifferences).toBe(0);
  });

  const tb = async (rel: string) => {
    const s = new Session();
    await dispatch(s, 'company.open', { path: outcomes.get(rel)?.target as string });
    const r = await dispatch(s, 'reports.trialBalance', {});
    const v = await dispatch(s, 'verify', {});
    await dispatch(s, 'company.close', {});
    if (!r.ok || !v.ok) throw new Error('report failed');
    return { closing: Object.fromEntries(r.value.accounts.map((a) => [a.number, a.closing])), accounts: r.value.accounts, verify: v.value };
  };
  const resultSum = (accounts: { number: string; closing: number; opening: number }[]) =>
    accounts.filter((a) => a.number >= '3').reduce((s, a) => s + a.closing - a.opening, 0);

  it('the official example: UB 1930, 1920, 1910 and the year\'s result', async () => {
    const r = await tb('forsslund-sie-parser/SIE4_Exempelfil.SE');
    expect(outcomes.get('forsslund-sie-parser/SIE4_Exempelfil.SE')?.vouchers).toBe(295);
    expect([r.closing['1930'], r.closing['1920'], r.closing['1910']]).toEqual([74668619, 13183423, 303800]);
    expect(resultSum(r.accounts)).toBe(-107434411);
    expect(r.verify.ok).toBe(true);
  });

  it('the real Spiris export: 1 011 vouchers over 18 months, to the öre', async () => {
    const rel = 'auronisai-real-company/Spiris_export_20240701-20251231.se';
    const r = await tb(rel);
    expect(outcomes.get(rel)?.vouchers).toBe(1011);
    expect([r.closing['1930'], r.closing['1910'], r.closing['1940']]).toEqual([9053272, 4338192, -4720366]);
    expect(resultSum(r.accounts)).toBe(32157849);
    expect(r.verify).toMatchObject({ ok: true, vouchers: 1011 });
  });

  it('the BLBLOV encoding triple gives identical books', async () => {
    const books = [];
    for (const rel of ['sie4j/BLBLOV_SIE4.SE', 'sie4j/BLBLOV_SIE4_ISO_8859_15.SE', 'sie4j/BLBLOV_SIE4_UTF_8_1.SE']) {
      const s = new Session();
      await dispatch(s, 'company.open', { path: outcomes.get(rel)?.target as string });
      const j = await dispatch(s, 'reports.journal', {});
      const a = await dispatch(s, 'accounts.list', { includeInactive: true });
      await dispatch(s, 'company.close', {});
      if (!j.ok || !a.ok) throw new Error('read failed');
      books.push(JSON.stringify([a.value.map((x) => [x.number, x.name]), j.value.vouchers.map((v) => [v.ref, v.date, v.text, v.lines.map((l) => [l.account, l.amount])])]));
    }
    expect(new Set(books).size).toBe(1);
  });

  it('the #KSUMMA placeholder file is refused, a real HTML 404 page is not SIE', () => {
    expect(outcomes.get('sie4sdk/Sie4E1ksumma.SI')).toMatchObject({ ok: false, code: 'sie-ksumma-mismatch' });
    expect(outcomes.get('jsisie/HAS4E_1412.Se')).toMatchObject({ ok: false, code: 'not-sie', line: 1 });
    expect(outcomes.get('byrokrat-accounting/Bokslut_Norstedts_SIE_4E.se')?.ok).toBe(true);
  });
});
