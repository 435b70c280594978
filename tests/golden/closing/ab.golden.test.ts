/**
 * Golden year-end of a small aktiebolag (Golden Förpackning AB, FY 2025) through dispatch: the
 * closing vouchers, INK2/INK2R/INK2S, the exact INFO.SRU and BLANKETTER.SRU bytes, the K2
 * årsredovisning as HTML and PDF, the 2026 opening balances (case C17) and the AB refusals.
 * Every expected figure was worked out by hand from ../shared/reference/yearend-law-bas.md;
 * the workings are in tests/golden/closing/ab/WORKINGS.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';
import { parseLedger } from '../../support/ledger.js';
import { hasRealdata, realdata } from '../../support/realdata.js';
import { fixedClock } from '../../../electron/server/context.js';
import { chromiumPath } from '../../../electron/server/workflows/yearEndPdf.js';
import type { YearEndAnswersInput } from '../../../shared/api/areas/closing.answers.js';

const here = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ab');
const FY = '2025-01-01';
const NEXT = '2026-01-01';

const answers: YearEndAnswersInput = {
  company: { address: 'Storgatan 1', postalCode: '702 10', city: 'Örebro', contact: 'Anna Berg', email: 'anna.berg@golden.example', phone: '019-123456' },
  assets: [{ id: 'packmaskin-1', name: 'Packmaskin', acquired: '2025-03-01', cost: 60000, lifeYears: 5, method: 'plan', assetAccount: '1220' }],
  ab: { periodiseringsfond: 'max', periodiseringsfondReversals: [{ account: '2121', amount: 40000 }], statslaneranta: 'auto', taxRate: 'auto' },
  annualReport: {
    seat: 'Örebro', activity: 'Bolaget säljer förpackningsmaterial till företag i Mellansverige.',
    significantEvents: 'Bolaget köpte en packmaskin i mars 2025.', employees: 2, dividend: 50000,
    multiYear: [
      { year: '2024', netTurnover: 980000, resultAfterFinancial: 101000, solidity: '48.2' },
      { year: '2023', netTurnover: 850000, resultAfterFinancial: 62000, solidity: '41.0' },
      { year: '2022', netTurnover: 700000, resultAfterFinancial: 35500, solidity: '35.5' },
    ],
  },
  signatures: [{ name: 'Anna Berg', role: 'Styrelseledamot' }, { name: 'Erik Berg', role: 'Styrelseledamot, verkställande direktör' }],
  signPlace: 'Örebro', signDate: '2026-03-15',
};

/** Closing vouchers in öre, debit positive (WORKINGS.md "Closing vouchers"). */
const EXPECTED_VOUCHERS = [
  { kind: 'depreciation', lines: [['7832', 1_000_000], ['1229', -1_000_000]] },
  { kind: 'periodiseringsfond-reversal', lines: [['2121', 4_000_000], ['8819', -4_000_000]] },
  { kind: 'periodiseringsfond', lines: [['8811', 9_960_900], ['2125', -9_960_900]] },
  { kind: 'tax', lines: [['8910', 6_155_200], ['2512', -6_155_200]] },
  { kind: 'result', lines: [['8999', 23_029_400], ['2099', -23_029_400]] },
];

const EXPECTED_INK2 = { '1.1': 298829, '1.2': 0 };
const EXPECTED_INK2R = {
  '2.4': 50000, '2.19': 75000, '2.21': 1899, '2.26': 667834, '2.27': 25000, '2.28': 392294, '2.29': 209609, '2.45': 20000, '2.48': 110278,
  '2.49': 37552, '3.1': 1200000, '3.6': 240000, '3.7': 126400, '3.8': 473112, '3.9': 10000, '3.16': 1279, '3.18': 312, '3.21': 40000,
  '3.22': 99609, '3.25': 61552, '3.26': 230294,
};
const EXPECTED_INK2S = { '4.1': 230294, '4.3a': 61552, '4.3c': 4912, '4.5c': 45, '4.6a': 2116, '4.15': 298829 };

