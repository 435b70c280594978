/**
 * The periodisk sammanställning as Skatteverket's upload file (filöverföring), format SKV574008:
 * semicolon-separated text; line 1 `SKV574008;`; line 2 the filer's 12-digit VAT number (with SE),
 * the period (`2603` for March 2026, `26-1` for Q1 2026), the responsible person (≤ 35 characters),
 * the phone (digits, a hyphen after the area code or a leading +, ≤ 17) and an optional e-mail;
 * then one line per buyer: VAT number; goods (35); triangular trade (38); services (39), whole
 * kronor, an empty field where there was nothing. Written as ISO-8859-1 with CRLF.
 * Kontera drops öre toward zero per buyer and field, as on the momsdeklaration (UNCERTAIN: the
 * format text does not say how öre are handled).
 */
import type { IsoMonth } from '../dates/isoDate.js';
import { isIsoMonth } from '../dates/isoDate.js';
import { truncKronor } from '../money/format.js';
import type { Ore } from '../money/ore.js';
import { type Problem, type Result, failAll, ok } from '../result.js';
import type { EcSalesRow } from './ecSales.js';

export type EcFileErrorCode = 'ec-missing-contact' | 'ec-invalid-period';

export interface EcContact { name: string; phone: string; email?: string | null }

export interface EcFileInput {
  /** The filer's organisations- or personnummer, 10 digits (hyphen optional). */
  identity: string;
  /** A month (`2026-03`) or a quarter (`2026-Q1`). */
  period: string;
  contact: EcContact;
  rows: readonly EcSalesRow[];
}

/**
 * The filer's Swedish VAT number: SE + the 10-digit number + 01.
 * @example swedishVatNumber('556000-0167') // 'SE556000016701'
 */
export function swedishVatNumber(identity: string): string {
  return `SE${identity.replace(/\D/g, '').slice(-10)}01`;
}

/**
 * `2603` for a month, `26-1` for a quarter, null for anything else (the list is never yearly).
 * @example ecPeriodCode('2026-Q1') // '26-1'
 */
export function ecPeriodCode(period: string): string | null {
  if (isIsoMonth(period)) return `${period.slice(2, 4)}${(period as IsoMonth).slice(5, 7)}`;
  const q = /^\d{2}(\d{2})-Q([1-4])$/.exec(period);
  return q ? `${q[1]}-${q[2]}` : null;
}

const latin1 = (s: string) => [...s].every((c) => { const n = c.codePointAt(0) ?? 0; return n >= 0x20 && n <= 0xff && (n < 0x7f || n >= 0xa0); });

function contactProblems(c: EcContact): Problem<EcFileErrorCode>[] {
  const out: Problem<EcFileErrorCode>[] = [];
  const name = c.name.trim();
  if (!name || name.length > 35 || name.includes(';') || !latin1(name)) {
    out.push({ code: 'ec-missing-contact', path: 'contact.name', message: 'Ange namnet på den som ansvarar för uppgifterna (högst 35 tecken, utan semikolon).' });
  }
  if (!/^(\+\d{1,16}|\d{1,16}(-\d{1,15})?)$/.test(c.phone.trim()) || c.phone.trim().length > 17) {
    out.push({ code: 'ec-missing-contact', path: 'contact.phone', message: 'Ange ett telefonnummer med bara siffror och bindestreck efter riktnumret (t.ex. 08-123456) eller +46… (högst 17 tecken).' });
  }
  const email = c.email?.trim() ?? '';
  if (email && (!/^[^\s;@]+@[^\s;@]+$/.test(email) || !latin1(email))) {
    out.push({ code: 'ec-missing-contact', path: 'contact.email', message: 'E-postadressen ser inte ut som en e-postadress. Rätta den eller lämna den tom.' });
  }
  return out;
}

const field = (x: Ore | null) => (x === null ? '' : String(truncKronor(x)));

/**
 * The file's text, or what stops it.
 * @example ecSalesFileText({ identity: '556000-0167', period: '2026-03', contact, rows }).value
 *   // 'SKV574008;\r\nSE556000016701;2603;Anna Andersson;08-123456;anna@example.se\r\nDE123456789;30000;;;\r\n'
 */
export function ecSalesFileText(input: EcFileInput): Result<string, EcFileErrorCode> {
  const problems = contactProblems(input.contact);
  const code = ecPeriodCode(input.period);
  if (code === null) {
    problems.push({ code: 'ec-invalid-period', path: 'period', message: `Periodisk sammanställning lämnas per månad (2026-03) eller kvartal (2026-Q1), inte för "${input.period}".` });
  }
  if (problems.length > 0) return failAll(problems);
  const c = input.contact;
  const lines = ['SKV574008;', [swedishVatNumber(input.identity), code, c.name.trim(), c.phone.trim(), c.email?.trim() ?? ''].join(';')];
  for (const r of input.rows) lines.push(`${r.vatNumber};${field(r.goods)};${field(r.triangular)};${field(r.services)};`);
  return ok(lines.join('\r\n') + '\r\n');
}
