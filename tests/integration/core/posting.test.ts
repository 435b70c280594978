import { describe, it, expect, afterEach } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

const KONTOR = `
2026-03-05 A "Kontorsmaterial"
  6110   800,00
  2641   200,00
  1930  -1 000,00
`;

describe('posting through dispatch', () => {
  it('numbers each series gaplessly per fiscal year, drafts take no number (case C8)', async () => {
    c = await newCompany();
    const d = await c.call('drafts.save', { content: { text: 'utkast' } });
    await c.call('drafts.discard', { id: d.id });
    const a = await c.post(`${KONTOR}${KONTOR}${KONTOR}`);
    const d2 = await c.call('drafts.save', { content: { series: 'B' } });
    await c.call('drafts.discard', { id: d2.id });
    const b = await c.post(`2026-03-06 B "Bankavgift"\n  6570 50\n  1930 -50\n`);
    expect([...a, ...b].map((v) => v.ref)).toEqual(['A1', 'A2', 'A3', 'B1']);
    const v = await c.call('verify', {});
    expect(v.problems).toEqual([]);
  });

  it('records what BFL 5:7 asks for: dates, text, counterparty, reference, who', async () => {
    c = await newCompany();
    const v = await c.call('vouchers.post', { date: '2026-03-05', text: 'Faktura 1001', counterparty: 'Kontorsbolaget AB', reference: 'OCR 1234574', lines: [{ account: '6110', amount: 100 }, { account: '1930', amount: -100 }] });
    expect(v).toMatchObject({ date: '2026-03-05', registeredAt: '2026-12-03T10:00:00.000Z', text: 'Faktura 1001', counterparty: 'Kontorsbolaget AB', reference: 'OCR 1234574', createdBy: 'testare', origin: 'kontera' });
    expect(v.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('posts from a template', async () => {
    c = await newCompany();
    const v = await c.call('vouchers.post', { date: '2026-03-05', text: 'Pennor', lines: [], template: { name: 'Kontorsmaterial 25 %', total: 125000 } });
    expect(v.lines.map((l) => [l.account, l.amount])).toEqual([['6110', 100000], ['2641', 25000], ['1930', -125000]]);
    const saved = await c.call('templates.saveFromVoucher', { name: 'Hyra', voucher: { series: 'A', number: 1 } });
    const again = await c.call('templates.apply', { name: saved.name, total: 125000 });
    expect(again.lines.map((l) => l.amount)).toEqual([100000, 25000, -125000]);
  });

  it('a template saved from a voucher scales with the total and keeps the counterparty', async () => {
    c = await newCompany();
    await c.call('vouchers.post', { date: '2026-03-05', text: 'Telefon', counterparty: 'Telia', lines: [
      { account: '6212', amount: 40000 }, { account: '2641', amount: 10000 }, { account: '1930', amount: -50000 }] });
    const saved = await c.call('templates.saveFromVoucher', { name: 'Telia', voucher: { series: 'A', number: 1 } });
    expect(saved.counterparty).toBe('Telia');
    const applied = await c.call('templates.apply', { name: 'Telia', total: 62500 });
    expect(applied.lines.map((l) => [l.account, l.amount])).toEqual([['6212', 50000], ['2641', 12500], ['1930', -62500]]);
    expect(applied.counterparty).toBe('Telia');
    const odd = await c.call('templates.apply', { name: 'Telia', total: 33333 });
    expect(odd.lines.reduce((a, l) => a + l.amount, 0)).toBe(0);
    const posted = await c.call('vouchers.post', { date: '2026-04-05', text: 'Telefon april', lines: [], template: { name: 'Telia', total: 62500 } });
    expect(posted.counterparty).toBe('Telia');
  });

  it('under kontantmetoden the invoice templates are not offered', async () => {
    c = await newCompany({ vatMethod: 'kontant' });
    const names = (await c.call('templates.list', {})).map((t) => t.name);
    expect(names).not.toContain('Kundfaktura 25 %');
    expect(names).not.toContain('Leverantörsfaktura 25 %');
    expect(names).toContain('Kundinbetalning');
    expect(names).toContain('Kontorsmaterial 25 %');
    const bank = (await c.call('bank.templates', {})).map((t) => t.name);
    expect(bank).not.toContain('Kundfaktura 25 %');
    c.cleanup();
    c = await newCompany({ vatMethod: 'faktura' });
    expect((await c.call('templates.list', {})).map((t) => t.name)).toContain('Kundfaktura 25 %');
  });

  it('refuses a bad voucher with every problem and writes nothing', async () => {
    c = await newCompany();
    const r = await c.raw('vouchers.post', { date: '2026-03-05', text: '', lines: [{ account: '6110', amount: 80000 }, { account: '9998', amount: -1 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.problems?.map((p) => p.code)).toEqual(['missing-text', 'unbalanced', 'unknown-account']);
    const outside = await c.raw('vouchers.post', { date: '2027-01-01', text: 'x', lines: [{ account: '6110', amount: 1 }, { account: '1930', amount: -1 }] });
    expect(outside.ok || outside.error.code).toBe('no-fiscal-year');
    expect((await c.call('vouchers.list', { offset: 0, limit: 10 })).total).toBe(0);
    const v = await c.post(KONTOR);
    expect(v[0]?.ref).toBe('A1');
  });

  it('corrects by a new voucher that reverses and rebooks, never by editing (case C7)', async () => {
    c = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    await c.post(`2025-01-10 A "Första"\n  1930 100\n  3001 -80\n  2611 -20\n`);
    await c.post(`2025-01-12 A "Andra"\n  1930 100\n  3001 -80\n  2611 -20\n`);
    await c.post(`2025-01-13 A "Tredje"\n  1930 100\n  3001 -80\n  2611 -20\n`);
    await c.post(`2025-01-14 A "Fjärde"\n  1930 100\n  3001 -80\n  2611 -20\n`);
    const [a5] = await c.post(`2025-01-15 A "Konsultarvode januari"\n  1930 12 500\n  3001 -10 000\n  2611 -2 500\n`);
    expect(a5?.ref).toBe('A5');
    await c.call('periods.close', { month: '2025-01' });
    const janBefore = await c.call('reports.trialBalance', { from: '2025-01-01', to: '2025-01-31' });
    const blocked = await c.raw('vouchers.correct', { voucher: { series: 'A', number: 5 }, date: '2025-01-20' });
    expect(blocked.ok || blocked.error.code).toBe('period-closed');
    const corr = await c.call('vouchers.correct', { voucher: { series: 'A', number: 5 }, date: '2025-04-01', lines: [{ account: '1930', amount: 1250000 }, { account: '3001', amount: -1000000 }, { account: '2611', amount: -250000 }] });
    expect(corr).toMatchObject({ ref: 'A6', date: '2025-04-01', corrects: 'A5', reference: 'A5@2025-01-01' });
    expect(corr.lines.slice(0, 3).map((l) => l.amount)).toEqual([-1250000, 1000000, 250000]);
    const listed = await c.call('vouchers.list', { text: 'Rättelse', offset: 0, limit: 10 });
    expect(listed.rows.map((r) => [r.ref, r.corrects])).toEqual([['A6', 'A5']]);
    const original = await c.call('vouchers.get', { voucher: { series: 'A', number: 5 } });
    expect(original.correctedBy).toEqual(['A6']);
    expect(original.lines.map((l) => l.amount)).toEqual([1250000, -1000000, -250000]);
    expect(await c.call('reports.trialBalance', { from: '2025-01-01', to: '2025-01-31' })).toEqual(janBefore);
    const twice = await c.raw('vouchers.correct', { voucher: { series: 'A', number: 5 }, date: '2025-04-02' });
    expect(twice.ok || twice.error.code).toBe('already-corrected');
  });

  it('lists and searches vouchers by text, account, amount and date', async () => {
    c = await newCompany();
    await c.post(`${KONTOR}2026-04-01 A "Hyra april"\n  5010 10 000\n  1930 -10 000\n`);
    const byText = await c.call('vouchers.list', { text: 'hyra', offset: 0, limit: 10 });
    expect(byText.rows.map((r) => r.ref)).toEqual(['A2']);
    expect((await c.call('vouchers.list', { account: '2641', offset: 0, limit: 10 })).rows.map((r) => r.ref)).toEqual(['A1']);
    expect((await c.call('vouchers.list', { amount: 100000, offset: 0, limit: 10 })).rows.map((r) => r.ref)).toEqual(['A1', 'A2'].slice(0, 1));
    expect((await c.call('vouchers.list', { from: '2026-04-01', to: '2026-04-30', offset: 0, limit: 10 })).rows[0]?.amount).toBe(1000000);
  });

  it('searches text literally and without regard to case, Swedish letters included', async () => {
    c = await newCompany();
    await c.post(`2026-02-01 A "Rabatt 50% ÅKESSON_bygg"\n  6110 100\n  1930 -100\n2026-02-02 A "Rabatt 50 kr Öberg"\n  6110 100\n  1930 -100\n2026-02-03 A "Rabatt 5000 åkessonXbygg"\n  6110 100\n  1930 -100\n`);
    const refs = async (text: string) => (await c!.call('vouchers.list', { text, offset: 0, limit: 10 })).rows.map((r) => r.ref);
    expect(await refs('50%')).toEqual(['A1']);
    expect(await refs('åkesson_')).toEqual(['A1']);
    expect(await refs('ÅKESSON')).toEqual(['A1', 'A3']);
    expect(await refs('öberg')).toEqual(['A2']);
    expect(await refs('rabatt')).toEqual(['A1', 'A2', 'A3']);
  });

  it('pages in journal order: a far page is the same rows as the whole list has there', async () => {
    c = await newCompany();
    let ledger = '';
    for (let i = 0; i < 30; i++) ledger += `2026-${String(1 + (i * 7) % 12).padStart(2, '0')}-1${i % 10} A "V${i}"\n  6110 ${i + 1}\n  1930 -${i + 1}\n`;
    await c.post(ledger);
    const whole = await c.call('vouchers.list', { offset: 0, limit: 100 });
    expect(whole.total).toBe(30);
    const far = await c.call('vouchers.list', { offset: 25, limit: 10 });
    expect(far).toMatchObject({ total: 30, offset: 25 });
    expect(far.rows).toEqual(whole.rows.slice(25));
    const dates = whole.rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });
});
