import { describe, it, expect, afterEach } from 'vitest';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { newCompany, tempDir, type TestCompany } from '../../support/company.js';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';

const FIX = path.resolve('tests/fixtures/sie');
const fx = (f: string) => path.join(FIX, f);
let c: TestCompany | undefined;
afterEach(() => c?.cleanup());

async function fromSie(file: string, over: Record<string, unknown> = {}) {
  const dir = tempDir();
  const target = path.join(dir, 'import.kontera');
  const s = new Session();
  const r = await dispatch(s, 'sie.import', { path: file, newCompany: { path: target, ...over } });
  return { dir, target, s, r };
}

const books = async (s: Session) => {
  const j = await dispatch(s, 'reports.journal', {});
  if (!j.ok) throw new Error(j.error.message);
  return j.value.vouchers.map((v) => ({ ref: v.ref, date: v.date, text: v.text, lines: v.lines.map((l) => [l.account, l.amount, l.text]) }));
};

describe('SIE import into a new company', () => {
  it('builds the company from the file and its books equal the file\'s #UB and #RES', async () => {
    const { s, target, r } = await fromSie(fx('small-4e.se'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ dryRun: false, kind: '4E', encoding: expect.any(String), company: { name: 'Exempeljackor AB', orgnr: '556036-0793' }, differences: [], booksDifferences: [] });
    await dispatch(s, 'company.open', { path: target });
    const info = await dispatch(s, 'company.info', {});
    expect(info.ok && info.value).toMatchObject({ name: 'Exempeljackor AB', form: 'AB', fiscalYears: [{ start: '2025-01-01', end: '2025-12-31', openingSource: 'import' }] });
    const tb = await dispatch(s, 'reports.trialBalance', {});
    expect(tb.ok && Object.fromEntries(tb.value.accounts.map((a) => [a.number, a.closing]))).toMatchObject({ '1930': 7150000, '1510': 625000, '3001': -1500000 });
    const v = await dispatch(s, 'verify', {});
    expect(v.ok && v.value.problems).toEqual([]);
  });

  it('a dry run shows the same report and writes no file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ny.kontera');
    const dry = await dispatch(new Session(), 'sie.import', { path: fx('small-4e.se'), dryRun: true, newCompany: { path: target } });
    expect(dry.ok && dry.value.dryRun).toBe(true);
    expect(existsSync(target)).toBe(false);
    const real = await dispatch(new Session(), 'sie.import', { path: fx('small-4e.se'), newCompany: { path: target } });
    if (!dry.ok || !real.ok) throw new Error('import failed');
    const strip = (x: typeof dry.value) => ({ ...x, dryRun: undefined, file: undefined });
    expect(strip(dry.value)).toEqual(strip(real.value));
  });

  it('a file with an error names its line and writes nothing (case C5)', async () => {
    const { target, r } = await fromSie(fx('c5-unbalanced.se'));
    expect(r.ok || [r.error.code, r.error.line]).toEqual(['unbalanced-voucher', 29]);
    expect(r.ok || r.error.message).toMatch(/rad 29/);
    expect(existsSync(target)).toBe(false);
    const notSie = await fromSie(fx('not-sie-404.se'));
    expect(notSie.r.ok || notSie.r.error.code).toBe('not-sie');
  });

  it('keeps objects, escaped quotes and empty {} (case C5)', async () => {
    const { s, target, r } = await fromSie(fx('c5-objects.se'), { name: 'Objekt AB', identity: '556036-0793' });
    expect(r.ok).toBe(true);
    await dispatch(s, 'company.open', { path: target });
    const j = await books(s);
    expect(j.some((v) => v.text.includes('"Fas 2"') || v.lines.some((l) => String(l[2] ?? '').includes('"Fas 2"')))).toBe(true);
    const raw = s.db?.raw.prepare("SELECT extras FROM vouchers WHERE extras LIKE '%STH-1%'").get() as { extras: string } | undefined;
    expect(JSON.parse(raw?.extras ?? '{}').lines?.[0]?.objects).toEqual([{ dim: 1, id: 'STH-1' }]);
  });
});

