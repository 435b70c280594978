import { type Result, ok, fail } from '../result.js';
import { luhnValid } from './luhn.js';
import { daysInMonth } from '../dates/isoDate.js';

export type IdentityKind = 'orgnr' | 'personnummer' | 'samordningsnummer';
export interface Identity {
  kind: IdentityKind;
  /** Normalised `NNNNNN-NNNN` (10 digits with hyphen), as printed on Swedish forms. */
  display: string;
  /** 12 digits: century + personnummer, or 16 + organisationsnummer (Skatteverket's form). */
  twelve: string;
}

export type IdentityErrorCode = 'invalid-identity';

/**
 * Parses an organisationsnummer, personnummer or samordningsnummer (10 or 12 digits, with or
 * without `-`/`+`) and checks its Luhn digit.
 * @example parseIdentity('556000-0167').value.kind // 'orgnr'
 */
export function parseIdentity(input: string, today = '2026-01-01'): Result<Identity, IdentityErrorCode> {
  const raw = input.trim();
  const plus = raw.includes('+');
  const digits = raw.replace(/[-+\s]/g, '');
  if (!/^\d{10}$|^\d{12}$/.test(digits)) return bad(input, 'ska ha 10 eller 12 siffror');
  const ten = digits.slice(-10);
  if (!luhnValid(ten)) return bad(input, 'kontrollsiffran stämmer inte');
  const display = `${ten.slice(0, 6)}-${ten.slice(6)}`;
  const mm = Number(ten.slice(2, 4));
  if (mm >= 20) {
    if (digits.length === 12 && !digits.startsWith('16')) return bad(input, 'ett 12-siffrigt organisationsnummer börjar med 16');
    return ok({ kind: 'orgnr', display, twelve: `16${ten}` });
  }
  const dd = Number(ten.slice(4, 6));
  const samordning = dd > 60;
  const day = samordning ? dd - 60 : dd;
  const century = digits.length === 12 ? digits.slice(0, 2) : guessCentury(ten.slice(0, 2), plus, today);
  const year = Number(century + ten.slice(0, 2));
  if (mm < 1 || mm > 12 || day < 1 || day > daysInMonth(year, mm)) return bad(input, 'datumdelen är inte ett giltigt datum');
  return ok({ kind: samordning ? 'samordningsnummer' : 'personnummer', display, twelve: `${century}${ten}` });
}

function guessCentury(yy: string, plus: boolean, today: string): string {
  const thisYear = Number(today.slice(0, 4));
  let year = Math.floor(thisYear / 100) * 100 + Number(yy);
  if (year > thisYear) year -= 100;
  if (plus) year -= 100;
  return String(year).slice(0, 2);
}

function bad(input: string, why: string) {
  return fail('invalid-identity' as const, `"${input}" är inget giltigt organisations- eller personnummer: ${why}.`);
}
