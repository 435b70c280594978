/**
 * INFO.SRU and BLANKETTER.SRU as text (Skatteverket's filöverföring; yearend-law-bas.md §2.3).
 * The bytes (ISO-8859-1) are written in electron/server; here every rule about content is checked:
 * whole kronor, no zero lines, no `#` in values, Latin-1 characters only, field codes from the
 * blankett's table, non-negative values in Numeriskt_B fields, `#FIL_SLUT` last.
 */
import { type Result, type Problem, ok, failAll } from '../result.js';
import { type SruForm, sruField, SRU_HAS_NAME } from './codes.js';

export type SruErrorCode = 'sru-unknown-field' | 'sru-negative' | 'sru-character' | 'sru-text-too-long' | 'sru-postal-code' | 'sru-missing';

/** A value in whole kronor (number), text, a date as YYYYMMDD text, or a ticked checkbox (true). */
export type SruValue = number | string | true;

export interface SruBlankett {
  form: SruForm;
  /** e.g. `NE-2025P4`. */
  blankett: string;
  /** 12 digits: personnummer, or 16 + organisationsnummer. */
  identity: string;
  name: string;
  /** When the file was produced: `YYYYMMDD` and `HHMMSS`. */
  produced: { date: string; time: string };
  fields: readonly { code: string; value: SruValue }[];
}

export interface SruSubmitter {
  identity: string;
  name: string;
  address?: string;
  postalCode: string;
  city: string;
  contact?: string;
  email?: string;
  phone?: string;
  program: string;
  created: { date: string; time: string };
}

const EOL = '\r\n';
const LATIN1 = /^[\u0020-\u007e\u00a0-\u00ff]*$/;

function textProblem(what: string, v: string, max: number): Problem<SruErrorCode> | null {
  if (v.includes('#')) return { code: 'sru-character', message: `${what} får inte innehålla tecknet #. Ändra texten.` };
  if (!LATIN1.test(v)) return { code: 'sru-character', message: `${what} innehåller tecken som inte finns i ISO-8859-1 (${[...v].filter((c) => !LATIN1.test(c)).join('')}). Skriv om texten.` };
  if (v.length > max) return { code: 'sru-text-too-long', message: `${what} är längre än ${max} tecken. Korta texten.` };
  return null;
}

function valueText(form: SruForm, code: string, value: SruValue, problems: Problem<SruErrorCode>[]): string | null {
  const field = sruField(form, code);
  if (!field) { problems.push({ code: 'sru-unknown-field', message: `Fältkoden ${code} finns inte på blanketten ${form}.` }); return null; }
  if (field.type === 'X') return value === true ? 'X' : null;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`SRU ${code}: not whole kronor`);
    if (value === 0) return null;
    if (value < 0 && field.type === 'B') { problems.push({ code: 'sru-negative', message: `Fält ${field.row} (${code}) på ${form} får inte vara negativt (${value}).` }); return null; }
    return String(value);
  }
  const s = String(value).trim();
  if (!s) return null;
  const p = textProblem(`Fält ${field.row} (${code})`, s, field.type === 'text' && code === '7020' ? 80 : 250);
  if (p) { problems.push(p); return null; }
  return s;
}

/**
 * One blankett block, from `#BLANKETT` to `#BLANKETTSLUT`.
 * @example blankettLines({ form: 'INK2', blankett: 'INK2-2025P4', identity: '165560000167', name: 'AB', produced: { date: '20260315', time: '120000' }, fields: [{ code: '7104', value: 1000 }] })
 */
export function blankettLines(b: SruBlankett): Result<string[], SruErrorCode> {
  const problems: Problem<SruErrorCode>[] = [];
  const out = [`#BLANKETT ${b.blankett}`, `#IDENTITET ${b.identity} ${b.produced.date} ${b.produced.time}`];
  // `Namn` is optional in every field table (Obl. N): left out rather than filled with a wrong name.
  if (SRU_HAS_NAME[b.form] && b.name.trim()) {
    const p = textProblem('Namnet', b.name, 250);
    if (p) problems.push(p); else out.push(`#NAMN ${b.name}`);
  }
  const seen = new Set<string>();
  for (const { code, value } of b.fields) {
    if (seen.has(code)) throw new Error(`SRU ${b.form}: duplicate field ${code}`);
    seen.add(code);
    const v = valueText(b.form, code, value, problems);
    if (v !== null) out.push(`#UPPGIFT ${code} ${v}`);
  }
  out.push('#BLANKETTSLUT');
  return problems.length ? failAll(problems) : ok(out);
}

/** BLANKETTER.SRU: every blankett, then `#FIL_SLUT`. */
export function blanketterText(blanketts: readonly SruBlankett[]): Result<string, SruErrorCode> {
  const lines: string[] = [];
  const problems: Problem<SruErrorCode>[] = [];
  for (const b of blanketts) {
    const r = blankettLines(b);
    if (r.ok) lines.push(...r.value); else problems.push(...r.problems);
  }
  if (problems.length) return failAll(problems);
  return ok([...lines, '#FIL_SLUT'].join(EOL) + EOL);
}

/** INFO.SRU: who delivers the file (mandatory: #PRODUKT, #FILNAMN, #ORGNR, #NAMN, #POSTNR, #POSTORT). */
export function infoText(s: SruSubmitter): Result<string, SruErrorCode> {
  const problems: Problem<SruErrorCode>[] = [];
  const postal = s.postalCode.replace(/\s/g, '');
  if (!/^\d{5}$/.test(postal)) problems.push({ code: 'sru-postal-code', message: `Postnumret "${s.postalCode}" ska vara fem siffror, t.ex. 123 45.`, path: 'company.postalCode' });
  if (!s.city.trim()) problems.push({ code: 'sru-missing', message: 'Ange postort (den krävs i INFO.SRU).', path: 'company.city' });
  if (!s.name.trim()) problems.push({ code: 'sru-missing', message: 'Ange namn (det krävs i INFO.SRU).', path: 'company.name' });
  const opt = (tag: string, v: string | undefined, max = 250) => {
    const t = v?.trim();
    if (!t) return [];
    const p = textProblem(tag, t, max);
    if (p) { problems.push(p); return []; }
    return [`#${tag} ${t}`];
  };
  const lines = [
    '#DATABESKRIVNING_START', '#PRODUKT SRU', `#SKAPAD ${s.created.date} ${s.created.time}`, ...opt('PROGRAM', s.program), '#FILNAMN BLANKETTER.SRU',
    '#DATABESKRIVNING_SLUT', '#MEDIELEV_START', `#ORGNR ${s.identity}`, ...opt('NAMN', s.name), ...opt('ADRESS', s.address), `#POSTNR ${postal}`,
    ...opt('POSTORT', s.city), ...opt('KONTAKT', s.contact), ...opt('EMAIL', s.email), ...opt('TELEFON', s.phone, 15), '#MEDIELEV_SLUT',
  ];
  return problems.length ? failAll(problems) : ok(lines.join(EOL) + EOL);
}

/**
 * The blankett name for an income year: the form, the year the fiscal year ends in, and the
 * period by its last month (P1 Jan–Apr, P2 May–Jun, P3 Jul–Aug, P4 Sep–Dec; INK2's field table).
 * @example blankettName('NE', '2025-12-31') // 'NE-2025P4'
 */
export function blankettName(form: SruForm, fiscalYearEnd: string): string {
  const m = Number(fiscalYearEnd.slice(5, 7));
  const p = m <= 4 ? 1 : m <= 6 ? 2 : m <= 8 ? 3 : 4;
  return `${form}-${fiscalYearEnd.slice(0, 4)}P${p}`;
}
