/**
 * The seller's organisationsnummer (or a sole trader's personnummer), from "Org.nr 556151-2376",
 * "Orgnr: 5561512376" or the VAT number "SE556151237601". Only numbers whose Luhn digit holds are
 * kept; a number near an org.nr word wins over a bare ten-digit number.
 */
import { luhnValid } from '../identity/luhn.js';

export interface OrgnrReading {
  orgnr: string;
  /** Printed more than once (e.g. as org.nr and inside the VAT number). */
  repeated: boolean;
}

const WORD = /(org\.?\s*n|org\s*nr|orgnr|momsreg|vat|y-tunnus|business id|org\.? ?no)/i;

/** Ten-digit numbers of a line; `shaped` when printed as NNNNNN-NNNN or inside a VAT number. */
function tenDigitsIn(line: string): { ten: string; shaped: boolean }[] {
  const s = line.replace(/[Oo](?=\d)|(?<=\d)[Oo]/g, '0');
  const out: { ten: string; shaped: boolean }[] = [];
  for (const m of s.matchAll(/(?<![\d])SE\s?(\d{10})01(?!\d)/gi)) out.push({ ten: m[1] as string, shaped: true });
  for (const m of s.matchAll(/(?<![\d-])(\d{6})\s?([-–]?)\s?(\d{4})(?![\d-])/g)) out.push({ ten: `${m[1]}${m[3]}`, shaped: m[2] !== '' });
  return out;
}

/** A Swedish org.nr has month digits ≥ 20; a personnummer has a real month and day. */
function plausible(ten: string): boolean {
  if (!luhnValid(ten)) return false;
  const mm = Number(ten.slice(2, 4));
  if (mm >= 20) return ten[0] !== '0';
  const dd = Number(ten.slice(4, 6)) % 60;
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

/**
 * @example readOrgnr(['Org.nr. 559329-8556']) // { orgnr: '559329-8556', repeated: false }
 */
export function readOrgnr(lines: readonly string[]): OrgnrReading | null {
  const found: { ten: string; near: boolean }[] = [];
  for (const line of lines) {
    const near = WORD.test(line);
    for (const t of tenDigitsIn(line)) if ((near || t.shaped) && plausible(t.ten)) found.push({ ten: t.ten, near });
  }
  if (found.length === 0) return null;
  const best = found.find((f) => f.near) ?? found[0]!;
  const ten = best.ten;
  return { orgnr: `${ten.slice(0, 6)}-${ten.slice(6)}`, repeated: found.filter((f) => f.ten === ten).length > 1 };
}
