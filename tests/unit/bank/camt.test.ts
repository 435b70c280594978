import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCamt } from '../../../shared/domain/bank/formats/camt.js';
import { parseBankText } from '../../../shared/domain/bank/parse.js';
import { FIXTURES } from './support.js';

const xml = (name: string) => readFileSync(path.join(FIXTURES, 'camt', name), 'utf8');

describe('camt.053', () => {
  it('reads every statement, signs from CdtDbtInd, skips PDNG, checks opening + entries = closing', () => {
    const r = parseBankText(xml('camt053_synthetic.xml'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value).toHaveLength(2);
    const [a, b] = r.value as [NonNullable<(typeof r.value)[0]>, NonNullable<(typeof r.value)[0]>];
    expect(a).toMatchObject({ format: 'camt053', account: 'SE4550000000058398257466', currency: 'SEK', openingBalance: 1_000_000, closingBalance: 779_900 });
    expect(a.rows.map((r) => [r.line, r.bookingDate, r.amount])).toEqual([
      [1, '2026-03-05', 125_000],
      [2, '2026-03-12', -300_000],
      [4, '2026-03-20', 4_900],
      [5, '2026-03-31', -50_000],
    ]);
    expect(a.rows[0]).toMatchObject({ reference: '1234567897', counterparty: 'Kund Exempel AB', bankId: '2026030500001', valueDate: '2026-03-05' });
    expect(a.rows[1]).toMatchObject({ text: 'BG 5050-1055 SKATTEVERKET', counterparty: 'SKATTEVERKET', reference: 'E2E-0312-01' });
    expect(a.rows[3]!.text).toBe('Hyra lager mars 2026');
    expect(a.warnings).toEqual([expect.objectContaining({ code: 'bank-pending-skipped', line: 3 })]);
    expect(b).toMatchObject({ account: '58398257474', openingBalance: -25_000, closingBalance: 0 });
    expect(b.rows).toEqual([{ line: 6, bookingDate: '2026-03-02', amount: 25_000, text: 'ÖVERFÖRING FRÅN 1930', currency: 'SEK' }]);
  });

  it('takes the date part of a DtTm as written (no time-zone shift)', () => {
    const r = parseCamt(xml('camt053_synthetic.xml'));
    expect(r.ok && r.value[0]!.rows[3]!.bookingDate).toBe('2026-03-31');
  });

  it('refuses a statement whose balances do not add up, naming it', () => {
    const broken = xml('camt053_synthetic.xml').replace('<Amt Ccy="SEK">7799.00</Amt>', '<Amt Ccy="SEK">7800.00</Amt>');
    const r = parseCamt(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.code).toBe('bank-balance-mismatch');
      expect(r.problems[0]!.message).toContain('EXEMPEL-1930-2026-03');
      expect(r.problems[0]!.message).toContain('7\u00a0799,00');
    }
  });

  it('refuses DTDs, broken XML and XML that is not camt', () => {
    const code = (s: string) => {
      const r = parseBankText(s);
      return r.ok ? 'ok' : r.problems[0]!.code;
    };
    expect(code('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"/>')).toBe('bank-camt-invalid');
    expect(code('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>')).toBe('bank-camt-invalid');
    expect(code('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>')).toBe('bank-unknown-format');
  });
});

describe('camt.054', () => {
  it('reads a Bankgiro credit notification: one booked entry, the first payer’s OCR as reference', () => {
    const r = parseBankText(xml('camt054_synthetic.xml'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const st = r.value[0]!;
    expect(st).toMatchObject({ format: 'camt054', account: '5050-1055', currency: 'SEK' });
    expect(st.openingBalance).toBeUndefined();
    expect(st.rows).toEqual([
      {
        line: 1,
        bookingDate: '2026-03-15',
        valueDate: '2026-03-15',
        amount: 375_000,
        text: 'BG INBETALNINGAR 2 ST',
        currency: 'SEK',
        reference: '1234567897',
        counterparty: 'Kund Ett AB',
        bankId: 'BG-20260315-000123',
      },
    ]);
  });
});
