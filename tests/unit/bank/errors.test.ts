/** Every refusal has a stable code and a Swedish message that says what to do, naming the row. */
import { describe, expect, it } from 'vitest';
import { parseBankText } from '../../../shared/domain/bank/parse.js';

const problems = (text: string) => {
  const r = parseBankText(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.problems;
};

describe('bank parse errors', () => {
  it('unknown content: bank-unknown-format with a hint', () => {
    const [p] = problems('Namn;Adress\nAnna;Storgatan 1\n');
    expect(p).toMatchObject({ code: 'bank-unknown-format' });
    expect(p!.message).toContain('Exportera kontoutdraget som CSV eller XLSX');
    expect(problems('%PDF-1.7 binary')[0]!.code).toBe('bank-unknown-format');
  });

  it('empty file and a header without rows: bank-empty', () => {
    expect(problems('\ufeff  \n')[0]!.code).toBe('bank-empty');
    expect(problems('Bokföringsdag;Belopp;Saldo;Rubrik\n')[0]!.code).toBe('bank-empty');
    const [p] = problems('Bokföringsdag;Belopp;Saldo;Rubrik\nReserverat;-10,00;;Kaffe\n');
    expect(p!.code).toBe('bank-empty');
    expect(p!.message).toContain('preliminära');
  });

  it('a running-balance break names every broken row', () => {
    const ps = problems('Bokföringsdag;Belopp;Saldo;Rubrik\n2025-03-01;-100,00;900,00;A\n2025-03-02;-100,00;800,00;B\n2025-03-03;-100,00;750,00;C\n2025-03-04;-50,00;700,00;D\n');
    expect(ps).toEqual([expect.objectContaining({ code: 'bank-balance-mismatch', line: 4 })]);
    expect(ps[0]!.message).toBe(
      'rad 4: beloppet −100,00 stämmer inte med saldokolumnen (väntat saldo 700,00, filen anger 750,00). Kontrollera att filen är en oförändrad export från banken.',
    );
  });

  it('bad dates and amounts name their rows', () => {
    const ps = problems('Bokföringsdag;Belopp;Saldo;Rubrik\n2025-13-01;-100,00;;A\n2025-03-02;12,345;;B\n');
    expect(ps.map((p) => [p.code, p.line])).toEqual([
      ['bank-invalid-date', 2],
      ['bank-invalid-amount', 3],
    ]);
    expect(ps[0]!.message).toMatch(/^rad 2: "2025-13-01" är inget giltigt datum/);
  });

  it('mixed decimal signs in one file: bank-ambiguous-number-format', () => {
    expect(problems('Bokföringsdag;Belopp;Saldo;Rubrik\n2025-03-01;-1,50;;A\n2025-03-02;-2.50;;B\n')[0]!.code).toBe('bank-ambiguous-number-format');
  });

  it('a stated closing balance that does not follow: bank-balance-mismatch', () => {
    const ps = problems('"";"Ingående saldo 2026-01-01";"";"100"\n"2026-01-05";"Ränta";"-1";""\n"";"Utgående saldo 2026-01-31";"";"98"\n');
    expect(ps[0]!.code).toBe('bank-balance-mismatch');
    expect(ps[0]!.message).toContain('utgående saldo 98,00');
  });
});
