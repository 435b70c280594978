/**
 * Golden year-end of an enskild firma (tests/golden/closing/ef/): a small, realistic 2025 posted
 * through dispatch, closed with `closing.yearEnd`, and every output compared with figures worked
 * out by hand from ../shared/reference/yearend-law-bas.md (never copied from the program's output):
 * the closing vouchers, NE page 1 and 2, the exact bytes of INFO.SRU and BLANKETTER.SRU, the
 * förenklat årsbokslut's text, the opening balances of 2026 (case C17: 2013/2018/2019 → 2010) and
 * the refusals (second year-end, unmapped account, bad answers).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/server/context.js';
import { usePdfPrinter } from '../../../electron/server/workflows/yearEndPdf.js';
import { NE_LABELS, neRowName } from '../../../shared/domain/sru/neLabels.js';
import type { YearEndResultDto } from '../../../shared/api/dto/closing.js';
import { newCompany, tempDir, type TestCompany } from '../../support/company.js';
import { parseLedger, type LedgerVoucher } from '../../support/ledger.js';
import { hasRealdata, realdata } from '../../support/realdata.js';
import { readXls } from '../../unit/closing/support/biff.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ef');
const CASES = readdirSync(root).filter((d) => existsSync(path.join(root, d, 'input.ledger'))).sort();
interface CaseInfo { name: string; vatMethod: 'kontant' | 'faktura'; documentAccounts: string[]; sruFields: number; owner: string | null; disclosures: { U1: number; U2: number; U3: number } }
const CLOCK = '2026-03-16T09:30:00.000Z'; // 10:30:00 in Stockholm (CET)
const FY = '2025-01-01';

/** Whole-krona rows without the zero rows (the expected file lists only non-zero rows). */
const nonZero = (rows: Record<string, number>) => Object.fromEntries(Object.entries(rows).filter(([, v]) => v !== 0));

/** Vouchers as account/amount pairs, for comparing with a ledger text. */
const shape = (vs: readonly LedgerVoucher[]) => vs.map((v) => ({ date: v.date, series: v.series, text: v.text, lines: v.lines.map((l) => ({ account: l.account, amount: l.amount })) }));

async function efCompany(name: string, vatMethod: 'kontant' | 'faktura'): Promise<TestCompany> {
  return newCompany({ form: 'EF', identity: '811218-9876', name, fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, vatPeriod: 'year', vatMethod, clock: fixedClock(CLOCK) });
}

/** Opening balances from the IB pseudo-voucher, the rest posted as vouchers. */
async function postFixture(c: TestCompany, vs: readonly LedgerVoucher[]): Promise<void> {
  for (const v of vs) {
    if (v.series === 'IB') await c.call('opening.set', { fiscalYear: v.date, lines: v.lines });
    else await c.call('vouchers.post', { date: v.date, series: v.series, text: v.text, lines: v.lines });
  }
}