describe('SIE import into the open company', () => {
  it('the same file twice adds nothing; an overlapping file adds only the new vouchers (case C3)', async () => {
    c = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, identity: '556036-0793' });
    const first = await c.call('sie.import', { path: fx('c3-a1-a10.se') });
    expect(first).toMatchObject({ vouchers: 10, skipped: 0 });
    expect(first.backup && existsSync(first.backup)).toBe(true);
    const again = await c.call('sie.import', { path: fx('c3-a1-a10.se') });
    expect(again).toMatchObject({ vouchers: 0, skipped: 10 });
    const preview = await c.call('sie.import', { path: fx('c3-a1-a12-overlap.se'), dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, vouchers: 2, skipped: 10 });
    expect((await c.call('vouchers.list', { offset: 0, limit: 100 })).total).toBe(10);
    const overlap = await c.call('sie.import', { path: fx('c3-a1-a12-overlap.se') });
    expect(overlap).toMatchObject({ vouchers: 2, skipped: 10 });
    const list = await c.call('vouchers.list', { offset: 0, limit: 100 });
    expect(list.rows.map((r) => r.ref).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(Array.from({ length: 12 }, (_, i) => `A${i + 1}`));
    const next = await c.post(`2025-06-01 A "Efter import"\n  6110 100\n  1930 -100\n`);
    expect(next[0]?.ref).toBe('A13');
    expect((await c.call('verify', {})).problems).toEqual([]);
    const log = await c.call('audit.list', { offset: 0, limit: 20 });
    expect(log.rows.filter((x) => x.action === 'sie.imported')).toHaveLength(3);
  });

  it('a changed voucher with a booked number is refused with its line, nothing written', async () => {
    c = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    await c.call('sie.import', { path: fx('c3-a1-a10.se') });
    const changed = readFileSync(fx('c3-a1-a12-overlap.se'), 'latin1').replace('#TRANS 1930 {} 100.00', '#TRANS 1930 {} 101.00').replace('#TRANS 3001 {} -100.00', '#TRANS 3001 {} -101.00');
    const f = path.join(c.dir, 'andrad.se');
    writeFileSync(f, changed, 'latin1');
    const r = await c.raw('sie.import', { path: f });
    expect(r.ok || r.error.code).toBe('sie-voucher-conflict');
    expect(r.ok || r.error.line).toBeGreaterThan(0);
    expect((await c.call('vouchers.list', { offset: 0, limit: 100 })).total).toBe(10);
  });

  it('a voucher in a closed month is refused by line (case C21 d)', async () => {
    c = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    await c.call('periods.close', { month: '2025-01' });
    const r = await c.raw('sie.import', { path: fx('c3-a1-a10.se') });
    expect(r.ok || r.error.code).toBe('period-closed');
    expect(r.ok || r.error.message).toMatch(/rad \d+/);
    expect((await c.call('vouchers.list', { offset: 0, limit: 100 })).total).toBe(0);
  });

  it('numbers SIE 4I vouchers without numbers in the chosen series', async () => {
    c = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    await c.post(`2025-01-02 B "Egen"\n  6110 1\n  1930 -1\n`);
    const f = path.join(c.dir, 'typ4i.si');
    writeFileSync(f, encodeSieText('#FLAGGA 0\n#SIETYP 4\n#FNAMN "X"\n#VER "" "" 20250301 "Kassa 1"\n{\n#TRANS 1910 {} 50.00\n#TRANS 3001 {} -50.00\n}\n#VER "" "" 20250201 "Kassa 0"\n{\n#TRANS 1910 {} 10.00\n#TRANS 3001 {} -10.00\n}\n'));
    const r = await c.call('sie.import', { path: f, series: 'B' });
    expect(r.vouchers).toBe(2);
    const list = await c.call('vouchers.list', { offset: 0, limit: 10 });
    expect(list.rows.map((x) => `${x.ref} ${x.text}`)).toEqual(['B1 Egen', 'B2 Kassa 0', 'B3 Kassa 1']);
  });
});

describe('the encoding is read from the bytes (case C1)', () => {
  const body = '#FLAGGA 0\n#SIETYP 4\n#FNAMN "Kodbolaget AB"\n#ORGNR 556036-0793\n#RAR 0 20250101 20251231\n#KONTO 4535 "Inköp av tjänster från annat EU-land"\n#KONTO 6570 "BANKTJÄNSTER"\n#VER A 1 20250105 "Bankavgift"\n{\n#TRANS 6570 {} 50.00\n#TRANS 1930 {} -50.00\n}\n';
  it('CP437, UTF-8 and Windows-1252 files give identical books', async () => {
    const dir = tempDir();
    const variants: [string, Buffer][] = [
      ['pc8.se', encodeSieText(`#FORMAT PC8\n${body}`)],
      ['utf8.se', Buffer.from(`#FORMAT PC8\n${body}`, 'utf8')],
      ['win.se', Buffer.from(body, 'latin1')],
    ];
    const results = [];
    for (const [name, bytes] of variants) {
      writeFileSync(path.join(dir, name), bytes);
      const s = new Session();
      const target = path.join(dir, `${name}.kontera`);
      const r = await dispatch(s, 'sie.import', { path: path.join(dir, name), newCompany: { path: target } });
      expect(r.ok).toBe(true);
      await dispatch(s, 'company.open', { path: target });
      const acc = await dispatch(s, 'accounts.list', { includeInactive: true, search: '4535' });
      results.push({ encoding: r.ok && r.value.encoding, name: acc.ok && acc.value[0]?.name, books: await books(s) });
    }
    expect(results.map((x) => x.encoding)).toEqual(['cp437', 'utf-8', 'windows-1252']);
    expect(new Set(results.map((x) => JSON.stringify([x.name, x.books]))).size).toBe(1);
    expect(results[0]?.name).toBe('Inköp av tjänster från annat EU-land');
  });

  it('text already broken by a wrong decoding is warned about before anything is written', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'mojibake.se');
    writeFileSync(f, Buffer.from(body.replace('Inköp av tjänster', 'Ink\u201dp av tj\u201enster'), 'utf8'));
    const r = await dispatch(new Session(), 'sie.import', { path: f, dryRun: true, newCompany: { path: path.join(dir, 'x.kontera') } });
    expect(r.ok && r.value.warnings.map((w) => w.code)).toContain('sie-mojibake');
    expect(readdirSync(dir)).toEqual(['mojibake.se']);
  });
});