const nonZero = (r: Record<string, number> | undefined) => Object.fromEntries(Object.entries(r ?? {}).filter(([, v]) => v !== 0));
const expectedBytes = (name: string) => readFileSync(path.join(here, 'expected', name));
/** Text with NBSP/narrow spaces as plain spaces, the real minus as '-', runs of white space as one. */
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ');
const htmlText = (html: string) => flat(html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'));

/** Headings and figures the K2 årsredovisning must print (WORKINGS.md "Årsredovisning"). */
const REPORT_MUST_HOLD = [
  'Årsredovisning', 'Golden Förpackning AB', 'Organisationsnummer 556000-0167', 'Räkenskapsåret 2025-01-01 – 2025-12-31',
  'Förvaltningsberättelse', 'Verksamheten', 'Bolaget säljer förpackningsmaterial till företag i Mellansverige.', 'Företaget har sitt säte i Örebro.',
  'Väsentliga händelser under räkenskapsåret', 'Bolaget köpte en packmaskin i mars 2025.',
  'Flerårsöversikt', 'Belopp i kr 2025 2024 2023 2022', 'Nettoomsättning 1 200 000 980 000 850 000 700 000',
  'Resultat efter finansiella poster 351 455 101 000 62 000 35 500', 'Soliditet 73,4 % 48,2 % 41,0 % 35,5 %',
  'Förändringar i eget kapital', 'Belopp vid årets ingång 25 000 112 000 80 000 217 000', 'Disposition av föregående års resultat 0 80 000 -80 000 0',
  'Utdelning 0 -30 000 0 -30 000', 'Årets resultat 0 0 230 294 230 294', 'Belopp vid årets utgång 25 000 162 000 230 294 417 294',
  'Resultatdisposition', 'Balanserat resultat 162 000', 'Årets resultat 230 294', 'Summa 392 294', 'Utdelas till aktieägarna 50 000', 'Balanseras i ny räkning 342 294',
  'Resultaträkning', 'Nettoomsättning 1 200 000', 'Handelsvaror -240 000', 'Övriga externa kostnader -126 400', 'Personalkostnader Not 2 -473 112',
  'Av- och nedskrivningar av materiella och immateriella anläggningstillgångar -10 000', 'Rörelseresultat 350 488',
  'Övriga ränteintäkter och liknande resultatposter 1 279', 'Räntekostnader och liknande resultatposter -312', 'Resultat efter finansiella poster 351 455',
  'Återföring av periodiseringsfond 40 000', 'Avsättning till periodiseringsfond -99 609', 'Resultat före skatt 291 846',
  'Skatt på årets resultat -61 552', 'Årets resultat 230 294',
  'Balansräkning', 'Inventarier, verktyg och installationer Not 3 50 000', 'Kundfordringar 75 000', 'Övriga fordringar 1 899', 'Kassa och bank 667 834',
  'Summa tillgångar 794 733', 'Aktiekapital 25 000', 'Balanserat resultat 162 000', 'Summa eget kapital 417 294', 'Periodiseringsfonder 209 609',
  'Leverantörsskulder 20 000', 'Skatteskulder 37 552', 'Övriga skulder 110 278', 'Summa eget kapital och skulder 794 733',
  'Noter', 'Not 1 Redovisnings- och värderingsprinciper', 'BFNAR 2016:10', 'Packmaskin: 5 år', 'Not 2 Medelantalet anställda', 'Medelantalet anställda under året: 2.',
  'Not 3 Inventarier, verktyg och installationer', 'Inköp 60 000', 'Utgående anskaffningsvärden 60 000', 'Årets avskrivningar -10 000', 'Redovisat värde 50 000',
  'Not 4 Ställda säkerheter', 'Not 5 Eventualförpliktelser',
  'Underskrifter', 'Örebro den 2026-03-15', 'Anna Berg', 'Erik Berg', 'Styrelseledamot, verkställande direktör',
];

/**
 * Whether a printed row is in pdftotext's layout text. A long label wraps inside its table cell,
 * so its last words come after the row's figures: "Disposition av föregående års 0 80 000 … resultat".
 */
function inPdf(text: string, row: string): boolean {
  if (text.includes(row)) return true;
  const m = /^(.*?[^\d -]) ((?:-?\d[\d ]*(?: %)? ?)+)$/.exec(row);
  if (!m) return false;
  const words = m[1]!.split(' ');
  return words.some((_, k) => k > 0 && text.includes(`${words.slice(0, k).join(' ')} ${m[2]!.trim()} ${words.slice(k).join(' ')}`));
}

/**
 * Field codes in one of Skatteverket's BIFF8 field tables: the shared-string entries that are a
 * bare code (length byte, 0x00, flag 0x00 = compressed Latin-1 text, then the digits, maybe a '*').
 */
function tableCodes(file: string): Set<string> {
  const b = readFileSync(file);
  const out = new Set<string>();
  for (let i = 0; i + 3 < b.length; i++) {
    const n = b[i]!;
    if (n < 2 || n > 6 || b[i + 1] !== 0 || b[i + 2] !== 0) continue;
    const s = b.subarray(i + 3, i + 3 + n).toString('latin1');
    if (/^\d{2,4}\*?$/.test(s)) out.add(s.replace('*', ''));
  }
  return out;
}

function blankettCodes(text: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  let form = '';
  for (const line of text.split('\r\n')) {
    const b = /^#BLANKETT (\w+)-/.exec(line);
    if (b) { form = b[1]!; m.set(form, []); }
    const u = /^#UPPGIFT (\d+) /.exec(line);
    if (u) m.get(form)!.push(u[1]!);
  }
  return m;
}

describe('AB year-end 2025, Golden Förpackning AB', () => {
  let c: TestCompany;
  const out = () => path.join(c.dir, 'ut');

  beforeAll(async () => {
    c = await newCompany({ form: 'AB', name: 'Golden Förpackning AB', identity: '556000-0167', fiscalYear: { start: FY, end: '2025-12-31' }, clock: fixedClock('2026-03-15T09:30:00.000Z') });
    const [ib] = parseLedger(readFileSync(path.join(here, 'opening.ledger'), 'utf8'));
    await c.call('opening.set', { fiscalYear: FY, lines: ib!.lines });
    await c.post(readFileSync(path.join(here, 'input.ledger'), 'utf8'));
  });
  afterAll(() => c?.cleanup());

  it('offers the AB answers template', async () => {
    const d = await c.call('closing.yearEndDefaults', { fiscalYear: FY });
    expect(d.form).toBe('AB');
    expect(d.fields.map((f) => f.key)).toContain('ab.periodiseringsfond');
    expect(d.fields.map((f) => f.key)).not.toContain('ne.nonDeductible');
  });

  it('refuses a later year while this one is open (closing-earlier-year-open)', async () => {
    await c.call('years.new', {});
    const r = await c.raw('closing.yearEndPreview', { fiscalYear: NEXT, answers: {} });
    expect(r.ok ? null : r.error.code).toBe('closing-earlier-year-open');
  });

  it('refuses a dividend above the free equity (closing-dividend-too-large) and posts nothing', async () => {
    const big = { ...answers, annualReport: { ...answers.annualReport, dividend: 392295 } };
    const p = await c.call('closing.yearEndPreview', { fiscalYear: FY, answers: big });
    expect(p.problems.map((x) => x.code)).toEqual(['closing-dividend-too-large']);
    expect(p.canWrite).toBe(false);
    const r = await c.raw('closing.yearEnd', { fiscalYear: FY, answers: big });
    expect(r.ok ? null : r.error.code).toBe('closing-dividend-too-large');
    const ok = await c.call('closing.yearEndPreview', { fiscalYear: FY, answers: { ...answers, annualReport: { ...answers.annualReport, dividend: 392294 } } });
    expect(ok.problems).toEqual([]);
    expect((await c.call('years.list', {})).find((y) => y.start === FY)?.state).toBe('open');
  });

  it('refuses the SRU files without a postal code (sru-postal-code)', async () => {
    const r = await c.raw('closing.yearEnd', { fiscalYear: FY, answers: { ...answers, company: { ...answers.company, postalCode: '' } }, sruDir: path.join(c.dir, 'x') });
    expect(r.ok ? null : r.error.code).toBe('sru-postal-code');
  });

  it('previews the closing vouchers, tax and forms worked out by hand', async () => {
    const p = await c.call('closing.yearEndPreview', { fiscalYear: FY, answers });
    expect(p.problems).toEqual([]);
    expect(p.unmapped).toEqual([]);
    expect(p.vouchers.map((v) => ({ kind: v.kind, lines: v.lines.map((l) => [l.account, l.amount]) }))).toEqual(EXPECTED_VOUCHERS);
    expect(p.vouchers.every((v) => v.series === 'B' && v.date === '2025-12-31')).toBe(true);
    expect(p.reversals).toEqual([]);
    expect(p.statslaneranta).toBe('1.96');
    expect(p.taxRate).toBe('20.6');
    expect(p.tax).toMatchObject({ base: 398438, maxAllocation: 99609, allocation: 99609, allocationToBook: 99609, taxable: 298829, taxBase: 298800, tax: 61552, taxToBook: 61552 });
    expect(p.result).toBe(23_029_400);
    expect(p.forms.ink2).toEqual(EXPECTED_INK2);
    expect(nonZero(p.forms.ink2r)).toEqual(EXPECTED_INK2R);
    expect(nonZero(p.forms.ink2s)).toEqual(EXPECTED_INK2S);
    expect(p.sru?.info).toBe(expectedBytes('INFO.SRU').toString('latin1'));
    expect(p.sru?.blanketter).toBe(expectedBytes('BLANKETTER.SRU').toString('latin1'));
  });

  it('posts the year-end, closes the year and writes the SRU files byte for byte', async () => {
    const r = await c.call('closing.yearEnd', { fiscalYear: FY, answers, sruDir: path.join(out(), 'sru'), pdfDir: out() });
    expect(r.posted.map((p) => [p.ref, p.text])).toEqual([
      ['B1', 'Avskrivningar enligt plan'], ['B2', 'Återföring av periodiseringsfond'], ['B3', 'Avsättning till periodiseringsfond 2025'],
      ['B4', 'Skatt på årets resultat'], ['B5', 'Årets resultat'],
    ]);
    expect(r.nextFiscalYear).toBe(NEXT);
    expect((await c.call('years.list', {})).find((y) => y.start === FY)?.state).toBe('closed');
    for (const f of ['INFO.SRU', 'BLANKETTER.SRU']) {
      const bytes = readFileSync(path.join(out(), 'sru', f));
      expect(bytes.equals(expectedBytes(f))).toBe(true);
      expect(bytes.includes(Buffer.from([0xc3]))).toBe(false); // ö is one byte (0xF6), never UTF-8
    }
    const tb = await c.call('reports.trialBalance', { from: FY, to: '2025-12-31' });
    const ub = Object.fromEntries(tb.accounts.map((a) => [a.number, a.closing]));
    expect([ub['2099'], ub['2125'], ub['2512'], ub['1229'], ub['2121'] ?? 0]).toEqual([-23_029_400, -9_960_900, -6_155_200, -1_000_000, 0]);
    expect(tb.accounts.filter((a) => /^[3-8]/.test(a.number)).reduce((s, a) => s + a.closing, 0)).toBe(0);
  });

  it('writes only field codes that exist in Skatteverket\'s 2025P4 tables', () => {
    if (!hasRealdata) {
      console.log('[ab.golden] ../shared/realdata saknas – kontrollen mot Skatteverkets fälttabeller hoppas över.');
      return;
    }
    const tables: Record<string, string> = { INK2: 'INK2_SKV2002-33-01-24-04.xls', INK2R: 'INK2R_SKV2002-33-01-24-04.xls', INK2S: 'INK2S_SKV2002-33-01-24-04.xls' };
    const written = blankettCodes(expectedBytes('BLANKETTER.SRU').toString('latin1'));
    expect([...written.keys()]).toEqual(['INK2', 'INK2R', 'INK2S']);
    for (const [form, codes] of written) {
      const known = tableCodes(realdata('tax/sru/skv-spec-2025P4', tables[form]!));
      expect(codes.filter((x) => !known.has(x)), form).toEqual([]);
    }
  });

  it('prints the K2 årsredovisning with every heading and figure (HTML)', () => {
    const html = readFileSync(path.join(out(), 'arsredovisning-2025.html'), 'utf8');
    const text = htmlText(html);
    expect(REPORT_MUST_HOLD.filter((s) => !text.includes(flat(s)))).toEqual([]);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('prints the same headings and figures in the PDF', () => {
    const pdf = path.join(out(), 'arsredovisning-2025.pdf');
    if (!chromiumPath()) {
      console.log('[ab.golden] Chromium saknas – PDF-kontrollen hoppas över.');
      return;
    }
    expect(existsSync(pdf)).toBe(true);
    const text = flat(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    expect(REPORT_MUST_HOLD.filter((s) => !inPdf(text, flat(s)))).toEqual([]);
  });

  it('opens 2026 with 2099 at zero and the 2025 result on 2098 (case C17)', async () => {
    const tb = await c.call('reports.trialBalance', { from: NEXT, to: '2026-12-31' });
    const ib = Object.fromEntries(tb.accounts.filter((a) => a.opening !== 0).map((a) => [a.number, a.opening]));
    expect(ib['2099']).toBeUndefined();
    expect(ib['2098']).toBe(-23_029_400);
    expect(ib['2091']).toBe(-16_200_000);
    expect(ib['2081']).toBe(-2_500_000);
    expect(Object.keys(ib).filter((a) => /^[3-8]/.test(a))).toEqual([]);
    expect(tb.totals.opening).toBe(0);
    expect(Object.values(ib).reduce((s, x) => s + x, 0)).toBe(0);
  });

  it('refuses a second run (closing-year-closed) and documents for an open year (closing-year-not-closed)', async () => {
    const again = await c.raw('closing.yearEnd', { fiscalYear: FY, answers });
    expect(again.ok ? null : again.error.code).toBe('closing-year-closed');
    const docs = await c.raw('closing.yearEndDocuments', { fiscalYear: NEXT });
    expect(docs.ok ? null : docs.error.code).toBe('closing-year-not-closed');
  });

  it('produces the closed year\'s SRU files again, byte for byte', async () => {
    const dir = path.join(c.dir, 'igen');
    mkdirSync(dir);
    const r = await c.call('closing.yearEndDocuments', { fiscalYear: FY, sruDir: dir });
    expect(r.forms.ink2).toEqual(EXPECTED_INK2);
    for (const f of ['INFO.SRU', 'BLANKETTER.SRU']) expect(readFileSync(path.join(dir, f)).equals(expectedBytes(f))).toBe(true);
  });
});

describe('AB year-end 2025 with a loss, Förlustbolaget AB', () => {
  let c: TestCompany;
  beforeAll(async () => {
    c = await newCompany({ form: 'AB', name: 'Förlustbolaget AB', identity: '556000-0167', fiscalYear: { start: FY, end: '2025-12-31' }, clock: fixedClock('2026-03-15T09:30:00.000Z') });
    const [ib, ...rest] = parseLedger(readFileSync(path.join(here, 'loss.ledger'), 'utf8'));
    await c.call('opening.set', { fiscalYear: FY, lines: ib!.lines });
    for (const v of rest) await c.call('vouchers.post', { date: v.date, series: v.series, text: v.text, lines: v.lines });
  });
  afterAll(() => c?.cleanup());

  it('books no tax, declares the underskott on 1.2 and carries the loss to 2098', async () => {
    const dir = path.join(c.dir, 'sru');
    const r = await c.call('closing.yearEnd', { fiscalYear: FY, answers: { company: { postalCode: '702 10', city: 'Örebro' }, ab: { periodiseringsfond: 'max' } }, sruDir: dir });
    expect(r.vouchers.map((v) => ({ kind: v.kind, lines: v.lines.map((l) => [l.account, l.amount]) }))).toEqual([
      { kind: 'result', lines: [['8999', -5_200_000], ['2099', 5_200_000]] },
    ]);
    expect(r.tax).toMatchObject({ allocation: 0, taxable: -50000, taxBase: 0, tax: 0, taxToBook: 0 });
    expect(r.forms.ink2).toEqual({ '1.1': 0, '1.2': 50000 });
    expect(nonZero(r.forms.ink2s)).toEqual({ '4.2': 52000, '4.3c': 2000, '4.16': 50000 });
    expect(readFileSync(path.join(dir, 'BLANKETTER.SRU')).equals(expectedBytes('loss.BLANKETTER.SRU'))).toBe(true);
    const tb = await c.call('reports.trialBalance', { from: NEXT, to: '2026-12-31' });
    const ib = Object.fromEntries(tb.accounts.filter((a) => a.opening !== 0).map((a) => [a.number, a.opening]));
    expect(ib).toEqual({ '1930': 7_300_000, '2081': -2_500_000, '2091': -7_500_000, '2098': 5_200_000, '2650': -2_500_000 });
  });
});