/** The visible text of the HTML document, tags dropped, spaces (incl. NBSP) collapsed. */
function visibleText(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/[\s\u00a0]+/g, ' ');
}
/** Whole kronor as the document prints them (thin groups, U+2212 minus), NBSP already collapsed. */
const kr = (n: number) => (n < 0 ? '\u2212' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

describe.each(CASES)('EF year-end 2025, %s (golden, hand-worked)', (name) => {
  const here = path.join(root, name);
  const read = (f: string) => readFileSync(path.join(here, f), 'utf8');
  const info = JSON.parse(read('case.json')) as CaseInfo;
  const ledger = parseLedger(read('input.ledger'));
  const answers = JSON.parse(read('answers.json')) as Record<string, unknown>;
  const expectedNe = JSON.parse(read('expected/ne.json')) as { page1: Record<string, number>; page2: Record<string, number> };
  const closing = shape(parseLedger(read('expected/closing-vouchers.ledger')));
  const yearEndVouchers = closing.filter((v) => v.date === '2025-12-31');
  const result = -yearEndVouchers.at(-1)!.lines.find((l) => l.account === '2019')!.amount;
  let c: TestCompany;
  let out: string;
  let run: YearEndResultDto;

  beforeAll(async () => {
    usePdfPrinter({ print: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]) }); // no Chromium on a shared 2-core machine
    c = await efCompany(info.name, info.vatMethod);
    await postFixture(c, ledger);
    out = tempDir('kontera-ef-golden-');
  });
  afterAll(() => { usePdfPrinter(null); c?.cleanup(); });

  it('offers the EF answers template (ne.*, no ab.*)', async () => {
    const d = await c.call('closing.yearEndDefaults', { fiscalYear: FY });
    expect(d.form).toBe('EF');
    const keys = d.fields.map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['ne.nonDeductible', 'ne.capitalBase', 'ne.periodiseringsfondAllocation', 'ne.egenavgiftSchablon']));
    expect(keys.some((k) => k.startsWith('ab.'))).toBe(false);
  });

  it('previews exactly the hand-worked closing vouchers and NE rows, without writing anything', async () => {
    const p = await c.call('closing.yearEndPreview', { fiscalYear: FY, answers });
    expect(p.problems).toEqual([]);
    expect(p.unmapped).toEqual([]);
    expect(p.canWrite).toBe(true);
    expect(shape(p.vouchers)).toEqual(yearEndVouchers);
    expect(shape(p.reversals)).toEqual(closing.filter((v) => v.date === '2026-01-01'));
    expect(p.result).toBe(result);
    expect(expectedNe.page1.R11).toBe(Math.trunc(result / 100));
    expect(p.statslaneranta).toBe('1.96');
    expect(nonZero(p.forms.ne!.page1)).toEqual(expectedNe.page1);
    expect(nonZero(p.forms.ne!.page2)).toEqual(expectedNe.page2);
    const years = await c.call('years.list', {});
    expect(years.map((y) => [y.start, y.state])).toEqual([['2025-01-01', 'open']]);
  });

  it('posts the closing vouchers, closes 2025 and writes INFO.SRU, BLANKETTER.SRU and the document', async () => {
    run = await c.call('closing.yearEnd', { fiscalYear: FY, answers, sruDir: path.join(out, 'sru'), pdfDir: out });
    expect(run.posted.map((p) => p.ref)).toEqual(yearEndVouchers.map((_, i) => `B${i + 1}`));
    const posted = [];
    for (const p of [...run.posted, ...run.reversalsPosted]) {
      const fiscalYear = p.date.slice(0, 4) + '-01-01';
      const v = await c.call('vouchers.get', { voucher: { series: 'B', number: Number(p.ref.slice(1)), fiscalYear } });
      posted.push({ date: v.date, series: v.series, text: v.text, lines: v.lines.map((l) => ({ account: l.account, amount: l.amount })) });
    }
    expect(posted).toEqual(closing);
    expect(run.nextFiscalYear).toBe('2026-01-01');
    expect(run.pdfError).toBeNull();
    expect(readdirSync(path.join(out, 'sru')).sort()).toEqual(['BLANKETTER.SRU', 'INFO.SRU']);
    expect(readFileSync(path.join(out, 'sru', 'INFO.SRU'))).toEqual(readFileSync(path.join(here, 'expected', 'INFO.SRU')));
    expect(readFileSync(path.join(out, 'sru', 'BLANKETTER.SRU'))).toEqual(readFileSync(path.join(here, 'expected', 'BLANKETTER.SRU')));
    expect(existsSync(path.join(out, 'forenklat-arsbokslut-2025.html'))).toBe(true);
    const years = await c.call('years.list', {});
    expect(years.map((y) => [y.start, y.state, y.openingSource])).toEqual([['2025-01-01', 'closed', 'manual'], ['2026-01-01', 'open', 'carried']]);
  });

  it('writes SRU files that are ISO-8859-1, whole kronor, no zero lines, one #FIL_SLUT last', () => {
    const bytes = readFileSync(path.join(out, 'sru', 'BLANKETTER.SRU'));
    const infoBytes = readFileSync(path.join(out, 'sru', 'INFO.SRU'));
    for (const b of [bytes, infoBytes]) expect(b.includes(Buffer.from('Åsa', 'utf8'))).toBe(false);
    expect(infoBytes.includes(Buffer.from([0xc5, 0x73, 0x61]))).toBe(true); // "Åsa" in Latin-1
    const lines = iconv.decode(bytes, 'latin1').split('\r\n');
    // #NAMN is "Uppgiftslämnarens namn" (NE_SKV2161): the owner whose personnummer is #IDENTITET, left out when no owner is named.
    expect(lines.filter((l) => l.startsWith('#NAMN'))).toEqual(info.owner ? [`#NAMN ${info.owner}`] : []);
    expect(iconv.decode(infoBytes, 'latin1').split('\r\n')).toContain(`#NAMN ${info.owner ?? info.name}`);
    // 7023 ("Jag har inte tillämpat reglerna om förenklat årsbokslut") only above 3 MSEK; both cases are far below.
    expect(lines.some((l) => l.startsWith('#UPPGIFT 7023'))).toBe(false);
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('#FIL_SLUT');
    for (const l of lines.filter((x) => x.startsWith('#UPPGIFT'))) expect(l).toMatch(/^#UPPGIFT \d{4} (-?[1-9]\d*|X|\d{8}|[^#]+)$/);
    expect(lines.filter((x) => / 0$/.test(x))).toEqual([]);
  });

  it('writes only SRU field codes that exist in Skatteverket\'s NE table for 2025P4', (ctx) => {
    const table = hasRealdata ? realdata('tax/sru/skv-spec-2025P4/NE_SKV2161-13-02-25-02.xls') : '';
    if (!hasRealdata || !existsSync(table)) { ctx.skip(); console.log('[ef.golden] ../shared/realdata saknas – fältkoderna kontrolleras inte mot NE_SKV2161.'); return; }
    const sheet = readXls(new Uint8Array(readFileSync(table)))[0]!;
    const types = new Map([...sheet.rows.values()].map((r) => [r.get(1) ?? '', r.get(2) ?? ''] as const).filter(([code]) => /^\d{4}$/.test(code)));
    const written = iconv.decode(readFileSync(path.join(out, 'sru', 'BLANKETTER.SRU')), 'latin1').split('\r\n').filter((l) => l.startsWith('#UPPGIFT')).map((l) => l.split(' ') as [string, string, string]);
    expect(written.length).toBe(info.sruFields);
    expect(written.map(([, code]) => code).filter((code) => !types.has(code))).toEqual([]);
    // A negative value only where the table allows one (Numeriskt_A); checkboxes only in Str_X fields.
    expect(written.filter(([, code, v]) => v.startsWith('-') && types.get(code) !== 'Numeriskt_A')).toEqual([]);
    expect(written.filter(([, code, v]) => v === 'X' && types.get(code) !== 'Str_X')).toEqual([]);
  });

  it('prints a förenklat årsbokslut that holds every heading and every hand-worked figure', () => {
    expect(run.document.kind).toBe('forenklat-arsbokslut');
    expect(run.document.title).toBe('Förenklat årsbokslut 2025');
    const html = readFileSync(path.join(out, 'forenklat-arsbokslut-2025.html'), 'utf8');
    expect(html).toBe(run.document.html);
    const text = visibleText(html);
    const signed = typeof answers.signPlace === 'string' ? [`${answers.signPlace} den ${String(answers.signDate)}`, 'Åsa Exempelsson Innehavare'] : ['Innehavare'];
    for (const h of ['Förenklat årsbokslut', 'Balansräkning', 'Resultaträkning', 'Specifikation', 'Skattemässiga justeringar (NE-bilagan sidan 2)', 'Underskrift',
      info.name, '811218-9876', 'Räkenskapsåret 2025-01-01 – 2025-12-31', 'BFNAR 2006:1 (K1)', ...signed]) {
      expect(text).toContain(h);
    }
    for (const [row, v] of Object.entries({ ...expectedNe.page1, ...expectedNe.page2 })) expect(text).toContain(`${neRowName(row)} ${NE_LABELS[row]} ${kr(v)}`);
    // The two R20 rows are told apart by their printed sign, as on the NE form (7614 +, 7703 −).
    expect(text).toContain(`R20 (+) Min andel som medhjälpande make ${kr(expectedNe.page2['R20+'] ?? 0)}`);
    expect(text).toContain(`R20 (\u2212) Andel till medhjälpande make ${kr(expectedNe.page2.R20 ?? 0)}`);
    expect(text).not.toMatch(/R20 [^(]/);
    // Upplysningar (K1, yearend-law-bas.md §4.1): redovisningsprinciper and U1–U4, figures by hand in case.json / README.
    const method = info.vatMethod === 'kontant' ? 'enligt kontantmetoden; vid årets slut har obetalda kundfordringar och leverantörsskulder bokförts' : 'enligt faktureringsmetoden';
    for (const h of ['Upplysningar', 'Redovisningsprinciper. Årsbokslutet är upprättat som förenklat årsbokslut enligt BFNAR 2006:1 (K1).', method,
      `U1 Periodiseringsfonder vid räkenskapsårets slut ${kr(info.disclosures.U1)}`, `U2 Expansionsfond vid räkenskapsårets slut ${kr(info.disclosures.U2)}`,
      `U3 Ersättningsfonder vid räkenskapsårets slut ${kr(info.disclosures.U3)}`, 'U4 Övriga upplysningar (skogskonto, upphovsmannakonto, insatsemissioner m.m.) Inga']) {
      expect(text).toContain(h);
    }
    expect(text).not.toContain('Medelantalet anställda'); // no staff (R7 = 0)
    const assets = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9'].reduce((s, r) => s + (expectedNe.page1[r] ?? 0), 0);
    expect(text).toContain(`Summa tillgångar ${kr(assets)}`);
    expect(text).toContain(`Summa eget kapital och skulder ${kr(assets)}`);
    for (const a of info.documentAccounts) expect(text).toMatch(new RegExp(`[BR]\\d+ ${a} `));
  });

  it('opens 2026 with last year\'s closing balances and only 2010 carrying equity (C17)', async () => {
    const tb = await c.call('reports.trialBalance', { fiscalYear: '2026-01-01' });
    const opening = tb.accounts.filter((a) => a.opening !== 0).map((a) => ({ account: a.number, amount: a.opening }));
    const expected = parseLedger(read('expected/opening-2026.ledger'))[0]!.lines;
    expect(opening).toEqual(expected);
    expect(opening.reduce((s, l) => s + l.amount, 0)).toBe(0);
    expect(opening.filter((l) => /^201[1-9]$/.test(l.account))).toEqual([]);
    // The reversals are the only 2026 movements.
    for (const r of closing.filter((v) => v.date === '2026-01-01')) for (const l of r.lines) {
      const row = tb.accounts.find((a) => a.number === l.account)!;
      expect(row.closing - row.opening).toBe(l.amount);
    }
  });

  it('refuses a second year-end of 2025 and reproduces the same files from the closed year', async () => {
    const again = await c.raw('closing.yearEnd', { fiscalYear: FY, answers });
    expect(again.ok === false && again.error.code).toBe('closing-year-closed');
    const preview = await c.raw('closing.yearEndPreview', { fiscalYear: FY, answers });
    expect(preview.ok === false && preview.error.code).toBe('closing-year-closed');
    const late = await c.raw('vouchers.post', { date: '2025-12-31', text: 'Sen post', lines: [{ account: '6110', amount: 100 }, { account: '1930', amount: -100 }] });
    expect(late.ok).toBe(false);
    const docs = await c.call('closing.yearEndDocuments', { fiscalYear: FY, sruDir: path.join(out, 'again') });
    expect(docs.posted).toEqual(run.posted);
    expect(readFileSync(path.join(out, 'again', 'BLANKETTER.SRU'))).toEqual(readFileSync(path.join(here, 'expected', 'BLANKETTER.SRU')));
    expect(readFileSync(path.join(out, 'again', 'INFO.SRU'))).toEqual(readFileSync(path.join(here, 'expected', 'INFO.SRU')));
    expect(nonZero(docs.forms.ne!.page2)).toEqual(expectedNe.page2);
    const verify = await c.call('verify', {});
    expect(verify.ok).toBe(true);
  });
});