describe('SIE export', () => {
  it('import → export → import gives the same books; export → import → export the same bytes but #GEN', async () => {
    const one = await fromSie(fx('small-4e.se'));
    await dispatch(one.s, 'company.open', { path: one.target });
    const out1 = path.join(one.dir, 'ut1.se');
    const e1 = await dispatch(one.s, 'sie.export', { path: out1 });
    expect(e1.ok && e1.value.vouchers).toBeGreaterThan(0);
    const two = await fromSie(out1);
    expect(two.r.ok && two.r.value.booksDifferences).toEqual([]);
    await dispatch(two.s, 'company.open', { path: two.target });
    expect(await books(two.s)).toEqual(await books(one.s));
    const out2 = path.join(two.dir, 'ut2.se');
    await dispatch(two.s, 'sie.export', { path: out2 });
    const norm = (f: string) => readFileSync(f, 'latin1').replace(/#GEN [^\r\n]*/, '#GEN').replace(/#KSUMMA \d+/, '#KSUMMA');
    expect(norm(out2)).toEqual(norm(out1));
    const head = readFileSync(out1, 'latin1');
    expect(head).toMatch(/^#FLAGGA 0\r\n#KSUMMA\r\n#PROGRAM "Kontera"/);
    expect(head).toMatch(/#FORMAT PC8\r\n/);
    expect(head).toMatch(/#ORGNR 556036-0793/);
    expect(head).toMatch(/#KSUMMA \d+\r\n$/);
    const exists = await dispatch(two.s, 'sie.export', { path: out2 });
    expect(exists.ok || exists.error.code).toBe('cannot-write');
  });
});

describe('import details', () => {
  it('keeps the old program\'s numbers and gaps, recorded and not reported as Kontera\'s; reports progress', async () => {
    c = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    const f = path.join(c.dir, 'luckor.se');
    const ver = (n: number) => `#VER A ${n} 20250110 "V${n}"\n{\n#TRANS 1930 {} ${n}.00\n#TRANS 3001 {} -${n}.00\n}\n`;
    writeFileSync(f, encodeSieText(`#FLAGGA 0\n#SIETYP 4\n#RAR 0 20250101 20251231\n${ver(1)}${ver(2)}${ver(5)}`));
    const events: unknown[] = [];
    const r = await dispatch(c.session, 'sie.import', { path: f }, (e) => events.push(e));
    expect(r.ok && r.value.vouchers).toBe(3);
    expect(events.some((e) => (e as { type: string; job: string }).type === 'progress' && (e as { job: string }).job === 'sie.import')).toBe(true);
    const v = await c.call('verify', {});
    expect(v).toMatchObject({ ok: true, importedGaps: ['A3–A4@2025-01-01'] });
    const next = await c.post(`2025-02-01 A "Egen"\n  6110 1\n  1930 -1\n`);
    expect(next[0]?.ref).toBe('A6');
  });
});

describe('undoing an import (case C3)', () => {
  it('restores the backup only while nothing was written since, and logs it', async () => {
    c = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    await c.post(`2025-01-02 B "Före"\n  6110 1\n  1930 -1\n`);
    await c.call('sie.import', { path: fx('c3-a1-a12-overlap.se') });
    const u = await c.call('sie.undoImport', {});
    expect(u.keptAside && existsSync(u.keptAside)).toBe(true);
    const list = await c.call('vouchers.list', { offset: 0, limit: 100 });
    expect(list.rows.map((r) => r.text)).toEqual(['Före']);
    expect((await c.call('audit.list', { offset: 0, limit: 1 })).rows[0]?.action).toBe('sie.import-undone');
    expect((await c.call('verify', {})).ok).toBe(true);
    await c.call('sie.import', { path: fx('c3-a1-a12-overlap.se') });
    await c.post(`2025-06-01 B "Efter importen"\n  6110 1\n  1930 -1\n`);
    const refused = await c.raw('sie.undoImport', {});
    expect(refused.ok || refused.error.code).toBe('undo-not-possible');
  });
});