describe('EF year-end refusals', () => {
  const small = `
2025-01-01 IB "Ingående balanser"
  1930   20 000,00
  2010  -20 000,00
2025-03-01 A "Försäljning"
  1930   12 500,00
  3001  -10 000,00
  2611   -2 500,00
`;
  const cleanups: TestCompany[] = [];
  afterAll(() => { for (const c of cleanups) c.cleanup(); });
  const company = async (extra = '') => { const c = await efCompany('Test Enskild Firma', 'faktura'); cleanups.push(c); await postFixture(c, parseLedger(small + extra)); return c; };
  const base = { company: { postalCode: '352 30', city: 'Växjö', personnummer: '198112189876' } };

  it('lists an account with a balance but no NE row, blocks the SRU export and refuses the year-end (closing-unmapped-accounts)', async () => {
    // An EF booking a periodiseringsfond like an AB: 8811 has no NE row (it is declaration-only for an EF, R34).
    const c = await company(`
2025-12-31 A "Avsättning periodiseringsfond (felaktigt bokförd)"
  8811    3 000,00
  2125   -3 000,00
`);
    const p = await c.call('closing.yearEndPreview', { fiscalYear: FY, answers: base });
    expect(p.unmapped).toEqual([{ account: '8811', name: expect.any(String), balance: 300_000 }]);
    expect(p.sru).toBeNull();
    expect(p.canWrite).toBe(false);
    expect(p.problems.map((x) => x.code)).toContain('closing-unmapped-accounts');
    expect(p.problems.find((x) => x.code === 'closing-unmapped-accounts')!.message).toContain('8811');
    const r = await c.raw('closing.yearEnd', { fiscalYear: FY, answers: base, sruDir: path.join(c.dir, 'sru') });
    expect(r.ok === false && r.error.code).toBe('closing-unmapped-accounts');
    expect(existsSync(path.join(c.dir, 'sru', 'BLANKETTER.SRU'))).toBe(false);
    expect((await c.call('years.list', {}))[0]!.state).toBe('open');
  });

  it('refuses unknown years, documents of an open year, bad accruals, unpaid invoices under fakturametoden and a bad postal code', async () => {
    const c = await company();
    const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);
    expect(code(await c.raw('closing.yearEndDefaults', { fiscalYear: '2024-01-01' }))).toBe('no-fiscal-year');
    expect(code(await c.raw('closing.yearEndPreview', { fiscalYear: '2024-01-01', answers: base }))).toBe('no-fiscal-year');
    expect(code(await c.raw('closing.yearEndDocuments', { fiscalYear: FY }))).toBe('closing-year-not-closed');
    expect(code(await c.raw('closing.yearEnd', { fiscalYear: FY, answers: { ...base, accruals: [{ text: 'Fel', account: '1930', balanceAccount: '1730', amount: 100 }] } }))).toBe('closing-accrual-account');
    expect(code(await c.raw('closing.yearEnd', { fiscalYear: FY, answers: { ...base, unpaidCustomerInvoices: [{ counterparty: 'Kund AB', gross: 1250 }] } }))).toBe('closing-not-kontant');
    expect(code(await c.raw('closing.yearEnd', { fiscalYear: FY, answers: { ...base, company: { ...base.company, postalCode: '3523' } }, sruDir: path.join(c.dir, 'sru') }))).toBe('sru-postal-code');
    expect((await c.call('years.list', {}))[0]!.state).toBe('open');
  });

  it('refuses the year-end of 2026 while 2025, with vouchers of its own, is still open (closing-earlier-year-open)', async () => {
    const c = await company();
    await c.call('years.new', {});
    expect((await c.raw('closing.yearEnd', { fiscalYear: '2026-01-01', answers: base })).ok === false).toBe(true);
    const r = await c.raw('closing.yearEndPreview', { fiscalYear: '2026-01-01', answers: base });
    expect(r.ok === false && r.error.code).toBe('closing-earlier-year-open');
    // Closing 2025 afterwards replaces 2026's carried opening balances: result 10 000 → 2019 → 2010.
    await c.call('closing.yearEnd', { fiscalYear: FY, answers: base });
    const tb = await c.call('reports.trialBalance', { fiscalYear: '2026-01-01' });
    expect(tb.openingStale).toBe(false);
    expect(tb.accounts.filter((a) => a.opening !== 0).map((a) => [a.number, a.opening])).toEqual([['1930', 3_250_000], ['2010', -3_000_000], ['2611', -250_000]]);
    expect((await c.raw('closing.yearEndPreview', { fiscalYear: '2026-01-01', answers: base })).ok).toBe(true);
  });
});

describe('EF above 3 MSEK: NE 7023 "Jag har inte tillämpat reglerna om förenklat årsbokslut" (NE_SKV2161)', () => {
  const cleanups: TestCompany[] = [];
  afterAll(() => { for (const c of cleanups) c.cleanup(); });
  const base = { company: { postalCode: '352 30', city: 'Växjö', personnummer: '198112189876' }, signatures: [{ name: 'Åsa Exempelsson' }] };
  /** One sale of `net` kronor (+ 25 % moms) on 3001, opening bank 20 000. */
  const company = async (net: string, vat: string, gross: string) => {
    const c = await efCompany('Stora Firman', 'faktura'); cleanups.push(c);
    await postFixture(c, parseLedger(`
2025-01-01 IB "Ingående balanser"
  1930   20 000,00
  2010  -20 000,00
2025-06-01 A "Försäljning"
  1930   ${gross}
  3001  -${net}
  2611  -${vat}
`));
    return c;
  };
  const lines = (sru: string) => sru.split('\r\n');

  it('ticks 7023 right after the dates when the net turnover is above 3 000 000 kr, and says so in the document', async () => {
    // Nettoomsättning 3 000 001 kr > 3 000 000 kr (BFL 6 kap. 6 §) → no förenklat årsbokslut.
    const p = await (await company('3 000 001,00', '750 000,25', '3 750 001,25')).call('closing.yearEndPreview', { fiscalYear: FY, answers: base });
    expect(p.problems).toEqual([]);
    const l = lines(p.sru!.blanketter);
    expect(l.slice(0, 6)).toEqual(['#BLANKETT NE-2025P4', '#IDENTITET 198112189876 20260316 103000', '#NAMN Åsa Exempelsson', '#UPPGIFT 7011 20250101', '#UPPGIFT 7012 20251231', '#UPPGIFT 7023 X']);
    expect(l).toContain('#UPPGIFT 7400 3000001');
    expect(p.warnings.some((w) => w.includes('7023'))).toBe(true);
    const text = visibleText(p.document.html);
    expect(text).toContain('förenklat årsbokslut får inte upprättas');
    expect(text).not.toContain('Upprättat enligt BFNAR 2006:1 (K1).');
  });

  it('leaves 7023 out at exactly 3 000 000 kr ("högst 3 miljoner"), and when the owner answers that K1 applies anyway', async () => {
    const at = await (await company('3 000 000,99', '750 000,25', '3 750 001,24')).call('closing.yearEndPreview', { fiscalYear: FY, answers: base });
    expect(lines(at.sru!.blanketter).filter((x) => x.startsWith('#UPPGIFT 7023'))).toEqual([]); // 3 000 000,99 → 3 000 000 whole kronor
    const above = await company('3 500 000,00', '875 000,00', '4 375 000,00');
    const normal = await above.call('closing.yearEndPreview', { fiscalYear: FY, answers: { ...base, ne: { simplifiedAccounts: true } } });
    expect(lines(normal.sru!.blanketter).filter((x) => x.startsWith('#UPPGIFT 7023'))).toEqual([]);
    const forced = await above.call('closing.yearEndPreview', { fiscalYear: FY, answers: { ...base, ne: { simplifiedAccounts: false } } });
    expect(lines(forced.sru!.blanketter)).toContain('#UPPGIFT 7023 X');
  });
});
